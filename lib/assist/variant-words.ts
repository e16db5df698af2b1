import { squeeze } from './normalize';

// The words of colours, sizes and amounts, in normalised (squeezed) form: what makes a message name
// a variant (intents.ts) and what picks one of a product's variants (variant.ts).

/** Colour words → one name per colour, so "black" finds "Hitam" and "coklat" finds "Cokelat". */
const COLOUR_NAMES: Record<string, string> = {
  hitam: 'hitam',
  black: 'hitam',
  putih: 'putih',
  white: 'putih',
  offwhite: 'putih',
  navy: 'navy',
  dongker: 'navy',
  abu: 'abu',
  grey: 'abu',
  gray: 'abu',
  misty: 'misty',
  merah: 'merah',
  red: 'merah',
  maroon: 'maroon',
  marun: 'maroon',
  burgundy: 'maroon',
  cokelat: 'cokelat',
  brown: 'cokelat',
  krem: 'krem',
  beige: 'krem',
  hijau: 'hijau',
  green: 'hijau',
  army: 'army',
  olive: 'olive',
  biru: 'biru',
  blue: 'biru',
  pink: 'pink',
  dusty: 'dusty',
  mocca: 'mocca',
  sage: 'sage',
  ungu: 'ungu',
  purple: 'ungu',
  lilac: 'lilac',
  lavender: 'lilac',
  kuning: 'kuning',
  yellow: 'kuning',
  oranye: 'oranye',
  orange: 'oranye',
  tosca: 'tosca',
  salem: 'salem',
  peach: 'salem',
  nude: 'nude',
  silver: 'silver',
  gold: 'gold',
  emas: 'gold',
  denim: 'denim',
  khaki: 'khaki',
  mint: 'mint',
  rosy: 'rosy',
};

const colourOf = new Map<string, string>(
  Object.entries(COLOUR_NAMES).map(([k, v]) => [squeeze(k), squeeze(v)]),
);

/** Squeezed colour name → its spelling ("moca" → "mocca"), for showing the buyer's word back. */
const spelled = new Map<string, string>(Object.values(COLOUR_NAMES).map((v) => [squeeze(v), v]));

/** The colour as people write it, capitalised ("moca" → "Mocca"); null when not a colour. */
export function colourLabel(word: string): string | null {
  const name = colourOf.get(word);
  if (!name) return null;
  const text = spelled.get(name) ?? name;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Every colour word a buyer may write, squeezed. */
export const COLOURS: readonly string[] = [...colourOf.keys()];

/** The one name of a colour word ("black" → "hitam"), or null when `word` is not a colour. */
export function colourName(word: string): string | null {
  return colourOf.get(word) ?? null;
}

/** One-letter sizes; "xl", "xxl", "xs"… (kept unsqueezed by the normaliser) are sizes anywhere. */
const LETTER_SIZES = new Set(['s', 'm', 'l']);
/** One-letter sizes are also words and units ("m" for metre): they count only after these. */
const SIZE_CUES = new Set(
  [
    'ukuran',
    'size',
    'yang',
    'ambil',
    'pesan',
    'order',
    'datang',
    'dapat',
    'kirim',
    'dikirim',
    'no',
    'nomor',
  ].map(squeeze),
);
/** Units after a number that make it a variant ("500 gr", "2 m", "12 watt"); "cm" measures instead. */
export const VARIANT_UNITS = new Set(
  [
    'gr',
    'gram',
    'kg',
    'ml',
    'l',
    'liter',
    'litre',
    'ltr',
    'm',
    'meter',
    'inch',
    'inci',
    'watt',
    'w',
    'mah',
  ].map(squeeze),
);

/** True when `words[i]` names a size, an amount or a variant code in its context. */
export function isVariantToken(words: readonly string[], i: number): boolean {
  const w = words[i]!;
  const prev = words[i - 1] ?? '';
  const next = words[i + 1] ?? '';
  const nearColour = colourOf.has(prev) || colourOf.has(next);
  if (/^x+[sl]$/.test(w)) return true;
  if (LETTER_SIZES.has(w))
    return words.length === 1 || SIZE_CUES.has(prev) || nearColour || /^\d+$/.test(prev);
  if (!/^\d+$/.test(w)) return false;
  // "1.5 liter" (read as "1 5 liter") is the product's own size ("Blender Kaca 1.5 Liter"), not a
  // choice among its variants.
  if (/^\d+$/.test(prev) || /^\d+$/.test(next)) return false;
  if (/^0\d$/.test(w)) return true; // lipstick shades and such: "01", "02"
  if (VARIANT_UNITS.has(next)) return true;
  if (nearColour) return true;
  if (prev === 'yang') return w.length === 2;
  // After a verb a number is a quantity ("pesan 3"); after these it is a size ("ukuran 32", "no 41").
  return prev === 'ukuran' || prev === 'size' || prev === 'no' || prev === 'nomor';
}
