import { defineMessages } from '../../lib/i18n';

export const toneMessages = defineMessages({
  title: { id: 'Cek nada: tahan dulu sebelum kirim', en: 'Tone check: pause before sending' },
  suggestion: { id: 'Saran yang lebih tenang:', en: 'A calmer suggestion:' },
  useSuggestion: { id: 'Sisipkan saran', en: 'Insert the suggestion' },
  note: {
    id: 'Pesan Anda tidak diubah dan tetap bisa dikirim.',
    en: 'Your message is unchanged and can still be sent.',
  },
});
