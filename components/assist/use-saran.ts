import { useEffect, useMemo, useState } from 'react';
import type { Saran, SaranMessage } from '../../lib/assist/suggest';
import { buildSaran, unansweredBuyerTexts } from '../../lib/assist/suggest';
import type { CatalogIndex, SearchHit } from '../../lib/catalog/search';
import type { StoredSnippet } from '../../lib/db/schema';
import type { Schedule } from '../../lib/hours/schedule';
import type { Lang } from '../../lib/i18n';
import { renderSnippet } from '../../lib/snippets/render';
import type { CatalogStatus } from '../search/use-catalog-index';

/** Hits asked of the catalog per query: Saran shows three products at most. */
const HITS = 5;
/** Queries remembered per catalog index: a conversation's burst asks the same few again and again. */
const CACHED_QUERIES = 200;

/**
 * The catalog search with a memory: a page state arrives for every change on the page, and a new
 * buyer message usually repeats the product words of the one before ("yang hitam?" after "kaos
 * polos L ready?"), so only a query not asked before costs a search.
 */
export function cachedSearch(index: CatalogIndex): (query: string) => readonly SearchHit[] {
  const cache = new Map<string, SearchHit[]>();
  return (query) => {
    let hits = cache.get(query);
    if (!hits) {
      hits = index.search(query, HITS);
      if (cache.size >= CACHED_QUERIES) cache.delete(cache.keys().next().value!);
      cache.set(query, hits);
    }
    return hits;
  };
}

/** Minutes since the epoch, renewed every minute: "can it ship today" changes at the cut-off. */
function useMinute(): number {
  const [minute, setMinute] = useState(() => Math.floor(Date.now() / 60_000));
  useEffect(() => {
    const timer = setInterval(() => setMinute(Math.floor(Date.now() / 60_000)), 60_000);
    return () => clearInterval(timer);
  }, []);
  return minute;
}

export interface SaranSources {
  messages: readonly SaranMessage[] | undefined;
  catalog: CatalogStatus;
  snippets: readonly StoredSnippet[] | null;
  buyerName: string | undefined;
  shopName: string;
  hoursText: string;
  schedule: Schedule;
  answerTemplate: string;
  cutoff: string;
  lang: Lang;
}

/**
 * Saran for the open conversation, recomputed only when what it reads changes: the buyer's
 * unanswered messages (and the earlier ones it reads for the product), the catalog, the snippets,
 * the settings, the minute. Every other page state (a list row, the clock) costs a string compare.
 */
export function useSaran(sources: SaranSources): Saran<StoredSnippet> | null {
  const { catalog, snippets, buyerName, shopName, hoursText, schedule, answerTemplate, cutoff, lang } =
    sources;
  const minute = useMinute();
  const key = JSON.stringify(unansweredBuyerTexts(sources.messages ?? []));
  const index = catalog.state === 'ready' ? catalog.index : null;
  const search = useMemo(() => (index ? cachedSearch(index) : null), [index]);
  return useMemo(() => {
    const { unanswered, earlier } = JSON.parse(key) as ReturnType<typeof unansweredBuyerTexts>;
    const now = new Date(Math.max(Date.now(), minute * 60_000));
    const messages: SaranMessage[] = [
      ...earlier.map((text) => ({ from: 'buyer' as const, text })),
      { from: 'seller', text: '' },
      ...unanswered.map((text) => ({ from: 'buyer' as const, text })),
    ];
    return buildSaran({
      messages,
      search,
      snippets: snippets ?? [],
      renderSnippet: (snippet, product) =>
        renderSnippet(snippet.body, {
          buyerName,
          shopName: shopName || undefined,
          now,
          product: product ?? undefined,
          hours: hoursText,
        }).text,
      answerTemplate,
      lang,
      now,
      schedule,
      cutoff,
    });
  }, [key, search, snippets, buyerName, shopName, hoursText, schedule, answerTemplate, cutoff, lang, minute]);
}
