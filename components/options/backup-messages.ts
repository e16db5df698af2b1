import { defineMessages } from '../../lib/i18n';

// The words of Pengaturan › Cadangan: export, the preview of a chosen file, and why a file is refused.

export const backupMessages = defineMessages({
  heading: { id: 'Cadangan', en: 'Backup' },
  intro: {
    id: 'Satu file berisi semua data Sigap di browser ini: katalog, template, jam operasional, pengaturan, template jawaban, sampel waktu balas dan percakapan. Simpan di tempat aman; pulihkan di browser atau komputer lain.',
    en: 'One file holds all of Sigap’s data in this browser: catalog, templates, operating hours, settings, answer template, reply-time samples and conversations. Keep it somewhere safe; restore it in another browser or computer.',
  },
  export: { id: 'Unduh cadangan', en: 'Download backup' },
  choose: { id: 'Pulihkan dari file cadangan…', en: 'Restore from a backup file…' },
  exported: { id: 'Cadangan disimpan sebagai {file}.', en: 'Backup saved as {file}.' },
  reading: { id: 'Memeriksa {file}…', en: 'Checking {file}…' },
  actionExport: { id: 'Membuat cadangan', en: 'Making the backup' },
  actionRestore: { id: 'Memulihkan {file}', en: 'Restoring {file}' },
  previewHeading: { id: 'Pratinjau cadangan: {file}', en: 'Backup preview: {file}' },
  madeAt: { id: 'Dibuat {date}.', en: 'Made {date}.' },
  colWhat: { id: 'Data', en: 'Data' },
  colFile: { id: 'Di file', en: 'In the file' },
  colNow: { id: 'Sekarang (akan diganti)', en: 'Now (will be replaced)' },
  rowProducts: { id: 'Produk', en: 'Products' },
  rowVariants: { id: 'Varian produk', en: 'Product variants' },
  rowSnippets: { id: 'Template', en: 'Templates' },
  rowSamples: { id: 'Sampel waktu balas', en: 'Reply-time samples' },
  rowConversations: { id: 'Percakapan', en: 'Conversations' },
  rowImports: { id: 'Riwayat impor (untuk urungkan)', en: 'Import history (for undo)' },
  rowSettings: {
    id: 'Pengaturan (nama toko, bahasa, jam, target, template jawaban, cek nada, tombol)',
    en: 'Settings (shop name, language, hours, targets, answer template, tone check, keys)',
  },
  replaces: {
    id: 'Memulihkan mengganti SEMUA data di atas dengan isi file ini; data sekarang hilang. Unduh cadangan data sekarang dulu jika ingin menyimpannya.',
    en: 'Restoring replaces ALL the data above with this file’s; what is there now is lost. Download a backup of it first if you want to keep it.',
  },
  confirm: { id: 'Pulihkan dan ganti semua', en: 'Restore and replace everything' },
  cancel: { id: 'Batal', en: 'Cancel' },
  restoring: {
    id: 'Memulihkan {file}… jangan tutup halaman ini.',
    en: 'Restoring {file}… keep this page open.',
  },
  restored: {
    id: 'Cadangan {file} dipulihkan: {products} produk, {snippets} template, {samples} sampel waktu balas.',
    en: 'Backup {file} restored: {products} products, {snippets} templates, {samples} reply-time samples.',
  },
  // Why a file is refused; each ends by saying nothing changed.
  broken: {
    id: '{file} rusak atau terpotong (bukan JSON yang utuh), jadi tidak dipulihkan. Tidak ada yang diubah. Ambil salinan cadangan yang lain.',
    en: '{file} is damaged or cut short (not complete JSON), so it was not restored. Nothing changed. Use another copy of the backup.',
  },
  foreign: {
    id: '{file} bukan file cadangan Sigap, jadi tidak dipulihkan. Tidak ada yang diubah. Pilih file sigap-cadangan-….json.',
    en: '{file} is not a Sigap backup, so it was not restored. Nothing changed. Choose a sigap-cadangan-….json file.',
  },
  foreignSnippets: {
    id: '{file} adalah ekspor template, bukan cadangan; impor di bagian Template/Snippet. Tidak ada yang diubah.',
    en: '{file} is a template export, not a backup; import it under Templates/Snippets. Nothing changed.',
  },
  newer: {
    id: '{file} dibuat oleh Sigap yang lebih baru (format cadangan versi {version}; Sigap ini membaca sampai versi {max}). Perbarui Sigap lalu coba lagi. Tidak ada yang diubah.',
    en: '{file} was made by a newer Sigap (backup format version {version}; this Sigap reads up to version {max}). Update Sigap, then try again. Nothing changed.',
  },
  checksum: {
    id: 'Isi {file} tidak cocok dengan checksum-nya: file rusak atau diubah setelah dibuat. Tidak dipulihkan; tidak ada yang diubah.',
    en: 'The contents of {file} do not match its checksum: the file was damaged or changed after it was made. Not restored; nothing changed.',
  },
  invalid: {
    id: '{file} berisi data yang tidak pernah disimpan Sigap ({where}). Tidak dipulihkan; tidak ada yang diubah.',
    en: '{file} holds data Sigap never stores ({where}). Not restored; nothing changed.',
  },
  tooLarge: {
    id: '{file} terlalu besar untuk sebuah cadangan Sigap. Tidak ada yang diubah.',
    en: '{file} is too large to be a Sigap backup. Nothing changed.',
  },
});
