// The background's built search index, kept between service-worker starts (see
// lib/search-service/). A database of its own, not a table of the catalog's: it is derived data,
// rebuilt from the catalog whenever it is missing, stale or unreadable, so it needs no upgrades,
// is never part of a backup, and a failure here can never touch a product.
//
// Plain IndexedDB rather than Dexie: the snapshot is one large record, and Dexie's write path
// walked its typed arrays value by value (a 55 MB put of the 50k-product index did not finish in
// 20 s in Chromium's worker). The record holds three Blobs: the snapshot and the forward lists, each
// packed as one (lib/catalog/snapshot-blob.ts), which Chromium reads back faster than the same bytes
// as objects, and the products' bytes. A woken worker searches once the first is read; the forward
// lists are read next, then the products.

import type { BuiltIndex, LaterParts } from '../catalog/index-snapshot';
import { blobProductBytes, packSnapshot, unpackSnapshot } from '../catalog/snapshot-blob';

export const SEARCH_INDEX_DB_NAME = 'sigap-search-index';
const STORE = 'indexes';
const KEY = 'current';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

export class SearchIndexCache {
  private opened: Promise<IDBDatabase> | null = null;

  constructor(private readonly name = SEARCH_INDEX_DB_NAME) {}

  private open(): Promise<IDBDatabase> {
    this.opened ??= new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open(this.name, 1);
      req.onupgradeneeded = () => req.result.createObjectStore(STORE);
      req.onsuccess = () => {
        const db = req.result;
        // Another context deleting or upgrading the cache: let it, and open afresh next time.
        db.onversionchange = () => {
          db.close();
          this.opened = null;
        };
        resolve(db);
      };
      req.onerror = () => reject(req.error);
      req.onblocked = () => reject(new Error('the search index cache is blocked by another tab'));
    });
    this.opened.catch(() => {
      this.opened = null;
    });
    return this.opened;
  }

  /**
   * The stored snapshot, unchecked (lib/catalog/index-snapshot.ts `isLoadableSnapshot` checks it),
   * with the reads of its later parts, which begin once the snapshot's is done.
   */
  async read(): Promise<({ snapshot: unknown } & LaterParts) | null> {
    const db = await this.open();
    const stored = (await request(db.transaction(STORE).objectStore(STORE).get(KEY))) as unknown;
    // An index stored by an older release (one Blob, two, or a plain object) is not this: it is rebuilt.
    const { index, forward, products } = (stored ?? {}) as Record<string, unknown>;
    if (!(index instanceof Blob) || !(forward instanceof Blob) || !(products instanceof Blob)) return null;
    const snapshot = await unpackSnapshot(index);
    if (!snapshot) return null;
    const forwardRead = unpackSnapshot(forward);
    return { snapshot, forward: forwardRead, products: blobProductBytes(products, forwardRead) };
  }

  async write({ snapshot, forward, productText }: Omit<BuiltIndex, 'index'>): Promise<void> {
    const { format, catalogVersion, docCount } = snapshot;
    const record = {
      index: packSnapshot(snapshot),
      forward: packSnapshot({ format, catalogVersion, docCount, ...forward }),
      products: new Blob([productText]),
    };
    const db = await this.open();
    const tx = db.transaction(STORE, 'readwrite');
    tx.objectStore(STORE).put(record, KEY);
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error ?? new Error('the search index write was aborted'));
    });
  }
}
