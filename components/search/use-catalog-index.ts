import { useEffect, useState } from 'react';
import { type CatalogIndex, createCatalogIndex } from '../../lib/catalog/search';
import type { Product } from '../../lib/catalog/types';
import { backgroundMessenger } from '../../lib/messaging';
import { catalogVersionItem } from '../../lib/settings';

export type CatalogStatus =
  | { state: 'loading' }
  | { state: 'ready'; index: CatalogIndex; count: number; loadMs: number }
  | { state: 'error' };

/**
 * The catalog's search index, held in the sidebar's own memory: the background sends one snapshot,
 * every keystroke then searches locally (no message round trip). A catalog write anywhere bumps
 * `catalogVersionItem`, and the index is rebuilt from a fresh snapshot.
 */
const loadFromBackground = () => backgroundMessenger.sendMessage('getCatalogSnapshot', undefined);

export function useCatalogIndex(load: () => Promise<{ products: Product[] }> = loadFromBackground) {
  const [status, setStatus] = useState<CatalogStatus>({ state: 'loading' });
  useEffect(() => {
    let alive = true;
    const refresh = async () => {
      const started = performance.now();
      try {
        const { products } = await load();
        performance.mark('sigap:snapshot-received');
        const index = createCatalogIndex(products);
        // Read by `npm run bench`: when, since the sidebar frame started, the search became usable.
        performance.mark('sigap:catalog-ready', { detail: { count: products.length } });
        if (alive)
          setStatus({ state: 'ready', index, count: products.length, loadMs: performance.now() - started });
      } catch {
        if (alive) setStatus({ state: 'error' });
      }
    };
    void refresh();
    const unwatch = catalogVersionItem.watch(() => void refresh());
    return () => {
      alive = false;
      unwatch();
    };
  }, [load]);
  return status;
}
