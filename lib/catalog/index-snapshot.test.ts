import { describe, expect, it } from 'vitest';
import { generateCatalog, generateQueries } from '../../tests/bench/catalog-data';
import { buildIndexSnapshot, isLoadableSnapshot, restoreIndex, SNAPSHOT_FORMAT } from './index-snapshot';
import { SAMPLE_CATALOG } from './sample';
import { createCatalogIndex } from './search';
import { packSnapshot, unpackSnapshot } from './snapshot-blob';
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
  it('loads back (through a structured clone, as IndexedDB stores it) to an index that answers exactly like a fresh one', () => {
    const fresh = createCatalogIndex(catalog);
    const { index, snapshot } = buildIndexSnapshot(catalog, 42);
    const loaded = restoreIndex(structuredClone(snapshot));
    expect(loaded.size).toBe(catalog.length);
    expect(snapshot.catalogVersion).toBe(42);
    for (const q of queries) {
      expect(ranked(loaded, q), q).toEqual(ranked(fresh, q));
      expect(ranked(index, q), q).toEqual(ranked(fresh, q));
    }
  });

  it('gives back equal products, decoded only when a search ranks them', () => {
    const { snapshot } = buildIndexSnapshot(SAMPLE_CATALOG, 1);
    const loaded = restoreIndex(structuredClone(snapshot));
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
    const { snapshot } = buildIndexSnapshot(products, 7);
    const loaded = restoreIndex((await unpackSnapshot(packSnapshot(snapshot))) as typeof snapshot);
    for (const product of products) {
      const hit = loaded.search(product.sku, 4).find((h) => h.product.sku === product.sku);
      expect(hit?.product).toEqual(product);
    }
  });

  it('refuses what it cannot trust: another format, a damaged record, nothing', () => {
    const { snapshot } = buildIndexSnapshot(SAMPLE_CATALOG, 1);
    expect(isLoadableSnapshot(structuredClone(snapshot))).toBe(true);
    expect(isLoadableSnapshot({ ...snapshot, format: SNAPSHOT_FORMAT + 1 })).toBe(false);
    expect(isLoadableSnapshot({ ...snapshot, productText: snapshot.productText.slice(1) })).toBe(false);
    // The products as one string: the layout of format 2, whose offsets counted characters.
    const asText = new TextDecoder().decode(snapshot.productText);
    expect(isLoadableSnapshot({ ...snapshot, productText: asText })).toBe(false);
    expect(isLoadableSnapshot({ ...snapshot, productStart: snapshot.productStart.slice(1) })).toBe(false);
    expect(isLoadableSnapshot({ ...snapshot, docWord: [1, 2, 3] })).toBe(false);
    expect(isLoadableSnapshot({ ...snapshot, docStart: new Int32Array(2) })).toBe(false);
    expect(isLoadableSnapshot(null)).toBe(false);
    expect(isLoadableSnapshot('index')).toBe(false);
  });

  it('indexes an empty catalog', () => {
    const loaded = restoreIndex(structuredClone(buildIndexSnapshot([], 0).snapshot));
    expect(loaded.size).toBe(0);
    expect(loaded.search('kaos')).toEqual([]);
  });
});
