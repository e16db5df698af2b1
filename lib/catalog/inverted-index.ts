import { isNumeric, tokenize } from './normalize';
import type { Product } from './types';
import { Vocabulary } from './vocabulary';

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

export interface Postings {
  start: Int32Array;
  doc: Int32Array;
  weight: Float32Array;
}

export interface InvertedIndex {
  vocabulary: Vocabulary;
  docCount: number;
  /** Inverse document frequency of each word: rare words (a SKU number, a brand) decide more. */
  idf: Float32Array;
  /** Postings from names, SKUs, variants, tags and category. */
  strong: Postings;
  /** Postings from descriptions only. */
  weak: Postings;
  docStart: Int32Array;
  docWord: Int32Array;
  docWeight: Float32Array;
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

class GrowableFloats {
  data = new Float32Array(1 << 16);
  length = 0;
  push(v: number): void {
    if (this.length === this.data.length) {
      const next = new Float32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }
}

/** The fields of a product with their weights, strongest first (a word keeps its best weight). */
function productFields(product: Product): [text: string | undefined, weight: number][] {
  const fields: [string | undefined, number][] = [
    [product.name, FIELD_WEIGHT.name],
    [product.sku, FIELD_WEIGHT.sku],
  ];
  for (const variant of product.variants) fields.push([variant.sku, FIELD_WEIGHT.variantSku]);
  for (const variant of product.variants) fields.push([variant.name, FIELD_WEIGHT.variantName]);
  for (const tag of product.tags ?? []) fields.push([tag, FIELD_WEIGHT.tags]);
  fields.push([product.category, FIELD_WEIGHT.category], [product.description, FIELD_WEIGHT.description]);
  return fields;
}

export function buildInvertedIndex(products: readonly Product[]): InvertedIndex {
  const ids = new Map<string, number>();
  const tokens: string[] = [];
  const df: number[] = [];
  // Per word: the last product that had it and where, so repeats within a product are merged in
  // place (this replaced a Map per product, which cost more than everything else in the build).
  let lastDoc = new Int32Array(1 << 14).fill(-1);
  let lastAt = new Int32Array(1 << 14);
  const docStart = new Int32Array(products.length + 1);
  const docWord = new GrowableInts();
  const docWeight = new GrowableFloats();

  const addWord = (word: string, weight: number, doc: number) => {
    let id = ids.get(word);
    if (id === undefined) {
      id = tokens.length;
      ids.set(word, id);
      tokens.push(word);
      df.push(0);
      if (id === lastDoc.length) {
        const grownDoc = new Int32Array(id * 2).fill(-1);
        grownDoc.set(lastDoc);
        lastDoc = grownDoc;
        const grownAt = new Int32Array(id * 2);
        grownAt.set(lastAt);
        lastAt = grownAt;
      }
    }
    if (lastDoc[id] === doc) {
      const at = lastAt[id]!;
      if (docWeight.data[at]! < weight) docWeight.data[at] = weight;
      return;
    }
    lastDoc[id] = doc;
    lastAt[id] = docWord.length;
    df[id]!++;
    docWord.push(id);
    docWeight.push(weight);
  };

  products.forEach((product, doc) => {
    docStart[doc] = docWord.length;
    for (const [text, weight] of productFields(product)) {
      if (!text) continue;
      for (const word of tokenize(text)) {
        addWord(word, weight, doc);
        // "00123" is also findable as "123": agents drop the leading zeros of SKU numbers.
        if (word.charCodeAt(0) === 48 && isNumeric(word)) {
          const bare = word.replace(/^0+/, '');
          if (bare) addWord(bare, weight * 0.9, doc);
        }
      }
    }
  });
  docStart[products.length] = docWord.length;

  const forward = { start: docStart, word: docWord.data, weight: docWeight.data };
  // Weights are stored as float32 (0.3 → 0.30000001), hence a threshold between the field weights.
  const strong = buildPostings(forward, products.length, tokens.length, (w) => w >= WEAK_BELOW);
  const weak = buildPostings(forward, products.length, tokens.length, (w) => w < WEAK_BELOW);
  const n = products.length;
  const idf = Float32Array.from(df, (d) => Math.log(1 + n / d));
  return {
    vocabulary: new Vocabulary(tokens, ids),
    docCount: n,
    idf,
    strong,
    weak,
    docStart,
    docWord: docWord.data.slice(0, docWord.length),
    docWeight: docWeight.data.slice(0, docWeight.length),
  };
}

/** Inverts the forward lists (product → words) into postings (word → products), for some entries. */
function buildPostings(
  forward: { start: Int32Array; word: Int32Array; weight: Float32Array },
  docCount: number,
  wordCount: number,
  keep: (weight: number) => boolean,
): Postings {
  const start = new Int32Array(wordCount + 1);
  const end = forward.start[docCount]!;
  for (let k = 0; k < end; k++) if (keep(forward.weight[k]!)) start[forward.word[k]! + 1]!++;
  for (let id = 0; id < wordCount; id++) start[id + 1]! += start[id]!;
  const fill = start.slice(0, wordCount);
  const doc = new Int32Array(start[wordCount]!);
  const weight = new Float32Array(start[wordCount]!);
  for (let d = 0; d < docCount; d++) {
    for (let k = forward.start[d]!; k < forward.start[d + 1]!; k++) {
      const w = forward.weight[k]!;
      if (!keep(w)) continue;
      const at = fill[forward.word[k]!]!++;
      doc[at] = d;
      weight[at] = w;
    }
  }
  return { start, doc, weight };
}
