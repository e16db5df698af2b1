import type { Product } from './types';
import { Vocabulary } from './vocabulary';
import { WordInterner } from './word-interner';

// Word → products (postings) and product → words (forward lists), both in flat typed arrays
// (compressed-row layout): at 100k products that is a few million entries, which as JS objects or
// nested arrays would cost seconds to build and hundreds of MB; as typed arrays it is tens of MB.
// Each entry carries the weight of the field the word came from, so a word in the name counts more
// than the same word in the description. Description words are kept in separate ("weak") postings:
// they are most of the text, so walking them for every query word would dominate the query time,
// yet they rarely identify a product. They still count, through the forward lists, for products that
// other words found, and a word found only in descriptions ("sumbawa") still finds products.

export const FIELD_WEIGHT = {
  name: 1,
  sku: 1,
  variantSku: 0.9,
  variantName: 0.8,
  tags: 0.7,
  category: 0.5,
  description: 0.3,
} as const;

/** Entries weighing less than this (description words) go to the weak postings. */
const WEAK_BELOW = 0.4;

/** A zero-padded number ("00123") also counts as its bare form ("123"), a little less. */
const UNPADDED_FACTOR = 0.9;

/**
 * Every weight an entry can have: each field's, then the same for a word's unpadded form. Entries
 * keep a one-byte code into this table instead of a float: 1 byte instead of 4 for a few million
 * entries, which is what a woken service worker reads back from disk before its first search
 * (lib/catalog/index-snapshot.ts). The scores are the same: the table holds the same float32s.
 */
const FIELD_CODES = Object.keys(FIELD_WEIGHT) as (keyof typeof FIELD_WEIGHT)[];
export const WEIGHTS = Float32Array.from(
  FIELD_CODES.flatMap((field) => [FIELD_WEIGHT[field], FIELD_WEIGHT[field] * UNPADDED_FACTOR]),
);
const codeOf = (field: keyof typeof FIELD_WEIGHT) => 2 * FIELD_CODES.indexOf(field);
/** The code of the same field's weight for an unpadded form. */
const unpadded = (code: number) => code | 1;

export interface Postings {
  start: Int32Array;
  doc: Int32Array;
  /** Each entry's weight, as a code into `WEIGHTS`. */
  weight: Uint8Array;
}

export interface InvertedIndex {
  vocabulary: Vocabulary;
  /** The vocabulary's word → id table (kept by a stored index, index-snapshot.ts). */
  interner: WordInterner;
  docCount: number;
  /** Inverse document frequency of each word: rare words (a SKU number, a brand) decide more. */
  idf: Float32Array;
  /** Postings from names, SKUs, variants, tags and category. */
  strong: Postings;
  /** Postings from descriptions only. */
  weak: Postings;
  /**
   * Product → words. Null while a stored index is still reading them (index-snapshot.ts): the
   * candidate stage then scores common words from their postings instead (candidates.ts).
   */
  forward: ForwardLists | null;
}

/** Each product's words, with the weight of the field each came from (its best, if several). */
export interface ForwardLists {
  docStart: Int32Array;
  docWord: Int32Array;
  /** Each forward entry's weight, as a code into `WEIGHTS`. */
  docWeight: Uint8Array;
}

class GrowableInts {
  data = new Int32Array(1 << 16);
  length = 0;
  push(v: number): void {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }
}

class GrowableBytes {
  data = new Uint8Array(1 << 16);
  length = 0;
  push(v: number): void {
    if (this.length === this.data.length) {
      const next = new Uint8Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }
}

/**
 * Builds the index product by product, so the sidebar can index each part of the catalog as it
 * arrives from the background instead of waiting for all of it (see use-catalog-index.ts).
 */
export class InvertedIndexBuilder {
  private readonly interner = new WordInterner();
  private readonly df: number[] = [];
  // Per word: the last product that had it and where, so repeats within a product are merged in
  // place (this replaced a Map per product, which cost more than everything else in the build).
  private lastDoc = new Int32Array(1 << 14).fill(-1);
  private lastAt = new Int32Array(1 << 14);
  private readonly docStart = new GrowableInts();
  private readonly docWord = new GrowableInts();
  private readonly docWeight = new GrowableBytes();

  get docCount(): number {
    return this.docStart.length;
  }

  /** Adds one product as the next document; returns its document number. */
  add(product: Product): number {
    const doc = this.docStart.length;
    this.docStart.push(this.docWord.length);
    this.doc = doc;
    // Each field with its weight; a word found in several fields keeps its best weight (addWord).
    this.addText(product.name, codeOf('name'));
    this.addText(product.sku, codeOf('sku'));
    for (const variant of product.variants) this.addText(variant.sku, codeOf('variantSku'));
    for (const variant of product.variants) this.addText(variant.name, codeOf('variantName'));
    for (const tag of product.tags ?? []) this.addText(tag, codeOf('tags'));
    this.addText(product.category, codeOf('category'));
    this.addText(product.description, codeOf('description'));
    return doc;
  }

  // The document and weight being added, read by `onWord`: one callback for the whole build instead
  // of a closure per field (fewer allocations while indexing tens of thousands of products).
  private doc = 0;
  /** The weight code of the field being added. */
  private code = 0;

  private addText(text: string | undefined, code: number): void {
    if (!text) return;
    this.code = code;
    this.interner.scan(text, this.onWord);
  }

  private readonly onWord = (id: number, zeroPadded: boolean): void => {
    this.addWord(id, this.code, this.doc);
    // "00123" is also findable as "123": agents drop the leading zeros of SKU numbers.
    if (zeroPadded) {
      const bare = this.interner.internUnpadded(id);
      if (bare >= 0) this.addWord(bare, unpadded(this.code), this.doc);
    }
  };

  private addWord(id: number, code: number, doc: number): void {
    while (id >= this.df.length) {
      this.df.push(0);
      if (id >= this.lastDoc.length) {
        const grownDoc = new Int32Array(id * 2).fill(-1);
        grownDoc.set(this.lastDoc);
        this.lastDoc = grownDoc;
        const grownAt = new Int32Array(id * 2);
        grownAt.set(this.lastAt);
        this.lastAt = grownAt;
      }
    }
    const { docWord, docWeight } = this;
    if (this.lastDoc[id] === doc) {
      const at = this.lastAt[id]!;
      if (WEIGHTS[docWeight.data[at]!]! < WEIGHTS[code]!) docWeight.data[at] = code;
      return;
    }
    this.lastDoc[id] = doc;
    this.lastAt[id] = docWord.length;
    this.df[id]!++;
    docWord.push(id);
    docWeight.push(code);
  }

  finish(): InvertedIndex {
    const n = this.docCount;
    const docStart = new Int32Array(n + 1);
    docStart.set(this.docStart.data.subarray(0, n));
    docStart[n] = this.docWord.length;
    const forward = { start: docStart, word: this.docWord.data, weight: this.docWeight.data };
    const { words: tokens } = this.interner;
    const words = tokens.length;
    // Weights are stored as float32 (0.3 → 0.30000001), hence a threshold between the field weights.
    const { strong, weak } = buildPostings(forward, n, words);
    const idf = Float32Array.from(this.df, (d) => Math.log(1 + n / d));
    return {
      vocabulary: new Vocabulary(tokens, this.interner),
      interner: this.interner,
      docCount: n,
      idf,
      strong,
      weak,
      forward: {
        docStart,
        docWord: this.docWord.data.slice(0, this.docWord.length),
        docWeight: this.docWeight.data.slice(0, this.docWeight.length),
      },
    };
  }
}

/**
 * Inverts the forward lists (product → words) into postings (word → products), strong and weak
 * entries at once: two passes over a couple of million entries instead of four.
 */
function buildPostings(
  forward: { start: Int32Array; word: Int32Array; weight: Uint8Array },
  docCount: number,
  wordCount: number,
): { strong: Postings; weak: Postings } {
  const strongStart = new Int32Array(wordCount + 1);
  const weakStart = new Int32Array(wordCount + 1);
  const end = forward.start[docCount]!;
  const { word, weight } = forward;
  for (let k = 0; k < end; k++) {
    if (WEIGHTS[weight[k]!]! >= WEAK_BELOW) strongStart[word[k]! + 1]!++;
    else weakStart[word[k]! + 1]!++;
  }
  for (let id = 0; id < wordCount; id++) {
    strongStart[id + 1]! += strongStart[id]!;
    weakStart[id + 1]! += weakStart[id]!;
  }
  const strongFill = strongStart.slice(0, wordCount);
  const weakFill = weakStart.slice(0, wordCount);
  const strong = {
    start: strongStart,
    doc: new Int32Array(strongStart[wordCount]!),
    weight: new Uint8Array(strongStart[wordCount]!),
  };
  const weak = {
    start: weakStart,
    doc: new Int32Array(weakStart[wordCount]!),
    weight: new Uint8Array(weakStart[wordCount]!),
  };
  for (let d = 0; d < docCount; d++) {
    for (let k = forward.start[d]!, stop = forward.start[d + 1]!; k < stop; k++) {
      const w = weight[k]!;
      if (WEIGHTS[w]! >= WEAK_BELOW) {
        const at = strongFill[word[k]!]!++;
        strong.doc[at] = d;
        strong.weight[at] = w;
      } else {
        const at = weakFill[word[k]!]!++;
        weak.doc[at] = d;
        weak.weight[at] = w;
      }
    }
  }
  return { strong, weak };
}
