import { useEffect, useState } from 'react';
import type { CatalogIndex } from '../../lib/catalog/search';
import { catalogVersionItem } from '../../lib/settings';
import {
  buildCatalogIndex,
  type CatalogLoader,
  loadFromBackground,
  takePreloadedIndex,
} from './catalog-loader';

export type CatalogStatus =
  | { state: 'loading' }
  | { state: 'ready'; index: CatalogIndex; count: number; loadMs: number }
  /** Every retry of some part failed. The hook tries again by itself later; `retry` does it now. */
  | { state: 'error'; retry(): void };

/**
 * After a load gave up (each part already retried for ~16 s, catalog-loader.ts), the whole load
 * is tried again after these pauses, the last one repeating: a background that could not answer
 * for that long (a database another tab is upgrading, a machine waking up) usually can later, and
 * the agent should not have to reload the chat page for the search to come back.
 */
export const RELOAD_AFTER_MS: readonly number[] = [15_000, 30_000, 60_000];

/**
 * The catalog's search index, held in the sidebar's own memory: every keystroke searches locally
 * (no message round trip). A catalog write anywhere bumps `catalogVersionItem`, and the index is
 * rebuilt from fresh parts; only the newest load may set the status.
 */
export function useCatalogIndex(load: CatalogLoader = loadFromBackground) {
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
        const preloaded = first && load === loadFromBackground ? takePreloadedIndex() : null;
        const index = await (preloaded ?? buildCatalogIndex(load));
        if (!alive || run !== latest) return;
        failures = 0;
        setStatus({ state: 'ready', index, count: index.size, loadMs: performance.now() - started });
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
  }, [load]);
  return status;
}
