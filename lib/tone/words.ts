// What reads as rude, emotional or blaming in a shop's chat, Indonesian and English, with the
// spellings people actually type: dropped vowels (gblk, bgst), leetspeak (4nj1ng, g0bl0k), stretched
// vowels (anjiiing), suffixes (gobloknya, tololmu) and doubling (anjing2). Whole words only:
// "bangsawan" is not "bangsat", "taiwan" is not "tai", and "kebodohan" (stupidity, the noun) is a
// different word from "bodoh" and is left alone. "dasar" is an ordinary word ("dasar kain"); it is
// an insult only before a word of abuse ("dasar goblok", "dasar pembeli rewel").

export type ToneReason = 'kasar' | 'teriak' | 'tanda-seru' | 'menyalahkan';
export const TONE_REASONS: readonly ToneReason[] = ['kasar', 'teriak', 'tanda-seru', 'menyalahkan'];

/** Indonesian (and Javanese) insults and curses, as typed plainly. */
const RUDE_ID = [
  'anjing',
  'anjir',
  'anjrit',
  'anjay',
  'bangsat',
  'bodoh',
  'bodo',
  'goblok',
  'goblog',
  'tolol',
  'bego',
  'begok',
  'dungu',
  'idiot',
  'sialan',
  'brengsek',
  'bajingan',
  'kampret',
  'keparat',
  'babi',
  'monyet',
  'taik',
  'tai',
  'kontol',
  'memek',
  'ngentot',
  'jancuk',
  'jancok',
  'cok',
  'asu',
  'bacot',
  'bacod',
];

/** Vowel-less and shortened spellings: matched as written (no stretching, no suffixes). */
const RUDE_SHORT = [
  'njing',
  'njir',
  'anjg',
  'ajg',
  'bgst',
  'bgsd',
  'gblk',
  'gblg',
  'tll',
  'kmprt',
  'brgsk',
  'jnck',
];

const RUDE_EN = [
  'stupid',
  'idiot',
  'idiots',
  'dumb',
  'moron',
  'shut up',
  'stfu',
  'wtf',
  'damn',
  'fuck',
  'fucking',
  'shit',
  'bitch',
  'bastard',
  'asshole',
  'screw you',
  'piss off',
];

const LEET: Record<string, string> = { a: '[a4@]', i: '[i1]', o: '[o0]', e: '[e3]', s: '[s5]', u: '[u*]' };
const VOWELS = new Set(['a', 'i', 'u', 'e', 'o']);

/**
 * A word as a pattern body: leetspeak for each letter, vowels stretched ("anjiiing") in words long
 * enough that stretching cannot make an ordinary word ("cok" must not match "cook"), spaces as any
 * run of spaces.
 */
function variants(word: string): string {
  const stretch = word.replace(/ /g, '').length >= 4;
  return [...word]
    .map((c) => {
      if (c === ' ') return '\\s+';
      const cls = LEET[c] ?? c;
      return stretch && VOWELS.has(c) ? `${cls}+` : cls;
    })
    .join('');
}

/** Indonesian suffixes that keep the insult ("gobloknya", "tololmu") and doubling ("anjing2"). */
const ID_SUFFIX = '(?:nya|lah|lu|mu|kau)?2?';

/** Insults and curses, as regular-expression word bodies (matched with word boundaries). */
export const RUDE_WORDS: readonly string[] = [
  ...RUDE_ID.map((w) => `${variants(w)}${ID_SUFFIX}`),
  ...RUDE_SHORT,
  ...RUDE_EN.map(variants),
];

/** Words that are not abuse alone but are after "dasar" ("dasar pembeli rewel"). */
const DASAR_TARGETS = ['rewel', 'bawel', 'pelit', 'miskin', 'norak', 'kampungan', 'lemot', 'ribet', 'aneh'];

/** "dasar" + optional person + a word of abuse: one finding for the whole phrase. */
export const DASAR_INSULT_BODY = `dasar\\s+(?:(?:pembeli|orang|kamu|lu|lo|loe|elo|kau|kakak|customer|buyer)\\s+)?(?:${[
  ...DASAR_TARGETS,
  'ga\\s*jelas',
  'gak\\s*jelas',
  'nggak\\s*jelas',
  ...RUDE_WORDS,
].join('|')})`;

/** Phrases that put the blame on the buyer. */
export const BLAMING_PHRASES: readonly string[] = [
  'salah (kakak|kamu|anda|agan|sista|gan|sis|sendiri)( sendiri)?',
  '(kakak|kamu|anda) (sendiri )?yang salah',
  'makanya (baca|lihat|liat|cek|tanya)',
  'makanya (lain kali|jangan)',
  'baca (dulu |dong |donk )?(deskripsi|deskripsinya|keterangan|keterangannya)',
  'baca (dong|donk)',
  'kok (ga|gak|nggak|tidak|ngga) (baca|ngerti|paham|mengerti)( juga)?',
  'kan (sudah|udah) (di ?bilang|dibilangin|dijelaskan|dijelasin|ditulis|tertulis|ada di deskripsi)',
  'sudah (saya|kami|aku|gue|gw) bilang',
  'udah (dibilang|dibilangin|gue bilang|gw bilang|aku bilang|saya bilang)',
  'jangan (ngeyel|bawel|rewel)',
  'ngeyel',
  'bukan (salah|urusan|masalah) (kami|saya|toko)',
  'your (own )?fault',
  'not our (fault|problem)',
  "(that's|thats|that is) your problem",
  'read the (description|listing)',
  'you should have read',
  'did you (even )?read',
  'i (already|have already) (told|said)',
  'as i (said|told you)',
];

/** Capitalised words that are not shouting: sizes, payment terms, couriers, banks, units, codes. */
export const CAPS_ALLOWED: ReadonlySet<string> = new Set([
  'COD',
  'OKE',
  'XL',
  'XXL',
  'XXXL',
  'XXS',
  'SKU',
  'QRIS',
  'BCA',
  'BRI',
  'BNI',
  'BSI',
  'BTN',
  'OVO',
  'DANA',
  'JNE',
  'JNT',
  'SPX',
  'SICEPAT',
  'ANTERAJA',
  'GOSEND',
  'GRAB',
  'POS',
  'REG',
  'YES',
  'PPN',
  'USB',
  'LED',
  'LCD',
  'HDMI',
  'PDF',
  'FYI',
  'ASAP',
  'SNI',
  'BPOM',
  'PIRT',
  'ORI',
  'KW',
  'PCS',
  'SET',
  'NEW',
  'SALE',
  'FREE',
  'PROMO',
  'READY',
]);
