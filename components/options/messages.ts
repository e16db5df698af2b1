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
  savedPruned: {
    id: 'Tersimpan. {count} sampel waktu balas yang lebih lama dari batas dihapus.',
    en: 'Saved. {count} reply-time samples older than the limit were deleted.',
  },
  storage: { id: 'Penyimpanan', en: 'Storage' },
  retentionDays: {
    id: 'Simpan sampel waktu balas selama (hari)',
    en: 'Keep reply-time samples for (days)',
  },
  retentionHelp: {
    id: 'Bawaan 400 hari; marketplace menghitung 90 hari terakhir. Antara {min} dan {max} hari. Sampel yang lebih lama dihapus otomatis.',
    en: 'Default 400 days; the marketplaces count the last 90 days. Between {min} and {max} days. Older samples are deleted automatically.',
  },
  retentionInvalid: {
    id: 'Isi lama penyimpanan dengan angka bulat antara {min} dan {max} hari.',
    en: 'Enter the retention as whole days between {min} and {max}.',
  },
  retentionWillDelete: {
    id: 'Menyimpan akan menghapus {count} sampel yang lebih lama dari {days} hari.',
    en: 'Saving will delete {count} samples older than {days} days.',
  },
  storedSamples: { id: 'Tersimpan: {count} sampel waktu balas', en: 'Stored: {count} reply-time samples' },
  storedSince: { id: '(yang tertua {date})', en: '(the oldest from {date})' },
  storedProducts: { id: '{count} produk', en: '{count} products' },
  storedSnippets: { id: '{count} template', en: '{count} templates' },
  storedUsage: {
    id: 'Ruang yang dipakai Sigap di browser ini: sekitar {size} MB.',
    en: 'Space Sigap uses in this browser: about {size} MB.',
  },
  actionSave: { id: 'Menyimpan pengaturan', en: 'Saving the settings' },
  actionPrune: { id: 'Menghapus sampel waktu balas yang lama', en: 'Deleting old reply-time samples' },
});
