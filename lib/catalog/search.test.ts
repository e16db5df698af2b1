import { generateCatalog, generateQueries } from '../../tests/bench/catalog-data';
import { highlight } from './highlight';
import { SAMPLE_CATALOG } from './sample';
import { createCatalogIndex } from './search';
import type { Product } from './types';

const index = createCatalogIndex([...SAMPLE_CATALOG]);
const top = (query: string, limit = 5) => index.search(query, limit).map((h) => h.product.sku);

describe('createCatalogIndex().search', () => {
  it('finds a product by its words, best first with a score in (0, 1]', () => {
    const hits = index.search('kaos polos');
    expect(hits[0]!.product.sku).toBe('KPC-30S');
    for (const hit of hits) expect(hit.score).toBeGreaterThan(0);
    for (const hit of hits) expect(hit.score).toBeLessThanOrEqual(1);
    for (let i = 1; i < hits.length; i++) expect(hits[i - 1]!.score).toBeGreaterThanOrEqual(hits[i]!.score);
  });

  it('tolerates typos', () => {
    expect(top('kaos polos hitm xl')[0]).toBe('KPC-30S');
    expect(top('snekers pria 42')[0]).toBe('SNK-KNV');
    expect(top('tumblr stainles')[0]).toBe('TMB-SST');
    expect(top('keybord mekanikal')[0]).toBe('KBD-MCH');
  });

  it('finds partial words as the agent types', () => {
    expect(top('snek')[0]).toBe('SNK-KNV');
    expect(top('powerb')[0]).toBe('PWB-10K');
    expect(top('gam sya')[0]).toBe('GMS-WLF');
  });

  it('ignores word order', () => {
    expect(top('polos kaos')[0]).toBe('KPC-30S');
    expect(top('sumbawa madu hutan')[0]).toBe('MDH-HTN');
  });

  it('finds SKUs and SKU fragments, including variant SKUs', () => {
    expect(top('PWB-10K')[0]).toBe('PWB-10K');
    expect(top('pwb10k')[0]).toBe('PWB-10K');
    expect(top('KPC-30S-NVY-XL')[0]).toBe('KPC-30S');
    expect(top('rck 18')[0]).toBe('RCK-18');
  });

  it('finds products by variant names and by description-only words', () => {
    expect(top('lipstik rosy pink')[0]).toBe('LPS-MTT');
    expect(top('switch brown')[0]).toBe('KBD-MCH');
    expect(top('whitecast')[0]).toBe('SNS-50');
  });

  it('folds case and accents', () => {
    const cafe: Product = { sku: 'CFL-10', name: 'Café Latte Sachet', price: 45000, stock: 3, variants: [] };
    const withCafe = createCatalogIndex([...SAMPLE_CATALOG, cafe]);
    expect(withCafe.search('CAFE latte')[0]!.product.sku).toBe('CFL-10');
  });

  it('returns nothing for an empty or unmatched query, and respects the limit', () => {
    expect(index.search('')).toEqual([]);
    expect(index.search('  --  ')).toEqual([]);
    expect(index.search('zzqxv')).toEqual([]);
    expect(index.search('a', 3).length).toBeLessThanOrEqual(3);
    expect(index.search('kaos', 0)).toEqual([]);
  });

  it('works on an empty catalog', () => {
    expect(createCatalogIndex([]).search('kaos')).toEqual([]);
  });

  it('finds the right product for generated queries on a generated catalog (typos, cuts, order, SKUs, variants)', () => {
    const products = generateCatalog(3000, 1);
    const queries = generateQueries(products, 120, 3);
    const generated = createCatalogIndex(products);
    let first = 0;
    let inTop5 = 0;
    for (const { query, sku } of queries) {
      const rank = generated.search(query, 5).findIndex((h) => h.product.sku === sku);
      if (rank === 0) first++;
      if (rank >= 0) inTop5++;
    }
    expect(queries.length).toBe(120);
    expect(first / queries.length).toBeGreaterThanOrEqual(0.93);
    expect(inTop5 / queries.length).toBeGreaterThanOrEqual(0.97);
  });
});

describe('highlight', () => {
  it('marks whole words, prefixes and typo-matched words on the original text', () => {
    const text = 'Kaos Polos Cotton Combed 30s';
    const marked = (query: string) => highlight(text, query).map((r) => text.slice(r.start, r.end));
    expect(marked('kaos polos')).toEqual(['Kaos', 'Polos']);
    expect(marked('pol')).toEqual(['Pol']);
    expect(marked('combd 30')).toEqual(['Combed', '30']);
    expect(marked('xyz')).toEqual([]);
  });

  it('keeps accents inside the range and marks SKU fragments', () => {
    expect(highlight('Café Latte', 'cafe')).toEqual([{ start: 0, end: 4 }]);
    const sku = 'SKU-00123-HTM';
    expect(highlight(sku, 'sku00123').map((r) => sku.slice(r.start, r.end))).toEqual(['SKU', '00123']);
  });

  it('returns no ranges for an empty query', () => {
    expect(highlight('Kaos', '')).toEqual([]);
  });
});
