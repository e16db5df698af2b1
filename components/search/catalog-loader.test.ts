import { afterEach, describe, expect, it, vi } from 'vitest';
import { SAMPLE_CATALOG } from '../../lib/catalog/sample';
import type { Product } from '../../lib/catalog/types';
import { encodeProducts } from '../../lib/catalog/wire';
import { backgroundMessenger } from '../../lib/messaging';
import { buildCatalogIndex, loadFromBackground } from './catalog-loader';

afterEach(() => {
  vi.restoreAllMocks();
});

const skus = (hits: { product: Product }[]) => hits.map((h) => h.product.sku);

describe('buildCatalogIndex', () => {
  it('indexes every part, in whatever order the parts arrive', async () => {
    const half = Math.floor(SAMPLE_CATALOG.length / 2);
    const index = await buildCatalogIndex(async (onPart) => {
      onPart(SAMPLE_CATALOG.slice(half));
      onPart(SAMPLE_CATALOG.slice(0, half));
      return [7];
    });
    expect(index.size).toBe(SAMPLE_CATALOG.length);
    for (const product of [SAMPLE_CATALOG[0]!, SAMPLE_CATALOG.at(-1)!]) {
      expect(skus(index.search(product.name, 3))).toContain(product.sku);
    }
  });

  it('starts over when the parts came from different catalog versions', async () => {
    const old: Product = { sku: 'OLD-1', name: 'Sandal Lama', price: 1, stock: 1, variants: [] };
    const fresh: Product = { sku: 'NEW-1', name: 'Sandal Baru', price: 2, stock: 1, variants: [] };
    const attempts: number[][] = [
      [1, 2],
      [2, 2],
    ];
    const load = vi.fn(async (onPart: (p: Product[]) => void) => {
      const versions = attempts.shift()!;
      onPart(versions[0] === 1 ? [old] : [fresh]);
      onPart([{ ...fresh, sku: `NEW-${versions[1]}b`, name: 'Sandal Kedua' }]);
      return [...new Set(versions)];
    });
    const index = await buildCatalogIndex(load);
    expect(load).toHaveBeenCalledTimes(2);
    expect(index.size).toBe(2);
    expect(skus(index.search('sandal'))).not.toContain('OLD-1');
  });
});

describe('loadFromBackground', () => {
  it('asks for every part at once and hands each one on decoded', async () => {
    const asked: { part: number; parts: number }[] = [];
    vi.spyOn(backgroundMessenger, 'sendMessage').mockImplementation((async (
      type: string,
      data: { part: number; parts: number },
    ) => {
      expect(type).toBe('getCatalogPart');
      asked.push(data);
      const mine = SAMPLE_CATALOG.filter((_, i) => i % data.parts === data.part);
      return { version: 3, productsJson: encodeProducts(mine) };
    }) as never);
    const received: Product[] = [];
    const versions = await loadFromBackground((products) => received.push(...products));
    expect(versions).toEqual([3]);
    expect(asked.map((a) => a.part).sort((a, b) => a - b)).toEqual([...asked.keys()]);
    expect(new Set(asked.map((a) => a.parts)).size).toBe(1);
    expect(received.map((p) => p.sku).sort()).toEqual(SAMPLE_CATALOG.map((p) => p.sku).sort());
  });
});
