import { memoByText } from './memo';
import { CLAUSE, normalizeTokens } from './normalize';
import { anyOf, blockedBefore, matchesUnblocked, NEGATORS, rx } from './rules';
import { COLOURS, isVariantToken } from './variant-words';

// What a buyer's message asks for, from its own words.
//
// Why keyword rules over normalised text, not a trained model: the intents are few and each is
// carried by a small, stable vocabulary ("rusak", "belum sampai", "cod"); the hard part is the
// spelling (slang, repeated letters, glued words), which one normaliser (normalize.ts) solves for
// every rule at once. Rules can be read, fixed and tested one by one when a shop reports a miss; they
// run in microseconds in the sidebar and add no model file to the extension. A model would need far
// more labelled chat than the few hundred messages the team can write honestly, and would fail in
// ways no one can point at. Measured in tests/bench/intents.bench.ts on a labelled set, with a part
// held out that no rule was tuned on.
//
// Rules look at one clause at a time (clauses end at ? ! . , ; and new lines), except the greeting,
// which only counts at the start of the message, and a wrong item, whose "received X … I ordered Y"
// often spans two clauses.

export type Intent =
  | 'stock'
  | 'price'
  | 'variant'
  | 'shipping-time'
  | 'damaged'
  | 'wrong-item'
  | 'late'
  | 'refund'
  | 'cod'
  | 'greeting'
  | 'thanks';

export const INTENTS: readonly Intent[] = [
  'stock',
  'price',
  'variant',
  'shipping-time',
  'damaged',
  'wrong-item',
  'late',
  'refund',
  'cod',
  'greeting',
  'thanks',
];

const PARTICLE = anyOf([
  'kak',
  'gan',
  'min',
  'sis',
  'bro',
  'om',
  'mba',
  'mbak',
  'mas',
  'nya',
  'ya',
  'yah',
  'dong',
  'deh',
  'sih',
  'nih',
  'kah',
  'lah',
  'kan',
  'aja',
  'juga',
  'lagi',
  'semua',
  'semuanya',
  'ini',
  'itu',
]);
/** After "ada": the particles, and the "ga" of "ada ga". */
const TRAILING = `(?:${PARTICLE}|tidak)`;

// ── stock ──────────────────────────────────────────────────────────────────────────────────────
const STOCK = [
  rx(
    ` ${anyOf(['ready', 'stok', 'tersedia', 'available', 'restok', 'kosong', 'habis', 'soldout', 'sisa'])} `,
  ),
  rx(' sold out '),
  rx(' masih ada '),
  rx(' ada (?:atau |apa )?tidak '),
  // "ukuran L ada?", "yang warna Mocca ada juga kak?": "ada" closing the clause asks for it.
  rx(` ada(?: ${TRAILING})* $`),
  // "ada yang ukuran 30?", "kak ada warna lain?": "ada" opening the clause, about an option.
  rx(
    `^(?: ${PARTICLE})* ada ${anyOf(['yang', 'warna', 'ukuran', 'size', 'barang', 'stok', 'tipe', 'varian', 'no', 'nomor'])} (?!chart)`,
  ),
  rx(` masih bisa (?:di)?${anyOf(['order', 'pesan', 'beli', 'checkout'])} `),
];

// ── price ──────────────────────────────────────────────────────────────────────────────────────
const PRICE = [
  rx(
    ` ${anyOf(['harga', 'price', 'pricelist', 'diskon', 'discount', 'potongan', 'nego', 'berapaan', 'grosir', 'reseller', 'cashback'])} `,
  ),
  rx(' how much '),
  rx(` bisa ${anyOf(['turun', 'kurang', 'dikurangi', 'dikurangin', 'nego'])} (?!\\d|satu)`),
];
const PROMO = rx(' promo ');
const BERAPA = rx(' berapa ');
/** "berapa hari", "berapa cm", "berapa lama": asks for a quantity that is not the price. */
const NOT_PRICE_AFTER = new Set(
  [
    'hari',
    'lama',
    'jam',
    'menit',
    'minggu',
    'bulan',
    'tahun',
    'cm',
    'kg',
    'gram',
    'gr',
    'ml',
    'liter',
    'meter',
    'pcs',
    'buah',
    'biji',
    'lembar',
    'kali',
    'watt',
    'mah',
    'orang',
    'ukuran',
    'size',
  ].map((w) => w.replace(/([a-z])\1+/g, '$1')),
);
/** "ongkirnya berapa", "beratnya berapa", "lingkar dadanya berapa": the price of something else. */
const NOT_PRICE_BEFORE = new Set(
  [
    'berat',
    'ongkir',
    'ongkos',
    'ukuran',
    'size',
    'lingkar',
    'dada',
    'panjang',
    'lebar',
    'tinggi',
    'garansi',
    'sisa',
    'stok',
    'tinggal',
    'jam',
    'hari',
    'lama',
    'umur',
    'usia',
    'tahan',
    'nomor',
    'no',
    'resi',
    'kirim',
    'pengiriman',
    'estimasi',
    'tanggal',
  ].map((w) => w.replace(/([a-z])\1+/g, '$1')),
);

function asksPrice(clause: string): boolean {
  if (PRICE.some((p) => matchesUnblocked(clause, p))) return true;
  if (matchesUnblocked(clause, PROMO, new Set(['kode']), 1)) return true;
  BERAPA.lastIndex = 0;
  for (const m of clause.matchAll(BERAPA)) {
    const after = clause.slice(m.index + m[0].length).split(' ')[0] ?? '';
    if (NOT_PRICE_AFTER.has(after)) continue;
    if (blockedBefore(clause, m.index, NOT_PRICE_BEFORE, 4)) continue;
    return true;
  }
  return false;
}

// ── variant ────────────────────────────────────────────────────────────────────────────────────
const VARIANT = [
  rx(
    ` ${anyOf(['warna', 'ukuran', 'size', 'varian', 'variasi', 'variant', 'motif', 'corak', 'tipe', 'jumbo', 'allsize', 'bigsize', 'color', 'colour'])} (?!paket)`,
  ),
  rx(' (?:all|big) size '),
  rx(` ${anyOf([...COLOURS])} `),
];

function namesVariant(clause: string): boolean {
  if (VARIANT.some((p) => matchesUnblocked(clause, p))) return true;
  const words = clause.trim().split(' ');
  return words.some((_, i) => isVariantToken(words, i));
}

// ── shipping time ──────────────────────────────────────────────────────────────────────────────
const SHIP_WORD = rx(
  ` ${anyOf(['kirim', 'dikirim', 'pengiriman', 'kiriman', 'dikirimkan', 'send', 'ship', 'shipping', 'delivery', 'deliver', 'sampai', 'datang', 'tiba', 'pickup', 'jemput', 'dijemput'])} `,
);
const TIME_CUE = rx(
  ` ${anyOf(['hari', 'sekarang', 'besok', 'lusa', 'kapan', 'when', 'lama', 'estimasi', 'estimate', 'jam', 'sore', 'pagi', 'siang', 'malam', 'cepat', 'cepet', 'sabtu', 'minggu', 'senin', 'selasa', 'rabu', 'kamis', 'jumat', 'weekend', 'libur', 'langsung', 'kira'])} `,
);
const FAST_SHIPPING = rx(
  ` ${anyOf(['same day', 'instant', 'gosend', 'grabexpress', 'gojek', 'kilat', 'express', 'ekspres', 'cutoff', 'next day'])} `,
);
const WISH = rx(` ${anyOf(['semoga', 'moga', 'mudah mudahan'])} `);

function asksShippingTime(clause: string): boolean {
  if (matchesUnblocked(clause, WISH)) return false;
  if (matchesUnblocked(clause, FAST_SHIPPING)) return true;
  return matchesUnblocked(clause, SHIP_WORD) && matchesUnblocked(clause, TIME_CUE);
}

// ── complaints ─────────────────────────────────────────────────────────────────────────────────
/** Before a complaint word: not a complaint, or only a hypothetical one. */
const NOT_A_COMPLAINT = new Set(
  [
    ...NEGATORS,
    'kalau',
    'jika',
    'misal',
    'misalnya',
    'semoga',
    'jangan',
    'aman',
    'takut',
    'biar',
    'supaya',
    'agar',
  ].map((w) => w.replace(/([a-z])\1+/g, '$1')),
);

const DAMAGED = [
  rx(
    ` ${anyOf(['rusak', 'kerusakan', 'retak', 'retakan', 'sobek', 'robek', 'koyak', 'penyok', 'peyok', 'penyot', 'ringsek', 'bocor', 'rembes', 'tumpah', 'cacat', 'reject', 'lecet', 'baret', 'gores', 'tergores', 'patah', 'bengkok', 'putus', 'lepas', 'copot', 'hancur', 'remuk', 'mati', 'error', 'eror', 'konslet', 'korslet', 'berjamur', 'jamur', 'basi', 'busuk', 'kadaluarsa', 'kedaluwarsa', 'expired', 'melempem', 'broken', 'damaged', 'defect', 'defective', 'cracked', 'crack', 'torn', 'leaking', 'bolong', 'berlubang'])} `,
  ),
  rx(' pecah (?!belah)'),
  rx(
    ` tidak (?:mau |bisa )?${anyOf(['nyala', 'menyala', 'hidup', 'bunyi', 'berfungsi', 'jalan', 'dicas', 'ngecas', 'dicharge', 'charge', 'bekerja', 'work', 'working', 'konek', 'connect'])} `,
  ),
];

const WRONG_ITEM = [
  rx(
    ` salah ${anyOf(['kirim', 'barang', 'warna', 'ukuran', 'size', 'produk', 'item', 'varian', 'pesanan', 'paket', 'model', 'tipe', 'motif'])} `,
  ),
  rx(' (?:dikirim|kirim) salah '),
  rx(
    ` ${anyOf(['warna', 'ukuran', 'size', 'barang', 'produk', 'item', 'varian', 'isi', 'model', 'motif', 'tipe'])}(?: nya)? ${anyOf(['salah', 'beda', 'berbeda'])} `,
  ),
  rx(
    ` beda ${anyOf(['sama', 'dengan', 'dari'])} ${anyOf(['foto', 'gambar', 'deskripsi', 'pesanan', 'pesan', 'order'])} `,
  ),
  rx(` bukan ${anyOf(['barang', 'yang', 'pesanan', 'produk', 'punya', 'orderan'])} `),
  rx(' tidak sesuai '),
  rx(` kurang (?:\\d+|satu|sebiji|sepasang) `),
  rx(` ${anyOf(['tertukar', 'ketukar'])} `),
  rx(` ${anyOf(['kiriman', 'punya', 'paket', 'pesanan', 'milik'])} orang lain `),
  rx(` wrong ${anyOf(['item', 'size', 'color', 'colour', 'product', 'order'])} `),
  rx(` pesan \\S+(?: \\S+)? yang ${anyOf(['datang', 'dikirim', 'sampai', 'dapat'])} `),
];
const RECEIVED = rx(
  ` ${anyOf(['datang', 'dapat', 'dikirim', 'sampai', 'terima', 'diterima', 'isi', 'isinya'])} `,
);
const ORDERED = rx(` ${anyOf(['pesan', 'order', 'checkout', 'beli', 'pilih'])} `);
const CONTRAST = rx(` ${anyOf(['padahal', 'malah', 'kok', 'bukan', 'tapi', 'sedangkan'])} `);

const ARRIVAL = anyOf([
  'sampai',
  'datang',
  'tiba',
  'diterima',
  'terima',
  'dikirim',
  'kirim',
  'update',
  'diupdate',
  'gerak',
  'bergerak',
  'berubah',
  'jalan',
  'nerima',
  'muncul',
]);
const LATE = [
  rx(` belum(?: \\S+){0,2}? ${ARRIVAL} `),
  rx(
    ` tidak ${anyOf(['sampai', 'datang', 'tiba', 'update', 'diupdate', 'gerak', 'bergerak', 'berubah', 'jalan', 'muncul'])} `,
  ),
  rx(` ${anyOf(['telat', 'terlambat', 'keterlambatan', 'delay', 'delayed', 'kelamaan', 'late'])} `),
  rx(` lama ${anyOf(['banget', 'sekali', 'amat', 'bener', 'bet'])} `),
  rx(' kok lama '),
  rx(' sampai mana '),
  rx(
    ` ${anyOf(['kemana', 'dimana', 'where'])}(?: ${anyOf(['ya', 'is', 'my'])})*(?: ${anyOf(['paket', 'pesanan', 'barang', 'kiriman', 'order', 'package', 'parcel'])}) `,
  ),
  rx(
    ` ${anyOf(['paket', 'pesanan', 'barang', 'kiriman', 'order', 'package', 'parcel'])}(?: \\S+){0,3} ${anyOf(['kemana', 'dimana'])} `,
  ),
  rx(
    ` ${anyOf(['paket', 'pesanan', 'kiriman', 'order', 'barang'])}(?: \\S+){0,3} kapan ${anyOf(['sampai', 'datang', 'tiba'])} `,
  ),
  rx(` ${anyOf(['nyangkut', 'tertahan', 'nyasar', 'hilang', 'ilang', 'raib', 'stuck', 'lost'])} `),
  rx(` (?:tidak|belum) (?:ada )?kabar `),
  rx(
    ` ${anyOf(['hasnt', 'havent', 'tidak', 'never', 'still'])} ${anyOf(['arrived', 'arrive', 'received', 'came', 'come'])} `,
  ),
];

const REFUND = [
  rx(
    ` ${anyOf(['refund', 'refun', 'retur', 'return', 'returan', 'pengembalian', 'dikembalikan', 'kembalikan', 'dikembaliin', 'kembaliin', 'balikin', 'dibalikin', 'moneyback'])} `,
  ),
  rx(' money back '),
  rx(` ${anyOf(['uang', 'dana', 'duit'])}(?: \\S+){0,2} ${anyOf(['kembali', 'balik'])} `),
  rx(` ${anyOf(['ganti', 'minta'])} ${anyOf(['uang', 'duit', 'dana'])} `),
];

const COD = [rx(' cod '), rx(' bayar (?:di )?tempat '), rx(' bayar ditempat '), rx(' cash on ')];

// ── greeting and thanks ────────────────────────────────────────────────────────────────────────
const GREETING_ANYWHERE = [
  rx(` ${anyOf(['halo', 'hai', 'assalamualaikum', 'permisi'])} `),
  rx(' assalamu alaikum '),
  rx(
    ` ${anyOf(['selamat', 'met', 'good'])} ${anyOf(['pagi', 'siang', 'sore', 'malam', 'morning', 'afternoon', 'evening'])} `,
  ),
];
/** "pagi kak" opens a chat; "pagi ini dikirim?" does not: a bare time word greets only at the start. */
const GREETING_OPENING = rx(
  `^(?: ${PARTICLE})* ${anyOf(['pagi', 'siang', 'sore', 'malam', 'salam', 'morning'])}(?: ${PARTICLE}| semua| all)* $`,
);
const PING = rx(`^(?: p)+(?: ${TRAILING})* $`);

const THANKS = [
  rx(' makasih '),
  rx(' terima kasih '),
  rx(` ${anyOf(['nuwun', 'maturnuwun', 'suwun'])} `),
  rx(` thank${anyOf(['', 's'])} you `),
];

function clausesOf(tokens: string[]): string[] {
  const out: string[] = [];
  let current: string[] = [];
  for (const token of tokens) {
    if (token === CLAUSE) {
      if (current.length > 0) out.push(` ${current.join(' ')} `);
      current = [];
    } else current.push(token);
  }
  if (current.length > 0) out.push(` ${current.join(' ')} `);
  return out;
}

const detectOnce = memoByText(detect);

/** Every intent `text` expresses, in the order of `INTENTS`; none when it expresses none. */
export function detectIntents(text: string): Intent[] {
  // A copy: the remembered list is shared, the caller's is its own.
  return [...detectOnce(text)];
}

function detect(text: string): Intent[] {
  const tokens = normalizeTokens(text);
  const clauses = clausesOf(tokens);
  if (clauses.length === 0) return [];
  const whole = ` ${tokens.filter((t) => t !== CLAUSE).join(' ')} `;
  const found = new Set<Intent>();
  const any = (patterns: RegExp[], clause: string, blockers?: ReadonlySet<string>) =>
    patterns.some((p) => matchesUnblocked(clause, p, blockers));

  for (const clause of clauses) {
    if (any(STOCK, clause)) found.add('stock');
    if (asksPrice(clause)) found.add('price');
    if (namesVariant(clause)) found.add('variant');
    if (asksShippingTime(clause)) found.add('shipping-time');
    if (any(DAMAGED, clause, NOT_A_COMPLAINT)) found.add('damaged');
    if (any(WRONG_ITEM, clause)) found.add('wrong-item');
    if (any(LATE, clause, new Set(['kalau', 'jika', 'sebelum', 'semoga']))) found.add('late');
    if (any(REFUND, clause)) found.add('refund');
    if (any(COD, clause)) found.add('cod');
    if (any(GREETING_ANYWHERE, clause)) found.add('greeting');
    if (any(THANKS, clause)) found.add('thanks');
  }
  if (matchesUnblocked(clauses[0]!, GREETING_OPENING) || matchesUnblocked(whole, PING)) found.add('greeting');
  if (
    matchesUnblocked(whole, RECEIVED) &&
    matchesUnblocked(whole, ORDERED) &&
    matchesUnblocked(whole, CONTRAST)
  )
    found.add('wrong-item');
  // A parcel already late is not a question about when it will ship.
  if (found.has('late')) found.delete('shipping-time');
  return INTENTS.filter((i) => found.has(i));
}
