import { GLUED_WORDS, PARTICLES, SLANG } from './lexicon';
import { memoByText } from './memo';

// Buyer text in one canonical form, so the intent rules (intents.ts) and the product query
// (query.ts) see "rusaaak", "rusak", "RUSAK!!"; "blm nyampe2", "belum sampai"; "readykak", "ready
// kak" alike. Steps, in order:
//   1. lower case, diacritics and apostrophes dropped ("Assalamu'alaikum" → "assalamualaikum");
//   2. reduplication written with a 2 or a hyphen is one word ("sampe2", "abu-abu" → "sampe", "abu");
//   3. clause ends (? ! . , ; new line) become a "|" token, so a rule can tell "ukuran L ada?" from
//      "ada" in the middle of another sentence; a dot between digits ("1.5 liter") is not one;
//   4. anything else that is not a letter or digit (emoji, symbols) separates words, and letters are
//      split from digits ("uk42" → "uk 42", "2pcs" → "2 pcs");
//   5. runs of one letter are squeezed to one (sizes keep theirs: "xxl", and "3xl" is "xxxl") ("rusaaak" → "rusak", "makasiii" → "makasi"). The
//      lexicon and the rules are squeezed the same way, so "maaf" and "maf" meet; no two rule words
//      differ only by a doubled letter;
//   6. slang is mapped to one spelling ("brp" → "berapa", "ga"/"gak"/"nggak" → "tidak");
//   7. words glued together without a space ("readykak", "bisacod", "masihada") are split when they
//      are made entirely of known words, and "-nya" is split off ("warnanya" → "warna nya").

export const CLAUSE = '|';

/** Squeezes runs of the same letter to one: the normal form of every word Sigap compares. */
export function squeeze(word: string): string {
  return word.replace(/([a-z])\1+/g, '$1');
}

const squeezedSlang = new Map<string, string>();
for (const [from, to] of Object.entries(SLANG)) squeezedSlang.set(squeeze(from), squeeze(to));
/** Words a token may be on its own; slang spellings included. */
const known = new Set<string>([
  ...squeezedSlang.keys(),
  ...[...squeezedSlang.values()].flatMap((v) => v.split(' ')),
  ...GLUED_WORDS.map(squeeze),
  ...PARTICLES.map(squeeze),
]);
/**
 * Words a glued token may be cut into. Three letters at least: "masuk" must not become "mas" +
 * "uk" (ukuran), nor "minta" "min" + "ta".
 */
const pieces = new Set([...known].filter((w) => w.length >= 3));

function canonical(word: string): string[] {
  const mapped = squeezedSlang.get(word);
  return mapped ? mapped.split(' ') : [word];
}

/** Splits a word made only of known pieces (longest head first), or returns null. At most 3 parts. */
function segment(word: string, parts = 0): string[] | null {
  if (pieces.has(word)) return [word];
  if (parts >= 2) return null;
  for (let cut = word.length - 3; cut >= 3; cut--) {
    const head = word.slice(0, cut);
    if (!pieces.has(head)) continue;
    const rest = segment(word.slice(cut), parts + 1);
    if (rest) return [head, ...rest];
  }
  return null;
}

/** One raw (lower-case, unsqueezed) word → canonical words. */
function splitWord(raw: string): string[] {
  if (/\d/.test(raw)) return [raw];
  // Sizes keep their x's: squeezed, "xxl" would be "xl".
  if (/^x+[sl]$/.test(raw)) return [raw];
  const word = squeeze(raw);
  if (known.has(word)) return canonical(word);
  // "-nya" before squeezing: "ukurannya" is "ukuran" + "nya", squeezed it would be "ukuranya".
  if (raw.length > 5 && raw.endsWith('nya')) return [...splitWord(raw.slice(0, -3)), 'nya'];
  const parts = segment(word);
  return parts ? parts.flatMap(canonical) : canonical(word);
}

function foldCase(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’‘`]/g, '');
}

export interface NormalWord {
  /** The canonical, squeezed word the rules compare. */
  word: string;
  /**
   * The word as the buyer spelled it when it is their own word (a product word the lexicon does
   * not know), with only stretched runs (3+ letters) cut: "babydoll" stays "babydoll" for the
   * catalog search, whose index keeps the catalog's spelling.
   */
  spelled: string;
}

/**
 * The buyer's text as canonical words, clause ends as "|" (never two in a row, none at the ends).
 * The result is shared between callers (memoised): read it, do not change it.
 */
export const normalizeWords: (text: string) => readonly NormalWord[] = memoByText(normalizeWordsOnce);

function normalizeWordsOnce(text: string): NormalWord[] {
  const folded = foldCase(text)
    .replace(/([a-z]{2,})2(?![0-9])/g, '$1')
    .replace(/([a-z]+)-\1\b/g, '$1')
    .replace(/(\d)[.,](\d)/g, '$1 $2')
    .replace(/\b([2-5])x([sl])\b/g, (_, n: string, size: string) => `${'x'.repeat(Number(n))}${size}`)
    .replace(/[?!.,;\n\r]+/g, ` ${CLAUSE} `)
    .replace(/[^a-z0-9|]+/g, ' ')
    .replace(/([a-z])(\d)/g, '$1 $2')
    .replace(/(\d)([a-z])/g, '$1 $2');
  const out: NormalWord[] = [];
  for (const raw of folded.split(' ')) {
    if (!raw) continue;
    if (raw === CLAUSE) {
      if (out.length > 0 && out[out.length - 1]!.word !== CLAUSE) out.push({ word: CLAUSE, spelled: CLAUSE });
      continue;
    }
    const words = splitWord(raw);
    const own = words.length === 1 && words[0] === squeeze(raw);
    for (const word of words) out.push({ word, spelled: own ? raw.replace(/([a-z])\1{2,}/g, '$1') : word });
  }
  while (out[out.length - 1]?.word === CLAUSE) out.pop();
  return out;
}

/** The buyer's text as canonical tokens, clause ends as "|" (never two in a row, none at the ends). */
export function normalizeTokens(text: string): string[] {
  return normalizeWords(text).map((w) => w.word);
}

/** Tokens joined by single spaces, with a space at both ends, for word-bounded rules. */
export function normalizeText(text: string): string {
  return ` ${normalizeTokens(text).join(' ')} `;
}
