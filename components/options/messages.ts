import { defineMessages } from '../../lib/i18n';

export const optionsMessages = defineMessages({
  title: { id: 'Sigap: pengaturan', en: 'Sigap: settings' },
  nav: { id: 'Bagian', en: 'Sections' },
  catalog: { id: 'Katalog', en: 'Catalog' },
  snippets: { id: 'Template/Snippet', en: 'Templates/Snippets' },
  hours: { id: 'Jam operasional', en: 'Operating hours' },
  reports: { id: 'Laporan', en: 'Reports' },
  settings: { id: 'Pengaturan', en: 'Settings' },
  shopName: { id: 'Nama toko', en: 'Shop name' },
  shopNameHelp: {
    id: 'Dipakai untuk variabel {toko} di template.',
    en: 'Used for the {toko} variable in templates.',
  },
  language: { id: 'Bahasa', en: 'Language' },
  langId: { id: 'Bahasa Indonesia', en: 'Indonesian' },
  langEn: { id: 'English', en: 'English' },
  saved: { id: 'Tersimpan.', en: 'Saved.' },
  targets: { id: 'Target waktu balas', en: 'Reply-time targets' },
  dueMinutes: { id: 'Kuning setelah (menit)', en: 'Amber after (minutes)' },
  overdueMinutes: { id: 'Merah setelah (menit)', en: 'Red after (minutes)' },
  targetsHelp: {
    id: 'Bawaan 5 dan 120 menit. Batas 12 jam marketplace selalu ditampilkan juga.',
    en: 'Defaults 5 and 120 minutes. The marketplaces’ 12-hour limit is always shown too.',
  },
  targetsInvalid: {
    id: 'Isi menit dengan angka bulat lebih dari 0; batas merah harus lebih lama dari kuning.',
    en: 'Enter whole minutes above 0; red must come later than amber.',
  },
  answerTemplate: { id: 'Template jawaban produk', en: 'Product answer template' },
  tone: { id: 'Cek nada pesan', en: 'Tone check' },
  toneEnabled: {
    id: 'Peringatkan saat draf terdengar kasar atau emosional (tidak pernah memblokir kirim)',
    en: 'Warn when a draft sounds rude or emotional (never blocks sending)',
  },
  toneAllow: { id: 'Frasa yang boleh (satu per baris)', en: 'Allowed phrases (one per line)' },
  toneAllowHelp: {
    id: 'Misalnya nama produk seperti “Anjing Laut plush” agar tidak ditandai.',
    en: 'For example a product name such as “Anjing Laut plush”, so it is not flagged.',
  },
  answerTemplateHelp: {
    id: 'Variabel: {nama} {harga} {stok} {varian} {berat} {link} {sku} {kategori} {deskripsi}. Baris yang variabelnya kosong tidak dikirim.',
    en: 'Variables: {nama} {harga} {stok} {varian} {berat} {link} {sku} {kategori} {deskripsi}. Lines whose variables are empty are left out.',
  },
  resetTemplate: { id: 'Kembalikan ke bawaan', en: 'Reset to default' },
  answerPreview: { id: 'Contoh hasil', en: 'Example' },
  save: { id: 'Simpan', en: 'Save' },
});
