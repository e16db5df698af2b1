import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { buildIndexSnapshot, isLoadableSnapshot, restoreIndex } from '../catalog/index-snapshot';
import { SAMPLE_CATALOG } from '../catalog/sample';
import { packSnapshot } from '../catalog/snapshot-blob';
import { SearchIndexCache } from './search-index-cache';

describe('search index cache', () => {
  it('is empty at first, then gives back the stored index and its products, which answer searches', async () => {
    const cache = new SearchIndexCache(`cache-${Math.random()}`);
    expect(await cache.read()).toBeNull();
    const built = buildIndexSnapshot(SAMPLE_CATALOG, 3);
    await cache.write(built);
    const stored = await new SearchIndexCache((cache as unknown as { name: string }).name).read();
    expect(stored).not.toBeNull();
    const { snapshot, products } = stored!;
    expect(products.size).toBe(built.productText.byteLength);
    expect(isLoadableSnapshot(snapshot, products.size)).toBe(true);
    if (!isLoadableSnapshot(snapshot, products.size)) return;
    expect(snapshot.catalogVersion).toBe(3);
    await products.loaded;
    const index = restoreIndex(snapshot, stored!);
    await index.loaded;
    expect(index.search('pashmina', 1)[0]?.product.name).toMatch(/Pashmina/);
  });

  it('keeps one index: a newer one replaces the older', async () => {
    const cache = new SearchIndexCache(`cache-${Math.random()}`);
    const older = buildIndexSnapshot(SAMPLE_CATALOG, 1);
    const newer = buildIndexSnapshot(SAMPLE_CATALOG.slice(0, 2), 2);
    await cache.write(older);
    await cache.write(newer);
    const stored = await cache.read();
    expect(stored?.snapshot).toMatchObject({ catalogVersion: 2, docCount: 2 });
    expect(stored?.products.size).toBe(newer.productText.byteLength);
  });

  it.each([
    ['a plain object', () => buildIndexSnapshot(SAMPLE_CATALOG, 1).snapshot],
    ['one Blob', () => packSnapshot(buildIndexSnapshot(SAMPLE_CATALOG, 1).snapshot)],
    [
      'an index and its products, without forward lists',
      () => {
        const built = buildIndexSnapshot(SAMPLE_CATALOG, 1);
        return { index: packSnapshot(built.snapshot), products: new Blob([built.productText]) };
      },
    ],
  ])('reads an index stored by an older release (%s) as none, so it is rebuilt', async (_, older) => {
    const name = `cache-${Math.random()}`;
    await new SearchIndexCache(name).read();
    const open = indexedDB.open(name, 1);
    const db = await new Promise<IDBDatabase>((resolve) => {
      open.onsuccess = () => resolve(open.result);
    });
    const tx = db.transaction('indexes', 'readwrite');
    tx.objectStore('indexes').put(older(), 'current');
    await new Promise((resolve) => {
      tx.oncomplete = resolve;
    });
    db.close();
    expect(await new SearchIndexCache(name).read()).toBeNull();
  });
});
