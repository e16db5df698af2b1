import { defineMessages } from '../../lib/i18n';

export const optionsMessages = defineMessages({
  title: { id: 'Sigap: pengaturan', en: 'Sigap: settings' },
  nav: { id: 'Bagian', en: 'Sections' },
  catalog: { id: 'Katalog', en: 'Catalog' },
  snippets: { id: 'Template/Snippet', en: 'Templates/Snippets' },
  hours: { id: 'Jam operasional', en: 'Operating hours' },
  reports: { id: 'Laporan', en: 'Reports' },
  settings: { id: 'Pengaturan', en: 'Settings' },
  comingSoon: {
    id: 'Bagian ini belum tersedia di versi ini.',
    en: 'This section is not available in this version yet.',
  },
  shopName: { id: 'Nama toko', en: 'Shop name' },
  shopNameHelp: {
    id: 'Dipakai untuk variabel {toko} di template.',
    en: 'Used for the {toko} variable in templates.',
  },
  language: { id: 'Bahasa', en: 'Language' },
  langId: { id: 'Bahasa Indonesia', en: 'Indonesian' },
  langEn: { id: 'English', en: 'English' },
  saved: { id: 'Tersimpan.', en: 'Saved.' },
  save: { id: 'Simpan', en: 'Save' },
});
