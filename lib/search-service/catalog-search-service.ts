import {
  type BuiltIndex,
  buildIndexSnapshot,
  isLoadableSnapshot,
  type LaterParts,
  restoreIndex,
  type StoredCatalogIndex,
} from '../catalog/index-snapshot';
import type { CatalogIndex, SearchHit } from '../catalog/search';
import type { Product } from '../catalog/types';

// The catalog search, owned by the background: one index for the whole browser, however many chat
// tabs are open. Before, every sidebar frame received the whole catalog as text and built its own
// index (2.3 s and +33 MB per tab at 50,000 products on 2 cores); now a frame asks for results, a
// few kilobytes. The index is built once per catalog change and stored (lib/db/search-index-cache.ts),
// so a service worker that Chrome stopped loads it back instead of rebuilding it. Measured in
// tests/bench/catalog-tabs-chromium.bench.ts against the frame-side design.

export interface SearchServiceSources {
  /** The catalog version now (lib/settings.ts `catalogVersion`, bumped by every catalog write). */
  catalogVersion(): Promise<number>;
  readProducts(): Promise<readonly Product[]>;
  /** The stored index, unchecked, and the parts it reads after it (perhaps still being read). */
  readStored(): Promise<({ snapshot: unknown } & LaterParts) | null>;
  writeStored(stored: Omit<BuiltIndex, 'index'>): Promise<void>;
  warn(message: string, error: unknown): void;
}

export interface CatalogSearchAnswer {
  /** The catalog version the results come from. */
  version: number;
  count: number;
  /** One list per query, best first. */
  results: SearchHit[][];
}

export interface CatalogSearchService {
  /** Loads (or builds) the index of the current catalog, then says which it is and how large. */
  status(): Promise<{ version: number; count: number }>;
  search(queries: readonly string[], limit: number): Promise<CatalogSearchAnswer>;
  /** A catalog write was announced: the next request (or this warm-up) uses the new catalog. */
  catalogChanged(version: number): void;
}

/** How the index of a version came to be: read by tests and the bench. */
export type IndexOrigin = 'stored' | 'built';

/** A built index has its products in memory; a stored one may still be reading them. */
type ServedIndex = CatalogIndex & Partial<Pick<StoredCatalogIndex, 'prepare'>>;

export function createCatalogSearchService(
  sources: SearchServiceSources,
  onIndexed?: (origin: IndexOrigin, version: number, count: number) => void,
): CatalogSearchService {
  let version: Promise<number> | null = null;
  let current: { version: number; index: Promise<ServedIndex> } | null = null;
  /** A read of the stored index begun before the version was known (see `indexNow`). */
  let early: ReturnType<typeof readStored> | null = null;
  /** Set when a stored index's later parts could not be read: this worker then builds, and stores a new one. */
  let storedBroken = false;

  function readStored() {
    return sources.readStored().catch((error: unknown) => {
      sources.warn('Sigap: the stored search index could not be read; building it again', error);
      return null;
    });
  }

  async function load(at: number, forget: () => void): Promise<ServedIndex> {
    // Not read again once found broken: the index is built, and the stored one replaced.
    const pending = storedBroken ? null : (early ?? readStored());
    early = null;
    const stored = await pending;
    if (
      stored &&
      isLoadableSnapshot(stored.snapshot, stored.products.size) &&
      stored.snapshot.catalogVersion === at
    ) {
      const index = restoreIndex(stored.snapshot, stored);
      index.loaded.catch((error: unknown) => {
        sources.warn('Sigap: the stored index could not be read whole; building it again', error);
        storedBroken = true;
        forget();
      });
      onIndexed?.('stored', at, index.size);
      return index;
    }
    const { index, ...parts } = buildIndexSnapshot(await sources.readProducts(), at);
    onIndexed?.('built', at, index.size);
    storedBroken = false;
    // Not awaited: the first search need not wait for the write. A write that fails (a full disk)
    // only means the next worker start builds the index again; the catalog itself is untouched.
    void sources
      .writeStored(parts)
      .catch((error: unknown) => sources.warn('Sigap: the search index could not be stored', error));
    return index;
  }

  async function indexNow(): Promise<{ version: number; index: ServedIndex }> {
    // A worker with no index yet reads the stored one while it reads the catalog version, not
    // after: the two are independent, and a woken worker's first search waits for both.
    if (!current && !storedBroken) early ??= readStored();
    version ??= sources.catalogVersion().catch((error: unknown) => {
      version = null;
      throw error;
    });
    const at = await version;
    if (current?.version !== at) {
      const forget = () => {
        if (current === entry) current = null;
      };
      const entry = { version: at, index: load(at, forget) };
      current = entry;
      // A failed load (the database busy upgrading in another tab) is tried again by the next request.
      entry.index.catch(forget);
    }
    return { version: at, index: await current.index };
  }

  return {
    async status() {
      const { version: at, index } = await indexNow();
      return { version: at, count: index.size };
    },
    async search(queries, limit) {
      const { version: at, index } = await indexNow();
      await index.prepare?.(queries, limit);
      return { version: at, count: index.size, results: queries.map((q) => index.search(q, limit)) };
    },
    catalogChanged(next) {
      version = Promise.resolve(next);
      // Warm up at once: the sidebars ask again as soon as they hear of the change too.
      void indexNow().catch((error: unknown) =>
        sources.warn('Sigap: indexing the new catalog failed', error),
      );
    },
  };
}
