import { defineMessages } from '../../lib/i18n';

export const saranMessages = defineMessages({
  title: { id: 'Saran', en: 'Suggestions' },
  label: { id: 'Saran dari pesan pembeli', en: 'Suggestions from the buyer’s messages' },
  waiting: {
    id: 'Dari {n} pesan pembeli yang belum dibalas',
    en: 'From {n} unanswered buyer messages',
  },
  waitingOne: { id: 'Dari 1 pesan pembeli yang belum dibalas', en: 'From 1 unanswered buyer message' },
  loading: { id: 'Katalog dimuat…', en: 'Loading the catalog…' },
  reply: { id: 'Balasan poin per poin', en: 'Point-by-point reply' },
  gaps: {
    id: '{n} bagian [… ] perlu dilengkapi sebelum dikirim',
    en: '{n} [… ] parts to complete before sending',
  },
  allVariants: { id: 'semua varian', en: 'all variants' },
  noVariant: { id: '{names}: tidak ada', en: '{names}: not available' },
  stock: { id: 'stok {n}', en: '{n} in stock' },
  soldOut: { id: 'habis', en: 'sold out' },
  stockUnknown: { id: 'stok ?', en: 'stock ?' },
  variantCount: { id: '{n} varian cocok', en: '{n} matching variants' },
  insert: { id: 'Sisipkan', en: 'Insert' },
  add: { id: 'Tambahkan ke susunan balasan', en: 'Add to the reply being built' },
  keysHint: {
    id: '↑/↓ pilih · Enter sisipkan · + susun · Esc kembali ke chat · {key} di kotak chat sisipkan yang dipilih',
    en: '↑/↓ choose · Enter insert · + build · Esc back to the chat · {key} in the chat box inserts the chosen one',
  },
  acceptNone: {
    id: 'Belum ada saran untuk disisipkan ({key}).',
    en: 'No suggestion to insert yet ({key}).',
  },
  acceptOff: {
    id: 'Saran dimatikan, jadi {key} tidak menyisipkan apa pun. Nyalakan lagi di Pengaturan Sigap › Pengaturan.',
    en: 'Suggestions are off, so {key} inserts nothing. Switch them on again in Sigap settings › Settings.',
  },
  trayTitle: { id: 'Susun balasan', en: 'Build a reply' },
  trayInsert: { id: 'Sisipkan sebagai satu pesan', en: 'Insert as one message' },
  trayClear: { id: 'Kosongkan', en: 'Clear' },
  trayRemove: { id: 'Hapus bagian {n}', en: 'Remove part {n}' },
  trayUp: { id: 'Naikkan bagian {n}', en: 'Move part {n} up' },
  off: { id: 'Matikan Saran', en: 'Switch suggestions off' },
  offDone: {
    id: 'Saran dimatikan. Nyalakan lagi di Pengaturan Sigap › Pengaturan.',
    en: 'Suggestions are off. Switch them on again in Sigap settings › Settings.',
  },
  gapNotice: {
    id: 'Disisipkan dengan {n} bagian [… ] yang perlu dilengkapi. Periksa sebelum mengirim.',
    en: 'Inserted with {n} [… ] parts to complete. Check it before sending.',
  },
  // Options page.
  settingsTitle: { id: 'Saran dari pesan pembeli', en: 'Suggestions from buyer messages' },
  settingsEnabled: {
    id: 'Tampilkan Saran di sidebar (produk, varian, template dan balasan poin per poin dari pesan pembeli yang belum dibalas)',
    en: 'Show suggestions in the sidebar (products, variants, templates and a point-by-point reply from unanswered buyer messages)',
  },
  settingsCutoff: { id: 'Batas kirim hari ini (jam)', en: 'Same-day shipping cut-off (time)' },
  settingsCutoffHint: {
    id: 'Pesanan sebelum jam ini dikirim hari yang sama. Kosongkan untuk memakai jam tutup toko.',
    en: 'Orders before this time ship the same day. Leave empty to use the shop’s closing time.',
  },
  settingsCutoffBad: {
    id: 'Tulis jam sebagai JJ:MM, misalnya 15:00, atau kosongkan.',
    en: 'Write the time as HH:MM, for example 15:00, or leave it empty.',
  },
  settingsSaved: { id: 'Tersimpan.', en: 'Saved.' },
});
