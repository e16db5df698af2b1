import { browser } from 'wxt/browser';
import type { CatalogIndex, SearchHit } from '../../lib/catalog/search';
import { withDirectChannel } from '../../lib/direct-channel';
import { backgroundMessenger, SEARCH_PORT } from '../../lib/messaging';
import { createPortClient } from '../../lib/port-rpc';
import { isRefusal, type RetryOptions, withRetry } from '../../lib/retry';
import type { CatalogSearchAnswer } from '../../lib/search-service/catalog-search-service';

// The sidebar's view of the catalog search, which lives in the background (one index for the whole
// browser, lib/search-service/): a keystroke's query goes there and a few results come back. At
// 50,000 products that is a few milliseconds per query against seconds and tens of megabytes per
// tab for an index of the frame's own (tests/bench/catalog-tabs-chromium.bench.ts).

export interface CatalogSearch {
  /** Products in the catalog this search answers from. */
  readonly size: number;
  /** Best first; several queries at once cost one round trip. */
  searchMany(queries: readonly string[], limit: number): Promise<SearchHit[][]>;
}

export async function searchOne(catalog: CatalogSearch, query: string, limit: number): Promise<SearchHit[]> {
  return (await catalog.searchMany([query], limit))[0] ?? [];
}

/** What the sidebar asks of the background (a fake one in component tests). */
export interface CatalogBackend {
  status(): Promise<{ version: number; count: number }>;
  search(queries: string[], limit: number): Promise<{ version: number; results: SearchHit[][] }>;
}

const searchPort = createPortClient(() => withDirectChannel(browser.runtime.connect({ name: SEARCH_PORT })));

/**
 * How a search request travels: over the sidebar's long-lived port to the background, which costs a
 * quarter of a runtime message per keystroke (lib/port-rpc.ts), and once the worker has offered one,
 * over a MessageChannel beside it, a quarter of that again (lib/direct-channel.ts). Component tests
 * replace it.
 */
export const searchTransport = {
  request: (request: { queries: string[]; limit: number }) =>
    searchPort.request(request) as Promise<CatalogSearchAnswer>,
};

/**
 * The background may stop at any moment (Chrome stops an idle worker after ~30 s): a request in
 * flight then fails, and the next one wakes it. Status requests retry for ~16 s (lib/retry.ts);
 * a search retries quickly a few times, since the agent is waiting for it.
 */
const SEARCH_RETRY_MS: readonly number[] = [50, 150, 300, 600, 1200, 2400];

export function backgroundCatalog(retry: RetryOptions = {}): CatalogBackend {
  const retryable = (error: unknown) => !isRefusal(error);
  return {
    status: () =>
      withRetry(() => backgroundMessenger.sendMessage('catalogStatus', undefined), {
        retryable,
        // Read by tests/e2e/worker-restart.e2e.ts: proof that the first attempt did break off.
        onRetry: (_error, attempt) => performance.mark('sigap:catalog-retry', { detail: { attempt } }),
        ...retry,
      }),
    search: (queries, limit) =>
      withRetry(() => searchTransport.request({ queries, limit }), {
        retryable,
        delaysMs: SEARCH_RETRY_MS,
        onRetry: (_error, attempt) => performance.mark('sigap:search-retry', { detail: { attempt } }),
        ...retry,
      }),
  };
}

/** The remote search over one catalog version; answers from a newer one are still shown. */
export function remoteCatalogSearch(backend: CatalogBackend, count: number): CatalogSearch {
  return {
    size: count,
    searchMany: async (queries, limit) => (await backend.search([...queries], limit)).results,
  };
}

/** A search over an index in this realm: component tests, and the Saran bench. */
export function localCatalogSearch(index: CatalogIndex): CatalogSearch {
  return {
    size: index.size,
    searchMany: async (queries, limit) => queries.map((q) => index.search(q, limit)),
  };
}

let preloaded: Promise<{ version: number; count: number }> | null = null;

/**
 * Asks before React renders: the sidebar's first render and effects would otherwise delay the
 * request by about a tenth of a second, and it wakes a stopped worker meanwhile.
 */
export function preloadCatalogStatus(backend: CatalogBackend): void {
  preloaded ??= backend.status();
  // A failed preload is reported by the hook that takes it, not as an unhandled rejection.
  preloaded.catch(() => {});
}

/** The preloaded status, once: later requests (after a catalog change) start afresh. */
export function takePreloadedStatus(): Promise<{ version: number; count: number }> | null {
  const pending = preloaded;
  preloaded = null;
  return pending;
}
