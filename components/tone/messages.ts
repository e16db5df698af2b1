import { defineMessages } from '../../lib/i18n';

export const toneMessages = defineMessages({
  title: { id: 'Cek nada: tahan dulu sebelum kirim', en: 'Tone check: pause before sending' },
  reason_kasar: { id: 'kata kasar', en: 'rude word' },
  reason_teriak: { id: 'huruf kapital seperti berteriak', en: 'capitals read as shouting' },
  'reason_tanda-seru': { id: 'tanda seru/tanya beruntun', en: 'a run of ! or ?' },
  reason_menyalahkan: { id: 'menyalahkan pembeli', en: 'blames the buyer' },
  suggestion: { id: 'Saran yang lebih tenang:', en: 'A calmer suggestion:' },
  useSuggestion: { id: 'Sisipkan saran', en: 'Insert the suggestion' },
  note: {
    id: 'Pesan Anda tidak diubah dan tetap bisa dikirim.',
    en: 'Your message is unchanged and can still be sent.',
  },
});
