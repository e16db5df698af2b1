import { defineMessages } from '../../lib/i18n';

// The catalog table's words: toolbar, columns, inline edit, delete-with-undo, export, empty state.

export const catalogTableMessages = defineMessages({
  heading: { id: 'Produk', en: 'Products' },
  loading: { id: 'Memuat katalog…', en: 'Loading the catalog…' },
  filter: { id: 'Cari nama atau SKU', en: 'Filter by name or SKU' },
  count: { id: '{count} produk', en: '{count} products' },
  countFiltered: { id: '{shown} dari {count} produk', en: '{shown} of {count} products' },
  exportCsv: { id: 'Ekspor CSV', en: 'Export CSV' },
  loadSample: { id: 'Muat katalog contoh', en: 'Load sample catalog' },
  sampleFileName: { id: 'katalog contoh Sigap', en: 'Sigap sample catalog' },
  table: { id: 'Daftar produk', en: 'Product list' },
  colName: { id: 'Nama', en: 'Name' },
  colSku: { id: 'SKU', en: 'SKU' },
  colPrice: { id: 'Harga', en: 'Price' },
  colStock: { id: 'Stok', en: 'Stock' },
  colVariants: { id: 'Varian', en: 'Variants' },
  colActions: { id: 'Aksi', en: 'Actions' },
  sortBy: { id: 'Urutkan menurut {column}', en: 'Sort by {column}' },
  noMatch: { id: 'Tidak ada produk yang cocok dengan "{query}".', en: 'No product matches "{query}".' },
  edit: { id: 'Ubah', en: 'Edit' },
  editProduct: { id: 'Ubah {name}', en: 'Edit {name}' },
  save: { id: 'Simpan', en: 'Save' },
  cancel: { id: 'Batal', en: 'Cancel' },
  delete: { id: 'Hapus', en: 'Delete' },
  deleteProduct: { id: 'Hapus {name}', en: 'Delete {name}' },
  editName: { id: 'Nama {sku}', en: 'Name of {sku}' },
  editPrice: { id: 'Harga {sku}', en: 'Price of {sku}' },
  editStock: { id: 'Stok {sku}', en: 'Stock of {sku}' },
  editHelp: {
    id: 'Enter menyimpan, Esc membatalkan. Stok kosong berarti tidak diketahui.',
    en: 'Enter saves, Esc cancels. An empty stock means unknown.',
  },
  variantPriceHint: {
    id: 'Harga dan stok produk bervarian diambil dari variannya; ubah lewat impor.',
    en: 'Price and stock of a product with variants come from its variants; change them by importing.',
  },
  nameRequired: { id: 'Nama tidak boleh kosong.', en: 'The name cannot be empty.' },
  priceInvalid: {
    id: 'Harga harus bilangan bulat rupiah, 0 atau lebih (misalnya 125000).',
    en: 'The price must be whole Rupiah, 0 or more (e.g. 125000).',
  },
  stockInvalid: {
    id: 'Stok harus bilangan bulat 0 atau lebih, atau kosong jika tidak diketahui.',
    en: 'The stock must be a whole number, 0 or more, or empty when unknown.',
  },
  saveFailed: { id: 'Gagal menyimpan: {reason}', en: 'Saving failed: {reason}' },
  deleted: { id: 'Produk dihapus — {name}', en: 'Product deleted — {name}' },
  restored: { id: 'Produk {name} dikembalikan.', en: 'Product {name} restored.' },
  stockUnknown: { id: 'tidak diketahui', en: 'unknown' },
  stockSoldOut: { id: 'habis', en: 'sold out' },
  emptyTitle: { id: 'Katalog masih kosong', en: 'The catalog is empty' },
  emptyImport: {
    id: 'Impor file ekspor produk dari Shopee atau Tokopedia (CSV atau XLSX) di bagian Impor katalog di atas, atau',
    en: 'Import a product export from Shopee or Tokopedia (CSV or XLSX) under Import catalog above, or',
  },
  emptySample: {
    id: 'untuk mencoba Sigap dengan produk contoh (bisa diurungkan).',
    en: 'to try Sigap with sample products (can be undone).',
  },
});
