import { describe, expect, it } from 'vitest';
import { generateCatalog, generateQueries } from '../../tests/bench/catalog-data';
import {
  buildIndexSnapshot,
  isLoadableSnapshot,
  productBytesInMemory,
  restoreIndex,
  SNAPSHOT_FORMAT,
} from './index-snapshot';
import { productBytesReadByRange } from './product-bytes.test-support';
import { SAMPLE_CATALOG } from './sample';
import { createCatalogIndex } from './search';
import { blobProductBytes, packSnapshot, unpackSnapshot } from './snapshot-blob';
import type { Product } from './types';

const catalog = generateCatalog(3000);
const queries = [
  ...generateQueries(catalog, 120).map((q) => q.query),
  'hitm',
  'snek',
  '00123',
  'kaos polos L',
  'zzzz',
];

const ranked = (index: ReturnType<typeof createCatalogIndex>, q: string) =>
  index.search(q, 10).map((h) => [h.product.sku, h.score.toFixed(6)]);

describe('stored search index', () => {
  it('loads back (through a structured clone, as IndexedDB stores it) to an index that answers exactly like a fresh one', async () => {
    const fresh = createCatalogIndex(catalog);
    const { index, snapshot, forward, productText } = buildIndexSnapshot(catalog, 42);
    const loaded = restoreIndex(structuredClone(snapshot), {
      products: productBytesInMemory(productText.slice()),
      forward: structuredClone(forward),
    });
    await loaded.loaded;
    expect(loaded.size).toBe(catalog.length);
    expect(snapshot.catalogVersion).toBe(42);
    for (const q of queries) {
      expect(ranked(loaded, q), q).toEqual(ranked(fresh, q));
      expect(ranked(index, q), q).toEqual(ranked(fresh, q));
    }
  });

  it('gives back equal products, decoded only when a search ranks them', () => {
    const { snapshot, forward, productText } = buildIndexSnapshot(SAMPLE_CATALOG, 1);
    const loaded = restoreIndex(structuredClone(snapshot), {
      products: productBytesInMemory(productText),
      forward,
    });
    for (const product of SAMPLE_CATALOG) {
      const hit = loaded.search(product.sku, 5).find((h) => h.product.sku === product.sku);
      expect(hit?.product).toEqual(product);
    }
  });

  it('keeps products with text of several bytes per character apart (offsets count bytes, not characters)', async () => {
    const base = SAMPLE_CATALOG[0]!;
    const named = (sku: string, name: string, description: string): Product => ({
      ...base,
      sku,
      name,
      description,
      variants: [],
    });
    const products = [
      named('KOPI-1', 'Kopi Gayo ☕ 250 g', 'Biji kopi “arabika” — sangrai medium'),
      named('HADIAH-2', 'Paket hadiah 🎁 Lebaran', 'Isi kurma, kue, dan kartu ucapan ✨'),
      named('SAMBAL-3', 'Sambal Bu Rudy pedas', 'Tanpa pengawet'),
      named('KAOS-4', 'Kaos España ñ', 'Katun combed 30s, ukuran S–XL'),
    ];
    const { snapshot, forward, productText } = buildIndexSnapshot(products, 7);
    const unpacked = (await unpackSnapshot(packSnapshot(snapshot))) as typeof snapshot;
    // Both ways a stored index reads its products: one at a time before the whole read is done, and
    // from the whole.
    const bytes = blobProductBytes(new Blob([productText]));
    const early = restoreIndex(unpacked, { products: bytes, forward });
    for (const product of products) {
      await early.prepare([product.sku], 4);
      const hit = early.search(product.sku, 4).find((h) => h.product.sku === product.sku);
      expect(hit?.product).toEqual(product);
    }
    await bytes.loaded;
    const late = restoreIndex(unpacked, { products: bytes, forward });
    for (const product of products) {
      const hit = late.search(product.sku, 4).find((h) => h.product.sku === product.sku);
      expect(hit?.product).toEqual(product);
    }
  });

  it('searches before its products and forward lists are read, reading only the few products each search ranks, and answers the same', async () => {
    const fresh = createCatalogIndex(catalog);
    const { snapshot, forward, productText } = buildIndexSnapshot(catalog, 3);
    const reads: number[] = [];
    const unread = productBytesReadByRange(productText, reads);
    let giveForward: (value: unknown) => void = () => {};
    const loaded = restoreIndex(structuredClone(snapshot), {
      products: unread,
      forward: new Promise((resolve) => {
        giveForward = resolve;
      }),
    });
    expect(() => loaded.search(queries[0]!, 10)).toThrow(/before it was read/);
    for (const q of queries) {
      const before = reads.length;
      await loaded.prepare([q], 10);
      expect(reads.length - before, q).toBeLessThanOrEqual(60);
      expect(ranked(loaded, q), q).toEqual(ranked(fresh, q));
    }
    expect(new Set(reads).size).toBe(reads.length);
    expect(reads.length).toBeLessThan(catalog.length / 2);
    // Once the forward lists are in, common words are scored from them: the same answers.
    giveForward(structuredClone(forward));
    await new Promise((resolve) => setTimeout(resolve));
    for (const q of queries) {
      await loaded.prepare([q], 10);
      expect(ranked(loaded, q), q).toEqual(ranked(fresh, q));
    }
  });

  it('a stored index whose forward lists do not fit fails its load, so it is built again', async () => {
    const { snapshot, forward, productText } = buildIndexSnapshot(SAMPLE_CATALOG, 1);
    const cut = { ...forward, docStart: forward.docStart.slice(1) };
    const loaded = restoreIndex(snapshot, {
      products: productBytesInMemory(productText),
      forward: Promise.resolve(cut),
    });
    await expect(loaded.loaded).rejects.toThrow(/forward lists/);
    const fine = restoreIndex(snapshot, {
      products: productBytesInMemory(productText),
      forward: Promise.resolve(forward),
    });
    await expect(fine.loaded).resolves.toBeUndefined();
  });

  it('refuses what it cannot trust: another format, a damaged record, products of another index, nothing', () => {
    const { snapshot, productText } = buildIndexSnapshot(SAMPLE_CATALOG, 1);
    const size = productText.byteLength;
    expect(isLoadableSnapshot(structuredClone(snapshot), size)).toBe(true);
    expect(isLoadableSnapshot({ ...snapshot, format: SNAPSHOT_FORMAT + 1 }, size)).toBe(false);
    expect(isLoadableSnapshot(snapshot, size - 1)).toBe(false);
    expect(isLoadableSnapshot({ ...snapshot, productStart: snapshot.productStart.slice(1) }, size)).toBe(
      false,
    );
    expect(isLoadableSnapshot({ ...snapshot, strongDoc: [1, 2, 3] }, size)).toBe(false);
    expect(isLoadableSnapshot({ ...snapshot, idf: new Float32Array(2) }, size)).toBe(false);
    expect(isLoadableSnapshot(null, 0)).toBe(false);
    expect(isLoadableSnapshot('index', 0)).toBe(false);
  });

  it('indexes an empty catalog', () => {
    const { snapshot, forward, productText } = buildIndexSnapshot([], 0);
    const loaded = restoreIndex(structuredClone(snapshot), {
      products: productBytesInMemory(productText),
      forward,
    });
    expect(loaded.size).toBe(0);
    expect(loaded.search('kaos')).toEqual([]);
  });
});
