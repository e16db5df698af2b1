import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { buildIndexSnapshot, isLoadableSnapshot, restoreIndex } from '../catalog/index-snapshot';
import { SAMPLE_CATALOG } from '../catalog/sample';
import { SearchIndexCache } from './search-index-cache';

describe('search index cache', () => {
  it('is empty at first, then gives back the stored index, which answers searches', async () => {
    const cache = new SearchIndexCache(`cache-${Math.random()}`);
    expect(await cache.read()).toBeNull();
    await cache.write(buildIndexSnapshot(SAMPLE_CATALOG, 3).snapshot);
    const stored = await new SearchIndexCache((cache as unknown as { name: string }).name).read();
    expect(isLoadableSnapshot(stored)).toBe(true);
    if (!isLoadableSnapshot(stored)) return;
    expect(stored.catalogVersion).toBe(3);
    expect(restoreIndex(stored).search('pashmina', 1)[0]?.product.name).toMatch(/Pashmina/);
  });

  it('keeps one index: a newer one replaces the older', async () => {
    const cache = new SearchIndexCache(`cache-${Math.random()}`);
    await cache.write(buildIndexSnapshot(SAMPLE_CATALOG, 1).snapshot);
    await cache.write(buildIndexSnapshot(SAMPLE_CATALOG.slice(0, 2), 2).snapshot);
    const stored = await cache.read();
    expect(stored).toMatchObject({ catalogVersion: 2, docCount: 2 });
  });

  it('reads an index stored by an older release (a plain object) as none, so it is rebuilt', async () => {
    const name = `cache-${Math.random()}`;
    await new SearchIndexCache(name).read();
    const open = indexedDB.open(name, 1);
    const db = await new Promise<IDBDatabase>((resolve) => {
      open.onsuccess = () => resolve(open.result);
    });
    const tx = db.transaction('indexes', 'readwrite');
    tx.objectStore('indexes').put(buildIndexSnapshot(SAMPLE_CATALOG, 1).snapshot, 'current');
    await new Promise((resolve) => {
      tx.oncomplete = resolve;
    });
    db.close();
    expect(await new SearchIndexCache(name).read()).toBeNull();
  });
});
