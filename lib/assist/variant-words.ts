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

/** Every colour word a buyer may write, squeezed. */
export const COLOURS: readonly string[] = [...colourOf.keys()];

/** The one name of a colour word ("black" → "hitam"), or null when `word` is not a colour. */
export function colourName(word: string): string | null {
  return colourOf.get(word) ?? null;
}

/** Letter sizes; "xxl" and "xxxl" are squeezed to "xl" (with the count as a number before it). */
const LETTER_SIZES = new Set(['xs', 's', 'm', 'l', 'xl']);
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
  if (w === 'xl' || w === 'xs') return true;
  if (LETTER_SIZES.has(w))
    return words.length === 1 || SIZE_CUES.has(prev) || nearColour || /^\d+$/.test(prev);
  if (!/^\d+$/.test(w)) return false;
  if (/^0\d$/.test(w)) return true; // lipstick shades and such: "01", "02"
  if (VARIANT_UNITS.has(next)) return true;
  if (nearColour) return true;
  if (prev === 'yang') return w.length === 2;
  // After a verb a number is a quantity ("pesan 3"); after these it is a size ("ukuran 32", "no 41").
  return prev === 'ukuran' || prev === 'size' || prev === 'no' || prev === 'nomor';
}
