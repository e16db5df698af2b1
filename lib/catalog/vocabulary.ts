import { editDistance } from './normalize';

// The distinct words of the catalog, and how a typed word expands to them: exactly, as the start of
// a longer word (the agent is still typing: "snek" → "sneakers"), or with a typo ("hitm" → "hitam",
// "snekers" → "sneakers"). Typos are looked up through a trigram index over the *vocabulary*, not the
// products: a catalog of 100k products still has only a few tens of thousands of distinct words, so
// this stays fast however large the catalog grows.

export interface Expansion {
  id: number;
  /** 1 exact, lower for prefixes and typos. */
  quality: number;
}

const EXACT = 1;
const PREFIX_LONG = 0.85;
const PREFIX_SHORT = 0.6;
const TYPO_1 = 0.75;
const TYPO_2 = 0.55;
const PREFIX_TYPO = 0.5;
/** Longer words a complete word may still be the start of (the agent may not have finished typing). */
const MAX_PREFIXES_OF_WORD = 20;
const MAX_PREFIX_EXPANSIONS = 60;
const MAX_EXPANSIONS = 60;

/** Letters a–z are 1–26 and the word boundary is 0: a trigram is a number below 27³. */
const SYMBOLS = 27;
const LETTERS_ONLY = /^[a-z]+$/;
const TRIGRAMS = SYMBOLS ** 3;

function symbolAt(token: string, i: number): number {
  return i < 0 || i >= token.length ? 0 : token.charCodeAt(i) - 96;
}

/** The trigrams of `^token$` as numbers (the token is letters only: numbers get no typo search). */
function trigramsOf(token: string): number[] {
  const out: number[] = [];
  for (let i = -1; i + 2 <= token.length; i++) {
    out.push((symbolAt(token, i) * SYMBOLS + symbolAt(token, i + 1)) * SYMBOLS + symbolAt(token, i + 2));
  }
  return out;
}

/** Index words are letters only or digits only (see normalize.ts); letter words get typo search. */
function hasTrigrams(token: string): boolean {
  return token.length >= 3 && LETTERS_ONLY.test(token);
}

/** Word → id lookup: a Map, or the interner the index was built with (no second table). */
export interface WordIds {
  get(word: string): number | undefined;
}

/** What the constructor derives from the words, kept by a stored index (index-snapshot.ts). */
export interface VocabularyTables {
  sorted: Int32Array;
  trigramStart: Int32Array;
  trigramWords: Int32Array;
}

export class Vocabulary {
  private readonly sorted: Int32Array;
  /** Trigram → words containing it, as compressed rows (two typed arrays instead of a Map of arrays). */
  private readonly trigramStart: Int32Array;
  private readonly trigramWords: Int32Array;
  private readonly shared: Uint16Array;
  private readonly cache = new Map<string, Expansion[]>();

  constructor(
    readonly tokens: readonly string[],
    private readonly ids: WordIds,
    /** Given when the index is loaded back: sorting tens of thousands of words costs ~50 ms. */
    tables?: VocabularyTables,
  ) {
    this.shared = new Uint16Array(tokens.length);
    if (tables) {
      ({ sorted: this.sorted, trigramStart: this.trigramStart, trigramWords: this.trigramWords } = tables);
      return;
    }
    const order = Array.from(tokens.keys());
    order.sort((a, b) => (tokens[a]! < tokens[b]! ? -1 : 1));
    this.sorted = Int32Array.from(order);
    this.trigramStart = new Int32Array(TRIGRAMS + 1);
    tokens.forEach((token) => {
      if (hasTrigrams(token)) for (const tri of trigramsOf(token)) this.trigramStart[tri + 1]!++;
    });
    for (let tri = 0; tri < TRIGRAMS; tri++) this.trigramStart[tri + 1]! += this.trigramStart[tri]!;
    this.trigramWords = new Int32Array(this.trigramStart[TRIGRAMS]!);
    const fill = this.trigramStart.slice(0, TRIGRAMS);
    tokens.forEach((token, id) => {
      if (hasTrigrams(token)) for (const tri of trigramsOf(token)) this.trigramWords[fill[tri]!++] = id;
    });
  }

  tables(): VocabularyTables {
    return { sorted: this.sorted, trigramStart: this.trigramStart, trigramWords: this.trigramWords };
  }

  idOf(token: string): number | undefined {
    return this.ids.get(token);
  }

  /** Expansions of a typed word, best first. Memoised: while typing, the same words come back. */
  expand(word: string): Expansion[] {
    const cached = this.cache.get(word);
    if (cached) return cached;
    const found = new Map<number, number>();
    const put = (id: number, quality: number) => {
      if ((found.get(id) ?? 0) < quality) found.set(id, quality);
    };
    const exact = this.ids.get(word);
    if (exact !== undefined) put(exact, EXACT);
    this.addPrefixes(word, put, exact === undefined ? MAX_PREFIX_EXPANSIONS : MAX_PREFIXES_OF_WORD);
    // A word the catalog knows is taken as typed: looking for typos of it too would multiply the work
    // on every query for the rare case where one real word was mistyped into another.
    if (exact === undefined && word.length >= 4 && hasTrigrams(word)) this.addTypos(word, put);
    const list = [...found]
      .map(([id, quality]) => ({ id, quality }))
      .sort((a, b) => b.quality - a.quality)
      .slice(0, MAX_EXPANSIONS);
    if (this.cache.size > 2000) this.cache.clear();
    this.cache.set(word, list);
    return list;
  }

  private addPrefixes(word: string, put: (id: number, quality: number) => void, max: number): void {
    const quality = word.length >= 3 ? PREFIX_LONG : PREFIX_SHORT;
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.tokens[this.sorted[mid]!]! < word) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo, n = 0; i < this.sorted.length && n < max; i++) {
      const id = this.sorted[i]!;
      const token = this.tokens[id]!;
      if (!token.startsWith(word)) break;
      if (token !== word) {
        put(id, quality);
        n++;
      }
    }
  }

  private addTypos(word: string, put: (id: number, quality: number) => void): void {
    const max = word.length >= 7 ? 2 : 1;
    const touched: number[] = [];
    for (const tri of new Set(trigramsOf(word))) {
      for (let k = this.trigramStart[tri]!, end = this.trigramStart[tri + 1]!; k < end; k++) {
        const id = this.trigramWords[k]!;
        if (this.shared[id] === 0) touched.push(id);
        this.shared[id]!++;
      }
    }
    for (const id of touched) {
      this.shared[id] = 0;
      const token = this.tokens[id]!;
      const d = editDistance(word, token, max);
      if (d === 1) put(id, TYPO_1);
      // editDistance answers max + 1 for "too far": with max 1 that is 2, which is no second typo.
      else if (d === 2 && max >= 2) put(id, TYPO_2);
      else if (token.length > word.length + 1 && editDistance(word, token, 1, word.length) <= 1) {
        put(id, PREFIX_TYPO);
      }
    }
  }
}
