import { describe, expect, it, vi } from 'vitest';
import type { IndexSnapshot } from '../catalog/index-snapshot';
import { SAMPLE_CATALOG } from '../catalog/sample';
import type { Product } from '../catalog/types';
import {
  createCatalogSearchService,
  type IndexOrigin,
  type SearchServiceSources,
} from './catalog-search-service';

/** A background's world: the catalog, its version, and the stored index, which outlive a worker. */
function world(products: Product[] = [...SAMPLE_CATALOG]) {
  const state = { products, version: 1, stored: null as unknown };
  const sources = {
    catalogVersion: vi.fn(async () => state.version),
    readProducts: vi.fn(async () => state.products),
    readStored: vi.fn(async () => (state.stored ? structuredClone(state.stored) : null)),
    writeStored: vi.fn(async (snapshot: IndexSnapshot) => {
      state.stored = structuredClone(snapshot);
    }),
    warn: vi.fn(),
  } satisfies SearchServiceSources;
  const origins: IndexOrigin[] = [];
  const start = (over: Partial<SearchServiceSources> = {}) =>
    createCatalogSearchService({ ...sources, ...over }, (origin) => origins.push(origin));
  return { state, sources, origins, start };
}

const skus = (answer: { results: { product: Product }[][] }) =>
  answer.results.map((hits) => hits.map((h) => h.product.sku));

describe('the background catalog search', () => {
  it('builds the index once for every request, concurrent ones included', async () => {
    const { sources, origins, start } = world();
    const service = start();
    const answers = await Promise.all([
      service.status(),
      service.search(['pashmina'], 5),
      service.search(['sneakers putih', 'kaos'], 5),
    ]);
    expect(sources.readProducts).toHaveBeenCalledTimes(1);
    expect(origins).toEqual(['built']);
    expect(answers[0]).toEqual({ version: 1, count: SAMPLE_CATALOG.length });
    expect(skus(answers[2]).length).toBe(2);
    expect(answers[1].results[0]![0]!.product.name).toMatch(/Pashmina/i);
  });

  it('after a worker restart, loads the stored index instead of reading the catalog, and answers the same', async () => {
    const { sources, origins, start } = world();
    const first = await start().search(['pashmina', 'hitm', 'HJB'], 10);
    await vi.waitFor(() => expect(sources.writeStored).toHaveBeenCalledTimes(1));
    const restarted = start();
    const again = await restarted.search(['pashmina', 'hitm', 'HJB'], 10);
    expect(origins).toEqual(['built', 'stored']);
    expect(sources.readProducts).toHaveBeenCalledTimes(1);
    expect(again).toEqual(first);
  });

  it('rebuilds when the stored index is of another catalog version, or unreadable', async () => {
    const { state, origins, start } = world();
    await start().status();
    await vi.waitFor(() => expect(state.stored).not.toBeNull());
    state.version = 2;
    await start().status();
    state.stored = { format: 1, docCount: 'lots' };
    await start().status();
    expect(origins).toEqual(['built', 'built', 'built']);
  });

  it('follows a catalog change: the next search answers from the new catalog, tagged with its version', async () => {
    const { state, start } = world();
    const service = start();
    expect(skus(await service.search(['gamis'], 5))[0]!.length).toBeGreaterThan(0);
    state.products = [{ sku: 'NEW-1', name: 'Tas Anyaman Rotan', price: 90000, stock: 3, variants: [] }];
    state.version = 7;
    service.catalogChanged(7);
    const answer = await service.search(['gamis', 'rotan'], 5);
    expect(answer.version).toBe(7);
    expect(answer.count).toBe(1);
    expect(skus(answer)).toEqual([[], ['NEW-1']]);
  });

  it('a failed catalog read fails that request only; the next one tries again', async () => {
    const { sources, start } = world();
    sources.readProducts.mockRejectedValueOnce(new Error('DatabaseClosedError'));
    const service = start();
    await expect(service.status()).rejects.toThrow('DatabaseClosedError');
    await expect(service.status()).resolves.toEqual({ version: 1, count: SAMPLE_CATALOG.length });
  });

  it('a stored index that cannot be read or written costs a rebuild and a warning, never an answer', async () => {
    const { sources, start } = world();
    const service = start({
      readStored: async () => {
        throw new Error('QuotaExceededError');
      },
      writeStored: async () => {
        throw new Error('QuotaExceededError');
      },
    });
    expect((await service.status()).count).toBe(SAMPLE_CATALOG.length);
    await vi.waitFor(() => expect(sources.warn).toHaveBeenCalledTimes(2));
  });
});
