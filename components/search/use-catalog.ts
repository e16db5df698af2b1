import { useEffect, useState } from 'react';
import { catalogVersionItem } from '../../lib/settings';
import {
  backgroundCatalog,
  type CatalogBackend,
  type CatalogSearch,
  remoteCatalogSearch,
  takePreloadedStatus,
} from './catalog-search';

export type CatalogStatus =
  | { state: 'loading' }
  | { state: 'ready'; search: CatalogSearch; count: number; loadMs: number }
  /** Every retry failed. The hook tries again by itself later; `retry` does it now. */
  | { state: 'error'; retry(): void };

/**
 * After the status request gave up (retried for ~16 s, lib/retry.ts), it is tried again after these
 * pauses, the last one repeating: a background that could not answer for that long (a database
 * another tab is upgrading, a machine waking up) usually can later, and the agent should not have
 * to reload the chat page for the search to come back.
 */
export const RELOAD_AFTER_MS: readonly number[] = [15_000, 30_000, 60_000];

/** The sidebar's one way to the background's catalog (the preload in main.tsx uses it too). */
export const sidebarCatalogBackend = backgroundCatalog();

/**
 * The catalog search, answered by the background's one index (catalog-search.ts). Ready once the
 * background has its index of the current catalog loaded; a catalog write anywhere bumps
 * `catalogVersionItem`, and the status (and with it every consumer's search) is renewed. Only the
 * newest request may set the status.
 */
export function useCatalog(backend: CatalogBackend = sidebarCatalogBackend): CatalogStatus {
  const [status, setStatus] = useState<CatalogStatus>({ state: 'loading' });
  useEffect(() => {
    let latest = 0;
    let alive = true;
    let failures = 0;
    let reload: ReturnType<typeof setTimeout> | undefined;
    const refresh = async (first: boolean) => {
      clearTimeout(reload);
      const run = ++latest;
      const started = performance.now();
      try {
        const preloaded = first && backend === sidebarCatalogBackend ? takePreloadedStatus() : null;
        const { count } = await (preloaded ?? backend.status());
        if (!alive || run !== latest) return;
        failures = 0;
        // Read by `npm run bench`: when, since the sidebar frame started, the search became usable.
        performance.mark('sigap:catalog-ready', { detail: { count } });
        setStatus({
          state: 'ready',
          search: remoteCatalogSearch(backend, count),
          count,
          loadMs: performance.now() - started,
        });
      } catch {
        if (!alive || run !== latest) return;
        const pause = RELOAD_AFTER_MS[Math.min(failures, RELOAD_AFTER_MS.length - 1)]!;
        failures++;
        reload = setTimeout(() => void refresh(false), pause);
        setStatus({
          state: 'error',
          retry: () => {
            setStatus({ state: 'loading' });
            void refresh(false);
          },
        });
      }
    };
    void refresh(true);
    const unwatch = catalogVersionItem.watch(() => void refresh(false));
    return () => {
      alive = false;
      clearTimeout(reload);
      unwatch();
    };
  }, [backend]);
  return status;
}
