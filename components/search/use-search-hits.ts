import { useEffect, useState } from 'react';
import type { SearchHit } from '../../lib/catalog/search';
import { type CatalogSearch, searchOne } from './catalog-search';
import type { CatalogStatus } from './use-catalog';

interface Answer {
  search: CatalogSearch | null;
  query: string;
  hits: SearchHit[];
  failed: boolean;
}

export interface SearchHits {
  hits: SearchHit[];
  /** The query the hits answer. */
  query: string;
  /** The hits shown belong to an earlier query (kept so the list does not flicker while typing). */
  pending: boolean;
  /** The background could not answer this query, even after retries. */
  failed: boolean;
}

/**
 * The results for what is in the search box, asked of the background (catalog-search.ts). Only
 * the answer to the newest query is kept: one to an older query arriving late is dropped.
 */
export function useSearchHits(catalog: CatalogStatus, query: string, limit: number): SearchHits {
  const search = catalog.state === 'ready' ? catalog.search : null;
  const [answer, setAnswer] = useState<Answer>({ search: null, query: '', hits: [], failed: false });
  const asked = query.trim() !== '' && search !== null;
  useEffect(() => {
    if (!asked || !search) return;
    let live = true;
    searchOne(search, query, limit).then(
      (hits) => live && setAnswer({ search, query, hits, failed: false }),
      () => live && setAnswer({ search, query, hits: [], failed: true }),
    );
    return () => {
      live = false;
    };
  }, [asked, search, query, limit]);
  if (!asked || answer.search !== search) return { hits: [], query, pending: asked, failed: false };
  const current = answer.query === query;
  return { hits: answer.hits, query: answer.query, pending: !current, failed: current && answer.failed };
}
