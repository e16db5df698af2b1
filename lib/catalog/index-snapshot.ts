import type { InvertedIndex } from './inverted-index';
import { type CatalogIndex, CatalogIndexBuilder, searchable } from './search';
import type { Product } from './types';
import { Vocabulary } from './vocabulary';
import { decodeProduct, encodeProduct } from './wire';
import { WordInterner } from './word-interner';

// The search index as the background keeps it between service-worker starts: only typed arrays
// and flat string arrays, so a worker that Chrome stopped answers its first search after reading
// the snapshot instead of rebuilding the index from 50,000 products. The products are their wire
// forms as UTF-8, one after the other, with the byte offset of each: a product is decoded only when
// a search first ranks it, so the snapshot loads without materialising 50,000 objects, and without
// decoding 22 MB of text into a string first (112 ms of a woken worker's first search at 50,000
// products on 2 cores, timed with marks in the worker during tests/bench/catalog-tabs-chromium.bench.ts).

/** Bumped whenever the layout below or the index it restores changes: older snapshots are rebuilt. */
export const SNAPSHOT_FORMAT = 3;

export interface IndexSnapshot {
  format: number;
  /** The catalog version (lib/settings.ts `catalogVersion`) the index was built from. */
  catalogVersion: number;
  docCount: number;
  idf: Float32Array;
  strongStart: Int32Array;
  strongDoc: Int32Array;
  strongWeight: Uint8Array;
  weakStart: Int32Array;
  weakDoc: Int32Array;
  weakWeight: Uint8Array;
  docStart: Int32Array;
  docWord: Int32Array;
  docWeight: Uint8Array;
  words: string[];
  wordHashes: Int32Array;
  wordSlots: Int32Array;
  sorted: Int32Array;
  trigramStart: Int32Array;
  trigramWords: Int32Array;
  /** The wire forms (lib/catalog/wire.ts) of every document's product as UTF-8, one after the other. */
  productText: Uint8Array;
  /** The byte where each document's product starts in `productText`; one more entry for the end. */
  productStart: Int32Array;
}

export interface BuiltIndex {
  index: CatalogIndex;
  snapshot: IndexSnapshot;
}

/** Indexes the catalog and keeps what it takes to load the same index back later. */
export function buildIndexSnapshot(products: readonly Product[], catalogVersion: number): BuiltIndex {
  const builder = new CatalogIndexBuilder();
  builder.add(products);
  const { index, inverted, products: docs } = builder.finishParts();
  return { index, snapshot: toSnapshot(inverted, docs, catalogVersion) };
}

function toSnapshot(
  inverted: InvertedIndex,
  products: readonly Product[],
  catalogVersion: number,
): IndexSnapshot {
  const interner = inverted.interner.tables();
  const vocabulary = inverted.vocabulary.tables();
  return {
    format: SNAPSHOT_FORMAT,
    catalogVersion,
    docCount: inverted.docCount,
    idf: inverted.idf,
    strongStart: inverted.strong.start,
    strongDoc: inverted.strong.doc,
    strongWeight: inverted.strong.weight,
    weakStart: inverted.weak.start,
    weakDoc: inverted.weak.doc,
    weakWeight: inverted.weak.weight,
    docStart: inverted.docStart,
    docWord: inverted.docWord,
    docWeight: inverted.docWeight,
    words: interner.words,
    wordHashes: interner.hashes,
    wordSlots: interner.slots,
    sorted: vocabulary.sorted,
    trigramStart: vocabulary.trigramStart,
    trigramWords: vocabulary.trigramWords,
    ...joinProducts(products),
  };
}

function joinProducts(products: readonly Product[]): { productText: Uint8Array; productStart: Int32Array } {
  const encoder = new TextEncoder();
  const texts = products.map((product) => encoder.encode(encodeProduct(product)));
  const productStart = new Int32Array(texts.length + 1);
  for (let i = 0; i < texts.length; i++) productStart[i + 1] = productStart[i]! + texts[i]!.byteLength;
  const productText = new Uint8Array(productStart[texts.length]!);
  for (let i = 0; i < texts.length; i++) productText.set(texts[i]!, productStart[i]!);
  return { productText, productStart };
}

const TYPED: readonly (keyof IndexSnapshot)[] = [
  'idf',
  'strongStart',
  'strongDoc',
  'strongWeight',
  'weakStart',
  'weakDoc',
  'weakWeight',
  'docStart',
  'docWord',
  'docWeight',
  'wordHashes',
  'wordSlots',
  'sorted',
  'trigramStart',
  'trigramWords',
  'productStart',
  'productText',
];

/**
 * Whether a stored value is a snapshot this code can load: anything else (an older format, a
 * damaged record) is rebuilt from the catalog, never half-trusted.
 */
export function isLoadableSnapshot(value: unknown): value is IndexSnapshot {
  const s = value as Partial<IndexSnapshot> | null;
  if (!s || s.format !== SNAPSHOT_FORMAT || !Number.isInteger(s.docCount)) return false;
  // By tag, not instanceof: a Uint8Array made in another realm (a test runner's VM context) is one too.
  if (!Array.isArray(s.words) || Object.prototype.toString.call(s.productText) !== '[object Uint8Array]')
    return false;
  if (!TYPED.every((key) => ArrayBuffer.isView(s[key]))) return false;
  return (
    s.docStart!.length === s.docCount! + 1 &&
    s.productStart!.length === s.docCount! + 1 &&
    s.productStart![s.docCount!] === s.productText!.length &&
    s.idf!.length === s.words.length
  );
}

export function restoreIndex(snapshot: IndexSnapshot): CatalogIndex {
  const interner = WordInterner.fromTables({
    words: snapshot.words,
    hashes: snapshot.wordHashes,
    slots: snapshot.wordSlots,
  });
  const inverted: InvertedIndex = {
    vocabulary: new Vocabulary(snapshot.words, interner, {
      sorted: snapshot.sorted,
      trigramStart: snapshot.trigramStart,
      trigramWords: snapshot.trigramWords,
    }),
    interner,
    docCount: snapshot.docCount,
    idf: snapshot.idf,
    strong: { start: snapshot.strongStart, doc: snapshot.strongDoc, weight: snapshot.strongWeight },
    weak: { start: snapshot.weakStart, doc: snapshot.weakDoc, weight: snapshot.weakWeight },
    docStart: snapshot.docStart,
    docWord: snapshot.docWord,
    docWeight: snapshot.docWeight,
  };
  const { productText, productStart } = snapshot;
  const decoded: (Product | undefined)[] = new Array(snapshot.docCount);
  const utf8 = new TextDecoder();
  return searchable(inverted, {
    size: snapshot.docCount,
    at: (doc) =>
      (decoded[doc] ??= decodeProduct(
        utf8.decode(productText.subarray(productStart[doc], productStart[doc + 1])),
      )),
  });
}
