// Text normalisation shared by the search index, its queries and highlighting, so that what the
// agent types and what the catalog says meet in the same form: lowercase, no diacritics ("Café" =
// "cafe"), punctuation as a word break, and letters split from digits, so that SKU fragments match
// however they are typed ("SKU-00123" = "sku00123" = "sku 00123", "500ml" = "500 ml").

const DIACRITICS = /[\u0300-\u036f]/g;
const NON_ASCII = /[^ -~]/; // anything outside printable ASCII (control characters are rare and harmless to fold)
/** A run of letters or a run of digits: anything else breaks words, and "30s" is "30" + "s". */
const TOKEN = /[a-z]+|[0-9]+/g;

export function foldText(text: string): string {
  // Most catalog text is plain ASCII; Unicode normalisation is the costly part of indexing, so skip it.
  const lower = text.toLowerCase();
  return NON_ASCII.test(lower) ? lower.normalize('NFKD').replace(DIACRITICS, '') : lower;
}

/** Search tokens of a text, in order, duplicates kept. */
export function tokenize(text: string): string[] {
  return foldText(text).match(TOKEN) ?? [];
}

/**
 * Damerau–Levenshtein (optimal string alignment) distance, giving up above `max`: typos in a
 * search box are single slips (a missing, extra, wrong or swapped letter), so 1–2 edits is the range
 * that matters and the early exit keeps comparisons against thousands of words cheap.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a === b) return 0;
  const n = b.length;
  let prev2 = new Array<number>(n + 1).fill(0);
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  let cur = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, prev2[j - 2]! + 1);
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[n]!;
}
