import { defineMessages } from '../../lib/i18n';

// The import panel's own words. Problems inside the file come from lib/catalog (its messages name
// row and column); these are the panel's labels, states and outcomes.

export const importMessages = defineMessages({
  heading: { id: 'Impor katalog', en: 'Import catalog' },
  intro: {
    id: 'Pilih file ekspor produk dari Shopee atau Tokopedia, atau spreadsheet toko sendiri (CSV atau XLSX).',
    en: 'Choose a product export from Shopee or Tokopedia, or the shop’s own spreadsheet (CSV or XLSX).',
  },
  chooseFile: { id: 'Pilih file…', en: 'Choose file…' },
  dropHere: {
    id: 'atau tarik file ke sini',
    en: 'or drop the file here',
  },
  dropZone: { id: 'Area untuk menaruh file katalog', en: 'Drop area for a catalog file' },
  reading: { id: 'Membaca {file}…', en: 'Reading {file}…' },
  parsing: { id: 'Memeriksa isi {file}…', en: 'Checking {file}…' },
  storing: {
    id: 'Menyimpan {count} produk… jangan tutup halaman ini.',
    en: 'Saving {count} products… keep this page open.',
  },
  readFailed: { id: 'File {file} tidak bisa dibaca oleh browser.', en: 'The browser could not read {file}.' },
  // Preview.
  previewHeading: { id: 'Pratinjau: {file}', en: 'Preview: {file}' },
  layoutShopee: { id: 'Ekspor Shopee', en: 'Shopee export' },
  layoutShopeeMassUpdate: { id: 'File update massal Shopee', en: 'Shopee mass-update file' },
  layoutTiktokBatchEdit: {
    id: 'Template edit massal TikTok Shop / Tokopedia',
    en: 'TikTok Shop / Tokopedia batch-edit template',
  },
  layoutTokopedia: { id: 'Ekspor Tokopedia', en: 'Tokopedia export' },
  layoutGeneric: { id: 'Spreadsheet umum', en: 'Generic spreadsheet' },
  formatCsv: {
    id: 'CSV, {encoding}, pemisah {delimiter}',
    en: 'CSV, {encoding}, {delimiter}-separated',
  },
  formatXlsx: { id: 'XLSX, lembar "{sheet}"', en: 'XLSX, sheet "{sheet}"' },
  detected: { id: 'Terdeteksi', en: 'Detected' },
  headerRow: { id: 'judul kolom di baris {row}', en: 'headers on row {row}' },
  delimiterComma: { id: 'koma', en: 'comma' },
  delimiterSemicolon: { id: 'titik koma', en: 'semicolon' },
  delimiterTab: { id: 'tab', en: 'tab' },
  mappingHeading: { id: 'Pemetaan kolom', en: 'Column mapping' },
  mappingHelp: {
    id: 'Ubah jika kolom salah dibaca; pratinjau langsung diperbarui.',
    en: 'Change it if a column was read wrongly; the preview updates at once.',
  },
  fileColumn: { id: 'Kolom di file', en: 'Column in the file' },
  sigapField: { id: 'Disimpan sebagai', en: 'Stored as' },
  mappingFor: { id: 'Simpan kolom "{column}" sebagai', en: 'Store column "{column}" as' },
  productsHeading: {
    id: '{shown} dari {total} produk pertama, seperti akan disimpan',
    en: 'First {shown} of {total} products, as they will be stored',
  },
  noProducts: { id: 'Tidak ada produk yang bisa diimpor.', en: 'No product can be imported.' },
  colRow: { id: 'Baris', en: 'Row' },
  colName: { id: 'Nama', en: 'Name' },
  colSku: { id: 'SKU', en: 'SKU' },
  colPrice: { id: 'Harga', en: 'Price' },
  colStock: { id: 'Stok', en: 'Stock' },
  colVariants: { id: 'Varian', en: 'Variants' },
  stockUnknown: { id: 'tidak diketahui', en: 'unknown' },
  stockSoldOut: { id: 'habis', en: 'sold out' },
  issuesHeading: {
    id: 'Masalah: {errors} kesalahan, {warnings} peringatan',
    en: 'Problems: {errors} errors, {warnings} warnings',
  },
  noIssues: { id: 'Tidak ada masalah.', en: 'No problems.' },
  error: { id: 'Kesalahan', en: 'Error' },
  warning: { id: 'Peringatan', en: 'Warning' },
  rowColumn: { id: 'baris {row}, kolom "{column}"', en: 'row {row}, column "{column}"' },
  rowOnly: { id: 'baris {row}', en: 'row {row}' },
  columnOnly: { id: 'kolom "{column}"', en: 'column "{column}"' },
  moreIssues: {
    id: '…dan {count} masalah lainnya. Perbaiki yang di atas lalu impor lagi.',
    en: '…and {count} more problems. Fix the ones above and import again.',
  },
  wholeFile: { id: 'seluruh file', en: 'whole file' },
  importButton: { id: 'Impor {count} produk', en: 'Import {count} products' },
  importSkipsErrors: {
    id: 'Baris yang bermasalah tidak diimpor; produk lainnya tetap diimpor.',
    en: 'Rows with errors are not imported; the other products are.',
  },
  cancel: { id: 'Batal', en: 'Cancel' },
  // Outcome.
  summaryHeading: { id: 'Impor selesai: {file}', en: 'Import finished: {file}' },
  added: { id: 'ditambah', en: 'added' },
  updated: { id: 'diperbarui', en: 'updated' },
  unchanged: { id: 'tidak berubah', en: 'unchanged' },
  skipped: { id: 'dilewati', en: 'skipped' },
  undo: { id: 'Urungkan impor ini', en: 'Undo this import' },
  undone: {
    id: 'Impor {file} sudah diurungkan; katalog kembali seperti sebelumnya.',
    en: 'The import of {file} was undone; the catalog is as it was before.',
  },
  undoneExceptKept: {
    id: 'Impor {file} sudah diurungkan, kecuali produk di bawah ini.',
    en: 'The import of {file} was undone, except for the products below.',
  },
  undoKept: {
    id: '{count} produk diubah atau dihapus manual setelah impor ini, jadi dibiarkan seperti hasil ubahan Anda (tidak dikembalikan ke isi sebelum impor):',
    en: '{count} products were changed or deleted by hand after this import, so they were left as you made them (not put back as they were before the import):',
  },
  undoKeptMore: { id: '…dan {count} produk lainnya.', en: '…and {count} more products.' },
  undoNotLatest: {
    id: 'Tidak bisa diurungkan: sudah ada impor yang lebih baru. Urungkan impor itu dulu.',
    en: 'Cannot undo: a newer import exists. Undo that one first.',
  },
  undoAlready: { id: 'Impor ini sudah diurungkan.', en: 'This import was already undone.' },
  undoExpired: {
    id: 'Tidak bisa diurungkan lagi: Sigap menyimpan data urungkan untuk {count} impor terakhir saja.',
    en: 'Can no longer be undone: Sigap keeps undo data for the last {count} imports only.',
  },
  undoNotFound: { id: 'Catatan impor ini tidak ditemukan.', en: 'This import’s record was not found.' },
  undoFailed: {
    id: 'Gagal mengurungkan; katalog tidak diubah. Coba lagi.',
    en: 'Undo failed; the catalog was not changed. Try again.',
  },
  importAnother: { id: 'Impor file lain', en: 'Import another file' },
  quotaFull: {
    id: 'Penyimpanan browser penuh, jadi tidak ada yang disimpan; katalog tetap seperti sebelumnya. Kosongkan ruang disk atau hapus data situs lain, lalu coba lagi.',
    en: 'Browser storage is full, so nothing was saved; the catalog is unchanged. Free disk space or clear other sites’ data, then try again.',
  },
  storeFailed: {
    id: 'Gagal menyimpan ({reason}); katalog tetap seperti sebelumnya.',
    en: 'Saving failed ({reason}); the catalog is unchanged.',
  },
});
