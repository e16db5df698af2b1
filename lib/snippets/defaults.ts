import type { Lang } from '../i18n';
import type { Snippet } from './types';

// The starting set, written as a good Indonesian online-shop CS writes: warm, "Kak", short, one
// point per line where the buyer has to do something. Variables fill in the buyer, shop, hours and
// product; {kursor} leaves the caret where the agent adds the specific part. Alt+G greets, Alt+C
// closes; Alt+1…3 pin the three answers used most: asking the need, damaged goods, late delivery.
//
// "Private channel" (/japri) means the marketplace's own one-to-one seller chat: an upset buyer is
// asked to settle it there, point by point, instead of in a public review or product discussion.
// Marketplaces forbid taking the buyer or the transaction off-platform (WhatsApp, bank transfer),
// so no default ever mentions a phone number or another app.

type Draft = Pick<Snippet, 'title' | 'category' | 'body' | 'trigger' | 'hotkey'>;

const ID: Draft[] = [
  {
    title: 'Salam pembuka',
    category: 'greeting',
    trigger: 'salam',
    hotkey: 'Alt+G',
    body: '{salam} Kak {pembeli} 😊 Terima kasih sudah menghubungi {toko}. {kursor}',
  },
  {
    title: 'Tanya kebutuhan',
    category: 'need',
    trigger: 'bantu',
    hotkey: 'Alt+1',
    body: 'Ada yang bisa kami bantu, Kak? 😊 Boleh info produk, warna, atau ukuran yang Kakak cari ya.',
  },
  {
    title: 'Info produk',
    category: 'product',
    trigger: 'produk',
    hotkey: null,
    body: 'Untuk {produk} harganya {harga} ya Kak 😊 {kursor}',
  },
  {
    title: 'Barang rusak',
    category: 'sop',
    trigger: 'rusak',
    hotkey: 'Alt+2',
    body: 'Mohon maaf sekali atas ketidaknyamanannya, Kak {pembeli} 🙏 Boleh dibantu kirimkan:\n1. Video unboxing\n2. Foto bagian yang rusak\n3. Foto label paket\nSetelah kami cek, kami bantu penggantian atau pengembalian dana ya Kak.',
  },
  {
    title: 'Salah kirim',
    category: 'sop',
    trigger: 'salahkirim',
    hotkey: null,
    body: 'Mohon maaf atas kekeliruan pengirimannya, Kak {pembeli} 🙏 Boleh kirimkan foto barang yang diterima dan label paketnya? Kami bantu tukar dengan barang yang benar secepatnya ya Kak.',
  },
  {
    title: 'Pengiriman terlambat',
    category: 'sop',
    trigger: 'telat',
    hotkey: 'Alt+3',
    body: 'Mohon maaf paketnya belum sampai, Kak {pembeli} 🙏 Kami sudah cek resi {isi:Nomor resi}: {kursor}\nKami pantau terus dan kabari Kakak ya.',
  },
  {
    title: 'Pengembalian dana',
    category: 'sop',
    trigger: 'refund',
    hotkey: null,
    body: 'Baik Kak, pengembalian dana bisa diajukan lewat menu Pengembalian Barang/Dana di halaman pesanan Kakak ya 🙏 Setelah pengajuan masuk, kami bantu proses secepatnya.',
  },
  {
    title: 'Stok habis',
    category: 'sop',
    trigger: 'habis',
    hotkey: null,
    body: 'Mohon maaf Kak, {produk} sedang habis 🙏 Boleh kami rekomendasikan warna/ukuran lain yang masih ready?',
  },
  {
    title: 'Lanjut di chat pribadi',
    category: 'sop',
    trigger: 'japri',
    hotkey: null,
    body: 'Mohon maaf atas ketidaknyamanannya, Kak {pembeli} 🙏 Supaya bisa kami bantu lebih detail, kami lanjutkan di chat ini saja ya Kak, kami tanggapi satu per satu.',
  },
  {
    title: 'Di luar jam operasional',
    category: 'away',
    trigger: 'tutup',
    hotkey: null,
    body: 'Terima kasih sudah menghubungi {toko}, Kak 🙏 Saat ini kami di luar jam operasional ({jam_buka}). Pesan Kakak akan kami balas segera setelah kami buka ya.',
  },
  {
    title: 'Penutup',
    category: 'closing',
    trigger: 'makasih',
    hotkey: 'Alt+C',
    body: 'Terima kasih, Kak {pembeli} 😊 Kalau ada yang ingin ditanyakan lagi, chat kami kapan saja ya. Semoga harinya menyenangkan!',
  },
  {
    title: 'Penutup setelah pesanan',
    category: 'closing',
    trigger: 'belanja',
    hotkey: null,
    body: 'Terima kasih sudah berbelanja di {toko}, Kak {pembeli} 🙏 Pesanan Kakak segera kami proses. Ditunggu ulasannya ya Kak 😊',
  },
];

const EN: Draft[] = [
  {
    title: 'Greeting',
    category: 'greeting',
    trigger: 'hi',
    hotkey: 'Alt+G',
    body: 'Hello {pembeli} 😊 Thank you for contacting {toko}. {kursor}',
  },
  {
    title: 'Ask the need',
    category: 'need',
    trigger: 'help',
    hotkey: 'Alt+1',
    body: 'How can we help you today? 😊 Let us know the product, colour or size you are looking for.',
  },
  {
    title: 'Product info',
    category: 'product',
    trigger: 'product',
    hotkey: null,
    body: '{produk} is {harga} at the moment 😊 {kursor}',
  },
  {
    title: 'Damaged item',
    category: 'sop',
    trigger: 'damaged',
    hotkey: 'Alt+2',
    body: 'We are so sorry the item arrived damaged, {pembeli} 🙏 Could you send us:\n1. The unboxing video\n2. A photo of the damage\n3. A photo of the parcel label\nOnce we have checked, we will arrange a replacement or a refund.',
  },
  {
    title: 'Wrong item',
    category: 'sop',
    trigger: 'wrongitem',
    hotkey: null,
    body: 'We apologise for sending the wrong item, {pembeli} 🙏 Could you send a photo of what arrived and of the parcel label? We will exchange it for the right one as soon as possible.',
  },
  {
    title: 'Late delivery',
    category: 'sop',
    trigger: 'late',
    hotkey: 'Alt+3',
    body: 'Sorry your parcel has not arrived yet, {pembeli} 🙏 We checked tracking number {isi:Tracking number}: {kursor}\nWe will keep an eye on it and update you.',
  },
  {
    title: 'Refund',
    category: 'sop',
    trigger: 'refund',
    hotkey: null,
    body: 'You can request a refund from the Return/Refund menu on your order page 🙏 Once the request comes in, we will process it as soon as possible.',
  },
  {
    title: 'Out of stock',
    category: 'sop',
    trigger: 'soldout',
    hotkey: null,
    body: 'Sorry, {produk} is sold out at the moment 🙏 May we suggest another colour or size that is in stock?',
  },
  {
    title: 'Continue privately',
    category: 'sop',
    trigger: 'private',
    hotkey: null,
    body: 'We are sorry for the trouble, {pembeli} 🙏 So we can help you in detail, let us continue in this chat, and we will go through it point by point.',
  },
  {
    title: 'Away message',
    category: 'away',
    trigger: 'closed',
    hotkey: null,
    body: 'Thank you for contacting {toko} 🙏 We are outside our opening hours right now ({jam_buka}). We will reply as soon as we open.',
  },
  {
    title: 'Closing',
    category: 'closing',
    trigger: 'thanks',
    hotkey: 'Alt+C',
    body: 'Thank you, {pembeli} 😊 If anything else comes up, just chat with us any time. Have a lovely day!',
  },
  {
    title: 'Closing after an order',
    category: 'closing',
    trigger: 'ordered',
    hotkey: null,
    body: 'Thank you for shopping at {toko}, {pembeli} 🙏 We will process your order right away. We would love to read your review 😊',
  },
];

/** The default set in one language; ids are stable so a reseed never duplicates. */
export function defaultSnippets(lang: Lang): Snippet[] {
  return (lang === 'en' ? EN : ID).map((draft, order) => ({
    ...draft,
    id: `default-${lang}-${draft.trigger}`,
    lang,
    order,
    useCount: 0,
    updatedAt: 0,
  }));
}
