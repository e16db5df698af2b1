import type { ForwardLists, InvertedIndex } from './inverted-index';
import { type CatalogIndex, CatalogIndexBuilder, searchable } from './search';
import type { Product } from './types';
import { Vocabulary } from './vocabulary';
import { decodeProduct, encodeProduct } from './wire';
import { WordInterner } from './word-interner';

// The search index as the background keeps it between service-worker starts: only typed arrays
// and flat string arrays, so a worker that Chrome stopped answers its first search after reading
// the snapshot instead of rebuilding the index from 50,000 products.
//
// Two parts are kept beside the snapshot, not in it, and read after it: the products themselves
// (their wire forms as UTF-8, one after the other), and the forward lists (product → words). At
// 50,000 products they are 22 and 9 MB of the 44 MB a woken worker read before it could search.
// Now it searches once the 13 MB rest is read, while they are still on their way: until the
// products are in, a search reads the bytes of only the few dozen products it ranks
// (`StoredCatalogIndex.prepare`); until the forward lists are, the candidate stage scores common
// words from their postings, to the same scores (candidates.ts). Either way a product is decoded
// only when a search first ranks it.

/** Bumped whenever the layout below or the index it restores changes: older snapshots are rebuilt. */
export const SNAPSHOT_FORMAT = 5;

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
  words: string[];
  wordHashes: Int32Array;
  wordSlots: Int32Array;
  sorted: Int32Array;
  trigramStart: Int32Array;
  trigramWords: Int32Array;
  /** The byte where each document's product starts in the product bytes; one more entry for the end. */
  productStart: Int32Array;
}

export interface BuiltIndex {
  index: CatalogIndex;
  snapshot: IndexSnapshot;
  forward: ForwardLists;
  /** The wire forms (lib/catalog/wire.ts) of every document's product as UTF-8, one after the other. */
  productText: Uint8Array<ArrayBuffer>;
}

/**
 * The products' bytes beside a stored index, as the background has them: perhaps still being read
 * (lib/catalog/snapshot-blob.ts `blobProductBytes`), or in memory (`productBytesInMemory`).
 */
export interface ProductBytes {
  readonly size: number;
  /** All of them once they are read; null until then. */
  whole(): Uint8Array | null;
  /** Settles when the whole read does: a rejection means the stored products cannot be trusted. */
  readonly loaded: Promise<void>;
  /** Some of them, read on their own if need be. */
  range(start: number, end: number): Promise<Uint8Array>;
}

export function productBytesInMemory(bytes: Uint8Array): ProductBytes {
  return {
    size: bytes.byteLength,
    whole: () => bytes,
    loaded: Promise.resolve(),
    range: async (start, end) => bytes.subarray(start, end),
  };
}

/** Indexes the catalog and keeps what it takes to load the same index back later. */
export function buildIndexSnapshot(products: readonly Product[], catalogVersion: number): BuiltIndex {
  const builder = new CatalogIndexBuilder();
  builder.add(products);
  const { index, inverted, products: docs } = builder.finishParts();
  const { productText, productStart } = joinProducts(docs);
  return {
    index,
    snapshot: toSnapshot(inverted, productStart, catalogVersion),
    forward: inverted.forward!,
    productText,
  };
}

function toSnapshot(
  inverted: InvertedIndex,
  productStart: Int32Array,
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
    words: interner.words,
    wordHashes: interner.hashes,
    wordSlots: interner.slots,
    sorted: vocabulary.sorted,
    trigramStart: vocabulary.trigramStart,
    trigramWords: vocabulary.trigramWords,
    productStart,
  };
}

function joinProducts(products: readonly Product[]): {
  productText: Uint8Array<ArrayBuffer>;
  productStart: Int32Array;
} {
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
  'wordHashes',
  'wordSlots',
  'sorted',
  'trigramStart',
  'trigramWords',
  'productStart',
];

/**
 * Whether a stored value is a snapshot this code can load, beside `productBytes` bytes of products:
 * anything else (an older format, a damaged record, products of another index) is rebuilt from the
 * catalog, never half-trusted.
 */
export function isLoadableSnapshot(value: unknown, productBytes: number): value is IndexSnapshot {
  const s = value as Partial<IndexSnapshot> | null;
  if (!s || s.format !== SNAPSHOT_FORMAT || !Number.isInteger(s.docCount)) return false;
  if (!Array.isArray(s.words) || !TYPED.every((key) => ArrayBuffer.isView(s[key]))) return false;
  return (
    s.productStart!.length === s.docCount! + 1 &&
    s.productStart![s.docCount!] === productBytes &&
    s.idf!.length === s.words.length
  );
}

/** Whether `value` is the forward lists of an index of `docCount` documents. */
function isForwardLists(value: unknown, docCount: number): value is ForwardLists {
  const f = value as Partial<ForwardLists> | null;
  // By tag, not instanceof: a typed array made in another realm (a test runner's VM context) is one too.
  const is = (v: unknown, tag: string) => Object.prototype.toString.call(v) === `[object ${tag}]`;
  if (!f || !is(f.docStart, 'Int32Array') || !is(f.docWord, 'Int32Array') || !is(f.docWeight, 'Uint8Array'))
    return false;
  return (
    f.docStart!.length === docCount + 1 &&
    f.docStart![docCount] === f.docWord!.length &&
    f.docWord!.length === f.docWeight!.length
  );
}

/** What a stored index reads after its snapshot: both may still be on their way. */
export interface LaterParts {
  products: ProductBytes;
  /** The forward lists, or their read (unchecked: a wrong value fails `loaded`). */
  forward: ForwardLists | Promise<unknown>;
}

/** A stored index: it searches as soon as it is restored, its later parts being read meanwhile. */
export interface StoredCatalogIndex extends CatalogIndex {
  /** Settles once both later parts are in: a rejection means the stored index cannot be trusted. */
  readonly loaded: Promise<void>;
  /**
   * Resolves once every product that `search(query, limit)` of these queries reads is at hand: at
   * once when all the products are in memory, else after reading the missing ones on their own.
   */
  prepare(queries: readonly string[], limit: number): Promise<void>;
}

export function restoreIndex(snapshot: IndexSnapshot, later: LaterParts): StoredCatalogIndex {
  const { products } = later;
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
    forward: null,
  };
  const forward = Promise.resolve(later.forward).then((value) => {
    if (!isForwardLists(value, snapshot.docCount))
      throw new Error('the stored forward lists do not fit the index');
    inverted.forward = value;
  });
  const { productStart } = snapshot;
  const decoded: (Product | undefined)[] = new Array(snapshot.docCount);
  const utf8 = new TextDecoder();
  const decode = (doc: number, bytes: Uint8Array) => (decoded[doc] ??= decodeProduct(utf8.decode(bytes)));
  const index = searchable(inverted, {
    size: snapshot.docCount,
    at(doc) {
      const known = decoded[doc];
      if (known) return known;
      const whole = products.whole();
      if (!whole) throw new Error(`Sigap: product ${doc} was searched before it was read`);
      return decode(doc, whole.subarray(productStart[doc], productStart[doc + 1]));
    },
  });
  const loaded = Promise.all([forward, products.loaded]).then(() => {});
  // Whoever cares about a failed read (the search service) listens; nobody else is told.
  loaded.catch(() => {});
  return {
    size: index.size,
    search: index.search,
    loaded,
    async prepare(queries, limit) {
      if (products.whole()) return;
      const missing = new Set<number>();
      for (const query of queries)
        for (const doc of index.candidateDocs(query, limit)) if (!decoded[doc]) missing.add(doc);
      await Promise.all(
        [...missing].map(async (doc) =>
          decode(doc, await products.range(productStart[doc]!, productStart[doc + 1]!)),
        ),
      );
    },
  };
}
