import { defineMessages } from '../../lib/i18n';

export const snippetMessages = defineMessages({
  title: { id: 'Template balasan', en: 'Reply templates' },
  search: { id: 'Cari template', en: 'Search templates' },
  empty: {
    id: 'Belum ada template. Tambahkan di Pengaturan Sigap › Template/Snippet.',
    en: 'No templates yet. Add them in Sigap settings › Templates/Snippets.',
  },
  noMatch: { id: 'Tidak ada template yang cocok.', en: 'No template matches.' },
  fillTitle: { id: 'Lengkapi dulu', en: 'Fill in first' },
  fillInsert: { id: 'Sisipkan', en: 'Insert' },
  fillCancel: { id: 'Batal', en: 'Cancel' },
  missing: {
    id: 'Belum terisi: {names}. Lengkapi sebelum mengirim.',
    en: 'Not filled in: {names}. Complete it before sending.',
  },
  unknownTrigger: { id: 'Template “/{trigger}” tidak ditemukan.', en: 'Template “/{trigger}” not found.' },
});
