import { defineMessages } from '../../lib/i18n';

export const searchMessages = defineMessages({
  label: { id: 'Cari produk', en: 'Search products' },
  placeholder: { id: 'Nama, SKU, warna, ukuran…', en: 'Name, SKU, colour, size…' },
  loading: { id: 'Memuat katalog…', en: 'Loading the catalog…' },
  loadFailed: {
    id: 'Katalog tidak bisa dimuat. Sigap akan mencoba lagi sendiri.',
    en: 'The catalog could not be loaded. Sigap will try again by itself.',
  },
  retry: { id: 'Coba lagi sekarang', en: 'Try again now' },
  searchFailed: {
    id: 'Pencarian tidak terjawab. Ketik lagi untuk mencoba ulang.',
    en: 'The search got no answer. Type again to retry.',
  },
  empty: {
    id: 'Katalog masih kosong. Impor file produk di halaman Pengaturan Sigap › Katalog.',
    en: 'The catalog is empty. Import a product file in Sigap settings › Catalog.',
  },
  noResults: { id: 'Tidak ada produk yang cocok dengan “{q}”.', en: 'No product matches “{q}”.' },
  count: { id: '{n} produk', en: '{n} products' },
  stock: { id: 'Stok {n}', en: 'Stock {n}' },
  stockUnknown: { id: 'Stok tidak diketahui', en: 'Stock unknown' },
  soldOut: { id: 'Habis', en: 'Sold out' },
  variants: { id: '{n} varian', en: '{n} variants' },
  keysHint: {
    id: '↑↓ pilih · Enter jawaban lengkap · Alt+Enter nama + harga · Esc kembali ke chat',
    en: '↑↓ choose · Enter full answer · Alt+Enter name + price · Esc back to chat',
  },
});
