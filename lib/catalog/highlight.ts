import { editDistance, foldText } from './normalize';

// Where to highlight the words the agent typed in a product's name or SKU. Word-based and forgiving
// in the same ways as the search (prefix, one or two typos, letters vs digits), and computed on the
// original text so the ranges fall on what the user sees, accents and punctuation included.

export interface MatchRange {
  start: number;
  /** Exclusive. */
  end: number;
}

const TOKEN = /[\p{L}\p{M}]+|\p{N}+/gu;

/** Ranges of `text` matching words of `query`, sorted and non-overlapping. */
export function highlight(text: string, query: string): MatchRange[] {
  const words = [...new Set(foldText(query).match(/[a-z]+|[0-9]+/g) ?? [])];
  if (words.length === 0) return [];
  const ranges: MatchRange[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const token = foldText(m[0]);
    let length = 0;
    for (const word of words) length = Math.max(length, matchLength(token, word));
    if (length > 0) {
      // The matched part of the folded token maps back through the original: folding removes only
      // combining marks, so count original characters until enough letters have been consumed.
      ranges.push({ start: m.index, end: m.index + originalLength(m[0], length) });
    }
  }
  return ranges;
}

/** How much of `token` (folded) `word` matches: all of it, its start (prefix), or nothing. */
function matchLength(token: string, word: string): number {
  if (token === word) return token.length;
  if (token.startsWith(word)) return word.length;
  if (/^[0-9]+$/.test(word) || word.length < 4) return 0;
  const max = word.length >= 7 ? 2 : 1;
  if (editDistance(word, token, max) <= max) return token.length;
  if (token.length > word.length && editDistance(word, token, 1, word.length) <= 1) return word.length;
  return 0;
}

function originalLength(original: string, foldedLength: number): number {
  let consumed = 0;
  let i = 0;
  for (const ch of original) {
    if (consumed >= foldedLength) break;
    consumed += foldText(ch).length;
    i += ch.length;
  }
  // Trailing combining marks belong to the last highlighted letter.
  while (i < original.length && /\p{M}/u.test(original[i]!)) i++;
  return i;
}
