import { describe, expect, it, vi } from 'vitest';
import { type BuiltIndex, type ProductBytes, productBytesInMemory } from '../catalog/index-snapshot';
import { productBytesReadByRange } from '../catalog/product-bytes.test-support';
import { SAMPLE_CATALOG } from '../catalog/sample';
import type { Product } from '../catalog/types';
import {
  createCatalogSearchService,
  type IndexOrigin,
  type SearchServiceSources,
} from './catalog-search-service';

/** A background's world: the catalog, its version, and the stored index, which outlive a worker. */
function world(products: Product[] = [...SAMPLE_CATALOG]) {
  const state = {
    products,
    version: 1,
    stored: null as Omit<BuiltIndex, 'index'> | null,
    /** How the stored products reach a restarted worker: all at once unless a test says otherwise. */
    productBytes: productBytesInMemory as (bytes: Uint8Array<ArrayBuffer>) => ProductBytes,
  };
  const sources = {
    catalogVersion: vi.fn(async () => state.version),
    readProducts: vi.fn(async () => state.products),
    readStored: vi.fn(async () =>
      state.stored
        ? {
            snapshot: structuredClone(state.stored.snapshot),
            forward: Promise.resolve(structuredClone(state.stored.forward)),
            products: state.productBytes(state.stored.productText.slice()),
          }
        : null,
    ),
    writeStored: vi.fn(async (stored: Omit<BuiltIndex, 'index'>) => {
      state.stored = structuredClone(stored);
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
    state.stored = { ...state.stored!, snapshot: { format: 1, docCount: 'lots' } as never };
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
  it('a restarted worker answers before its stored products are read, reading only what each search ranks', async () => {
    const { state, origins, start } = world();
    const queries = ['pashmina', 'hitm', 'HJB'];
    const first = await start().search(queries, 10);
    await vi.waitFor(() => expect(state.stored).not.toBeNull());
    const ranges: number[] = [];
    state.productBytes = (bytes) => productBytesReadByRange(bytes, ranges);
    const again = await start().search(queries, 10);
    expect(origins).toEqual(['built', 'stored']);
    expect(again).toEqual(first);
    expect(ranges.length).toBeGreaterThan(0);
    expect(ranges.length).toBeLessThan(SAMPLE_CATALOG.length);
  });

  it('stored products that cannot be read cost a rebuild and a warning; searches go on meanwhile', async () => {
    const { state, sources, origins, start } = world();
    await start().status();
    await vi.waitFor(() => expect(state.stored).not.toBeNull());
    let fail: (error: Error) => void = () => {};
    state.productBytes = (bytes) => ({
      ...productBytesInMemory(bytes),
      whole: () => null,
      loaded: new Promise((_, reject) => {
        fail = reject;
      }),
    });
    const restarted = start();
    expect((await restarted.search(['pashmina'], 3)).results[0]![0]!.product.name).toMatch(/Pashmina/i);
    fail(new Error('NotReadableError'));
    await vi.waitFor(() =>
      expect(sources.warn).toHaveBeenCalledWith(
        expect.stringMatching(/could not be read whole/),
        expect.anything(),
      ),
    );
    expect((await restarted.search(['pashmina'], 3)).results[0]![0]!.product.name).toMatch(/Pashmina/i);
    expect(origins).toEqual(['built', 'stored', 'built']);
    expect(sources.readProducts).toHaveBeenCalledTimes(2);
  });
  it('reads the stored index while it reads the catalog version, not after', async () => {
    const { sources, start } = world();
    await start().status();
    await vi.waitFor(() => expect(sources.writeStored).toHaveBeenCalledTimes(1));
    let tell: (version: number) => void = () => {};
    sources.catalogVersion.mockImplementationOnce(
      () =>
        new Promise((resolve) => {
          tell = resolve;
        }),
    );
    const reads = sources.readStored.mock.calls.length;
    const status = start().status();
    expect(sources.readStored).toHaveBeenCalledTimes(reads + 1);
    tell(1);
    expect(await status).toEqual({ version: 1, count: SAMPLE_CATALOG.length });
    expect(sources.readStored).toHaveBeenCalledTimes(reads + 1);
  });
});
