import { type CatalogIndex, CatalogIndexBuilder } from '../../lib/catalog/search';
import type { Product } from '../../lib/catalog/types';
import { decodeProducts } from '../../lib/catalog/wire';
import { backgroundMessenger } from '../../lib/messaging';
import { isRefusal, type RetryOptions, withRetry } from '../../lib/retry';

/**
 * Feeds the catalog, part by part, to `onPart`; resolves with the catalog versions the parts were
 * cut from (more than one means the catalog changed mid-load and the parts do not belong together).
 */
export type CatalogLoader = (onPart: (products: Product[]) => void) => Promise<number[]>;

/**
 * All parts are asked for at once, so the background reads and encodes part k+1 while this frame
 * indexes part k: at 50,000 products one large message kept the sidebar waiting for the whole
 * transfer before indexing could start (measured in tests/bench/catalog-chromium.bench.ts).
 */
const PARTS = 16;

/**
 * The background can stop at any moment (Chrome stops an idle worker after ~30 s) and fail the
 * parts in flight. Each failed part is asked for again on its own after a pause, so the parts
 * already indexed are kept and the load resumes where it broke off.
 */
export function loaderFromBackground(retry: RetryOptions = {}): CatalogLoader {
  return async (onPart) => {
    performance.mark('sigap:snapshot-requested');
    const versions = new Set<number>();
    // A part that gives up fails the load: the others stop retrying instead of loading for nothing.
    const stop = new AbortController();
    await Promise.all(
      Array.from({ length: PARTS }, async (_, part) => {
        const answer = await withRetry(
          () => backgroundMessenger.sendMessage('getCatalogPart', { part, parts: PARTS }),
          {
            retryable: (error) => !isRefusal(error),
            // Read by tests/e2e/worker-restart.e2e.ts: proof that the load did break off.
            onRetry: (_error, attempt) =>
              performance.mark('sigap:catalog-part-retry', { detail: { part, attempt } }),
            ...retry,
            signal: retry.signal ? AbortSignal.any([retry.signal, stop.signal]) : stop.signal,
          },
        ).catch((error: unknown) => {
          stop.abort();
          throw error;
        });
        versions.add(answer.version);
        onPart(decodeProducts(answer.productsJson));
      }),
    );
    return [...versions];
  };
}

export const loadFromBackground: CatalogLoader = loaderFromBackground();

/** A catalog changing on every attempt (an import running) is indexed as the last attempt saw it. */
const ATTEMPTS = 3;

export async function buildCatalogIndex(load: CatalogLoader): Promise<CatalogIndex> {
  let builder = new CatalogIndexBuilder();
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    const target = new CatalogIndexBuilder();
    builder = target;
    const versions = await load((products) => target.add(products));
    if (versions.length <= 1) break;
  }
  performance.mark('sigap:catalog-parts-indexed');
  const index = builder.finish();
  // Read by `npm run bench`: when, since the sidebar frame started, the search became usable.
  performance.mark('sigap:catalog-ready', { detail: { count: index.size } });
  return index;
}

let preloaded: Promise<CatalogIndex> | null = null;

/**
 * Starts loading before React renders: the sidebar's first render and effects would otherwise
 * delay the request by about a tenth of a second.
 */
export function preloadCatalogIndex(): void {
  preloaded ??= buildCatalogIndex(loadFromBackground);
  // A failed preload is reported by the hook that takes it, not as an unhandled rejection.
  preloaded.catch(() => {});
}

/** The preloaded index, once: later loads (after a catalog change) start afresh. */
export function takePreloadedIndex(): Promise<CatalogIndex> | null {
  const pending = preloaded;
  preloaded = null;
  return pending;
}
