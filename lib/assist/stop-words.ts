import { PARTICLES } from './lexicon';
import { squeeze } from './normalize';

// Words of a buyer's message that name no product, left out of the catalog query (query.ts). Each
// one that slipped through cost twice: it matched some product by a typo or a prefix ("ganti" →
// "Anti Air", "Anti Lengket"), and it lowered the score of the right product, which the search
// scales by the share of query words it matched ("tumbler stainless bagian bawah": half). Written as
// buyers write them; compared squeezed, after the normaliser's slang mapping.
const WORDS = `
  ada apa aja ini itu yang mau ingin pengen pingin tanya mohon tolong minta saya aku gue gua kamu
  anda kami kita dia mereka beli membeli order pesan pesanan checkout ambil bisa boleh dong masih
  sudah belum tidak bukan kalau kok terus juga lagi dan atau sama dengan untuk buat di ke dari pada
  oke ok okay siap sip iya ya baik gimana mana kapan berapa berapaan kenapa apakah adakah halo hai
  permisi pagi siang sore malam selamat assalamualaikum makasih terima kasih banyak banget sekali
  semua satu dua tiga empat lima lain lainnya jadi nanti dulu tadi kemarin sekarang barusan segera
  secepatnya cepat lama baru lama udah pas sesuai bagus jelek enak nyaman cocok suka mantap keren
  aman harus perlu butuh coba cek dicek kabar kabari dikabari info infonya tahu tau kasih kirimkan
  ganti diganti tukar ditukar tuker retur tukar bantu dibantu jawab dijawab balas dibalas lihat liat
  foto gambar video chat kak gan min sis bro kakak gimana bagaimana seperti kayak kaya gitu begitu
  sih nih deh dong loh lho kan kah lah mah wkwk hehe haha kata bilang
  the is this one it a an do you have my me please can i want need how what when where
  ready stok tersedia available habis kosong sisa restok harga price diskon promo nego murah mahal
  ongkir ongkos warna ukuran size varian variasi motif tipe model pcs pc biji buah lusin pasang
  total cod bayar tempat transfer
  kirim dikirim pengiriman kiriman hari besok jam sampai datang tiba estimasi resi paket kurir
  ekspedisi alamat rusak pecah retak sobek bocor cacat penyok patah salah beda refund return uang
  dana kembali telat barang produk item garansi asli original
  bagian atas bawah samping depan belakang dalam luar tengah kiri kanan sisi
  panjang lebar tinggi berat lingkar dada pinggang pinggul lengan badan kaki bahan ketebalan tebal
  tipis
`;

export const STOP_WORDS: ReadonlySet<string> = new Set(
  [...WORDS.trim().split(/\s+/), ...PARTICLES].map(squeeze),
);
