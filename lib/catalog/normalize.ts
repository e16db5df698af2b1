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

/** Three rows of the distance table, reused: a typo lookup compares a typed word with thousands. */
let scratch = new Int32Array(3 * 32);

/**
 * Damerau–Levenshtein (optimal string alignment) distance between `a` and the first `bLength`
 * characters of `b`, giving up above `max`: typos in a search box are single slips (a missing,
 * extra, wrong or swapped letter), so 1–2 edits is the range that matters and the early exit keeps
 * comparisons against thousands of words cheap. It allocates nothing (no rows, no prefix string):
 * at 50,000 products one new typed word compared ~2,000 catalog words, and three arrays per
 * comparison were garbage the keystroke after paid for in a collection (issue 11).
 */
export function editDistance(a: string, b: string, max: number, bLength = b.length): number {
  const n = Math.min(bLength, b.length);
  if (Math.abs(a.length - n) > max) return max + 1;
  if (n === b.length && a === b) return 0;
  if (scratch.length < 3 * (n + 1)) scratch = new Int32Array(6 * (n + 1));
  const rows = scratch;
  const width = n + 1;
  // Row offsets: the row before the previous one, the previous one, the current one.
  let prev2 = 0;
  let prev = width;
  let cur = 2 * width;
  for (let j = 0; j <= n; j++) {
    rows[prev2 + j] = 0;
    rows[prev + j] = j;
  }
  for (let i = 1; i <= a.length; i++) {
    rows[cur] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const cost = ai === b.charCodeAt(j - 1) ? 0 : 1;
      let d = Math.min(rows[prev + j]! + 1, rows[cur + j - 1]! + 1, rows[prev + j - 1]! + cost);
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1))
        d = Math.min(d, rows[prev2 + j - 2]! + 1);
      rows[cur + j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    const spare = prev2;
    prev2 = prev;
    prev = cur;
    cur = spare;
  }
  return rows[prev + n]!;
}
