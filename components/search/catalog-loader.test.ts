import { afterEach, describe, expect, it, vi } from 'vitest';
import { SAMPLE_CATALOG } from '../../lib/catalog/sample';
import type { Product } from '../../lib/catalog/types';
import { encodeProducts } from '../../lib/catalog/wire';
import { backgroundMessenger } from '../../lib/messaging';
import { buildCatalogIndex, loaderFromBackground, loadFromBackground } from './catalog-loader';

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

describe('loadFromBackground when the background restarts mid-load', () => {
  const closed =
    'A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received';

  function fakeBackground(failures: Map<number, number>, error = () => new Error(closed)) {
    const asked: number[] = [];
    vi.spyOn(backgroundMessenger, 'sendMessage').mockImplementation((async (
      _type: string,
      data: { part: number; parts: number },
    ) => {
      asked.push(data.part);
      const left = failures.get(data.part) ?? 0;
      if (left > 0) {
        failures.set(data.part, left - 1);
        throw error();
      }
      const mine = SAMPLE_CATALOG.filter((_, i) => i % data.parts === data.part);
      return { version: 3, productsJson: encodeProducts(mine) };
    }) as never);
    return asked;
  }

  it('asks again for the failed parts only and indexes the whole catalog once', async () => {
    // Parts 3 and 9 fail twice (the worker stopped, then was still starting), the rest answer.
    const asked = fakeBackground(
      new Map([
        [3, 2],
        [9, 2],
      ]),
    );
    const load = loaderFromBackground({ delaysMs: [1, 1, 1] });
    const received: Product[] = [];
    await expect(load((products) => received.push(...products))).resolves.toEqual([3]);
    expect(received.map((p) => p.sku).sort()).toEqual(SAMPLE_CATALOG.map((p) => p.sku).sort());
    const timesAsked = (part: number) => asked.filter((p) => p === part).length;
    expect(timesAsked(3)).toBe(3);
    expect(timesAsked(9)).toBe(3);
    expect(timesAsked(0)).toBe(1);
    expect(performance.getEntriesByName('sigap:catalog-part-retry').length).toBeGreaterThanOrEqual(4);
  });

  it('gives up once a part has failed every retry, and stops the other parts retrying', async () => {
    const asked = fakeBackground(
      new Map([
        [2, 99],
        [5, 1],
      ]),
    );
    const load = loaderFromBackground({ delaysMs: [1, 1] });
    await expect(load(() => {})).rejects.toThrow(closed);
    expect(asked.filter((p) => p === 2)).toHaveLength(3);
  });

  it('does not ask again for what the background refused', async () => {
    const refused = () => Object.assign(new Error('getCatalogPart refused'), { name: 'RefusedError' });
    const asked = fakeBackground(new Map([[0, 1]]), refused);
    await expect(loaderFromBackground({ delaysMs: [1] })(() => {})).rejects.toThrow('refused');
    expect(asked.filter((p) => p === 0)).toHaveLength(1);
  });
});
