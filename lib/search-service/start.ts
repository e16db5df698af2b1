import { readProducts } from '../db/product-store';
import type { SigapDb } from '../db/schema';
import { SearchIndexCache } from '../db/search-index-cache';
import { catalogVersionItem } from '../settings';
import { type CatalogSearchService, createCatalogSearchService } from './catalog-search-service';

/**
 * The background's catalog search over the real database and settings. A catalog write anywhere
 * (the options page, a restored backup) bumps `catalogVersion`; the background hears it and warms
 * the new index while the sidebars hear it too and ask again.
 */
export function startCatalogSearch(db: SigapDb): CatalogSearchService {
  const cache = new SearchIndexCache();
  const service = createCatalogSearchService(
    {
      catalogVersion: () => catalogVersionItem.getValue(),
      readProducts: () => readProducts(db),
      readStored: () => cache.read(),
      writeStored: async (stored) => {
        await cache.write(stored);
        // Read by the bench and tests/e2e/worker-restart.e2e.ts: the next worker can load it.
        performance.mark('sigap:index-stored', { detail: { version: stored.snapshot.catalogVersion } });
      },
      warn: (message, error) => console.warn(message, error),
    },
    // Read by tests/e2e/worker-restart.e2e.ts and the bench: how the worker got its index.
    (origin, version, count) => performance.mark('sigap:index-ready', { detail: { origin, version, count } }),
  );
  catalogVersionItem.watch((version) => service.catalogChanged(version));
  // Loaded as the worker starts, not when the first sidebar asks. A chat tab wakes a stopped worker
  // with a warm-up message as it creates its sidebar (warm-up.ts), but the message is dispatched
  // only after the whole background has set itself up: 10–50 ms of a woken worker's ~250 on 2
  // cores (timed with marks in the worker). Decision: a worker woken for something else (a team
  // alarm, the options page) loads the index too, ~44 MB at 50,000 products that it holds until
  // Chrome stops it; Sigap's worker is mostly woken by a chat tab that is about to search.
  void service
    .status()
    .catch((error: unknown) => console.warn('Sigap: loading the search index failed', error));
  return service;
}
