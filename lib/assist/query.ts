import { CLAUSE, normalizeWords } from './normalize';
import { STOP_WORDS } from './stop-words';
import { colourName, isVariantToken, VARIANT_UNITS } from './variant-words';

// The catalog search query in a buyer's message: its product words, without what every message
// has. Colours and sizes are left out on purpose: variant.ts matches them against the product found,
// and in a large catalog "hitam" is in a fifth of all variants, which made one search take ~50 ms
// at 50,000 products (against ~1–3 ms for "hijab pashmina ceruty"). The words of asking ("ready",
// "brp", "bisa kirim"), complaining ("rusak", "belum sampai") and chatting ("kak", "saya", "mau")
// name no product either (stop-words.ts).

/** A buyer's message says this much about a product at most; more words only slow the search. */
export const MAX_QUERY_WORDS = 5;

/** The product words of `text`, space-separated ('' when it names no product). */
export function productQuery(text: string): string {
  const normal = normalizeWords(text);
  const tokens = normal.map((n) => n.word);
  const words: string[] = [];
  normal.forEach(({ word: w, spelled }, i) => {
    if (w === CLAUSE || STOP_WORDS.has(w) || colourName(w) !== null) return;
    if (/^\d+$/.test(w) || VARIANT_UNITS.has(w) || isVariantToken(tokens, i)) return;
    if (w.length < 3) return;
    if (!words.includes(spelled)) words.push(spelled);
  });
  return words.slice(0, MAX_QUERY_WORDS).join(' ');
}
