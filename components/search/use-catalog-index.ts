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
  | { state: 'error' };

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
    const refresh = async (first: boolean) => {
      const run = ++latest;
      const started = performance.now();
      try {
        const preloaded = first && load === loadFromBackground ? takePreloadedIndex() : null;
        const index = await (preloaded ?? buildCatalogIndex(load));
        if (alive && run === latest)
          setStatus({ state: 'ready', index, count: index.size, loadMs: performance.now() - started });
      } catch {
        if (alive && run === latest) setStatus({ state: 'error' });
      }
    };
    void refresh(true);
    const unwatch = catalogVersionItem.watch(() => void refresh(false));
    return () => {
      alive = false;
      unwatch();
    };
  }, [load]);
  return status;
}
