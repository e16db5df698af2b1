import { defineMessages } from '../i18n';

// The text Saran writes into a reply (Bahasa Indonesia first, as the shop speaks to its buyers).

export const assistMessages = defineMessages({
  stock: { id: 'stok {n}', en: '{n} in stock' },
  stockUnknown: { id: 'stok tanyakan', en: 'stock: please ask' },
  notAvailable: { id: 'tidak tersedia', en: 'not available' },
  available: { id: 'tersedia', en: 'available' },
  allSoldOut: { id: 'semua varian sedang habis', en: 'every variant is sold out' },
  shipToday: {
    id: 'Bisa dikirim hari ini, Kak, untuk pesanan yang masuk sebelum pukul {cutoff} 😊',
    en: 'It can ship today for orders placed before {cutoff} 😊',
  },
  shipTodayNoCutoff: { id: 'Bisa dikirim hari ini, Kak 😊', en: 'It can ship today 😊' },
  shipTomorrow: {
    id: 'Pesanan yang masuk sekarang kami kirim besok, Kak 🙏',
    en: 'Orders placed now ship tomorrow 🙏',
  },
  shipOn: {
    id: 'Pesanan yang masuk sekarang kami kirim hari {day}, Kak 🙏',
    en: 'Orders placed now ship on {day} 🙏',
  },
  shipUnknown: { id: 'jadwal kirim', en: 'shipping day' },
  arrival: { id: 'Estimasi sampai: [{gap}]', en: 'Estimated arrival: [{gap}]' },
  arrivalGap: { id: '… hari, sesuai kurir', en: '… days, by courier' },
  codGap: { id: 'COD', en: 'COD' },
  productGap: { id: 'produk', en: 'product' },
});
