import type { StoredSnippet } from '../db/schema';
import type { Lang } from '../i18n';

// The starting set, written as a good Indonesian online-shop CS writes: warm, "Kak", short, one
// point per line where it helps. Moving a conversation "to a private channel" stays inside the
// marketplace's own chat (marketplaces forbid taking the transaction off-platform).

type Draft = Pick<StoredSnippet, 'title' | 'category' | 'body' | 'trigger' | 'hotkey'>;

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
    body: 'Ada yang bisa kami bantu, Kak? Boleh info produk, warna atau ukuran yang Kakak cari 🙏',
  },
  {
    title: 'Info produk',
    category: 'product',
    trigger: 'produk',
    hotkey: null,
    body: '{produk} saat ini {harga} ya Kak. {kursor}',
  },
  {
    title: 'Barang rusak',
    category: 'sop',
    trigger: 'rusak',
    hotkey: null,
    body: 'Mohon maaf sekali Kak {pembeli}, barangnya sampai dalam kondisi rusak 🙏\nBoleh dibantu kirim:\n1. Foto/video unboxing\n2. Foto bagian yang rusak\nSetelah itu kami bantu proses penggantian atau pengembalian dana ya Kak.',
  },
  {
    title: 'Salah kirim',
    category: 'sop',
    trigger: 'salahkirim',
    hotkey: null,
    body: 'Mohon maaf atas kekeliruan pengiriman, Kak 🙏 Boleh kirim foto barang yang diterima dan label paketnya? Kami kirimkan yang benar tanpa biaya tambahan.',
  },
  {
    title: 'Pengiriman terlambat',
    category: 'sop',
    trigger: 'telat',
    hotkey: null,
    body: 'Mohon maaf paketnya belum sampai, Kak 🙏 Kami sudah cek resi {isi:Nomor resi}: {kursor}\nKami pantau terus dan kabari Kakak ya.',
  },
  {
    title: 'Pengembalian dana',
    category: 'sop',
    trigger: 'refund',
    hotkey: null,
    body: 'Baik Kak, pengembalian dana bisa diajukan lewat menu Pengembalian Barang/Dana di pesanan Kakak. Kami bantu setujui secepatnya setelah pengajuan masuk ya 🙏',
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
    body: 'Terima kasih sudah menghubungi {toko}, Kak 🙏 Saat ini kami di luar jam operasional ({jam_buka}). Pesan Kakak akan kami balas secepatnya begitu buka ya.',
  },
  {
    title: 'Penutup',
    category: 'closing',
    trigger: 'makasih',
    hotkey: 'Alt+C',
    body: 'Terima kasih, Kak {pembeli} 😊 Ditunggu orderannya, semoga harinya menyenangkan!',
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
    body: 'How can we help you today? Tell us the product, colour or size you are looking for 🙏',
  },
  {
    title: 'Product info',
    category: 'product',
    trigger: 'product',
    hotkey: null,
    body: '{produk} is {harga} at the moment. {kursor}',
  },
  {
    title: 'Damaged item',
    category: 'sop',
    trigger: 'damaged',
    hotkey: null,
    body: 'We are so sorry the item arrived damaged 🙏 Could you send:\n1. The unboxing photo/video\n2. A photo of the damage\nThen we will arrange a replacement or refund.',
  },
  {
    title: 'Wrong item',
    category: 'sop',
    trigger: 'wrongitem',
    hotkey: null,
    body: 'We apologise for sending the wrong item 🙏 Could you send a photo of what arrived and the parcel label? We will send the right one at no extra cost.',
  },
  {
    title: 'Late delivery',
    category: 'sop',
    trigger: 'late',
    hotkey: null,
    body: 'Sorry your parcel has not arrived yet 🙏 We checked tracking number {isi:Tracking number}: {kursor}\nWe will keep watching it and update you.',
  },
  {
    title: 'Refund',
    category: 'sop',
    trigger: 'refund',
    hotkey: null,
    body: 'You can request a refund from the Return/Refund menu of your order. We will approve it as soon as it comes in 🙏',
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
    body: 'We are sorry for the trouble, {pembeli} 🙏 Let us continue in this chat so we can help you point by point.',
  },
  {
    title: 'Away message',
    category: 'away',
    trigger: 'closed',
    hotkey: null,
    body: 'Thank you for contacting {toko} 🙏 We are outside our opening hours ({jam_buka}). We will reply as soon as we open.',
  },
  {
    title: 'Closing',
    category: 'closing',
    trigger: 'thanks',
    hotkey: 'Alt+C',
    body: 'Thank you, {pembeli} 😊 Have a lovely day!',
  },
];

export function defaultSnippets(lang: Lang): StoredSnippet[] {
  return (lang === 'en' ? EN : ID).map((draft, order) => ({
    ...draft,
    id: `default-${lang}-${draft.trigger}`,
    lang,
    order,
    useCount: 0,
    updatedAt: 0,
  }));
}
