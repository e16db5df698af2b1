import { useEffect, useMemo, useState } from 'react';
import type { Saran, SaranMessage } from '../../lib/assist/suggest';
import { buildSaran, unansweredBuyerTexts } from '../../lib/assist/suggest';
import type { SearchHit } from '../../lib/catalog/search';
import type { StoredSnippet } from '../../lib/db/schema';
import type { Schedule } from '../../lib/hours/schedule';
import type { Lang } from '../../lib/i18n';
import { renderSnippet } from '../../lib/snippets/render';
import { MAX_QUERIES } from '../../lib/validate/requests';
import type { CatalogSearch } from '../search/catalog-search';
import type { CatalogStatus } from '../search/use-catalog';

/** Hits asked of the catalog per query: Saran shows three products at most. */
const HITS = 5;
/** Queries remembered per catalog index: a conversation's burst asks the same few again and again. */
const CACHED_QUERIES = 200;

/**
 * The catalog search with a memory. `buildSaran` searches synchronously while the index lives in
 * the background (catalog-search.ts), so Saran is built in rounds: a query not yet answered counts
 * as "no hits" and is noted; the noted ones go to the background in one message, and Saran is
 * built again with their answers. A round trip costs a few milliseconds, and a new buyer message
 * usually repeats the product words of the one before ("yang hitam?" after "kaos polos L
 * ready?"), so most page states cost no search at all.
 */
export class SearchMemory {
  private readonly answers = new Map<string, SearchHit[]>();
  private readonly missing = new Set<string>();

  constructor(private readonly catalog: CatalogSearch) {}

  readonly search = (query: string): readonly SearchHit[] => {
    const hits = this.answers.get(query);
    if (hits) return hits;
    this.missing.add(query);
    return [];
  };

  /** The queries asked that have no answer yet, as one text ('' when none). */
  get unanswered(): string {
    return [...this.missing].join('\n');
  }

  /** Asks the background for every unanswered query at once. */
  async fetch(): Promise<void> {
    const queries = [...this.missing].slice(0, MAX_QUERIES);
    if (queries.length === 0) return;
    const results = await this.catalog.searchMany(queries, HITS);
    queries.forEach((query, i) => {
      this.missing.delete(query);
      if (this.answers.size >= CACHED_QUERIES) this.answers.delete(this.answers.keys().next().value!);
      this.answers.set(query, results[i] ?? []);
    });
  }
}

/** Pauses before asking the background again for queries it did not answer. */
const FETCH_RETRIES_MS: readonly number[] = [2000, 5000, 10_000];

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
  const source = catalog.state === 'ready' ? catalog.search : null;
  const memory = useMemo(() => (source ? new SearchMemory(source) : null), [source]);
  // Bumped when answers arrive: Saran is built again with them.
  const [round, setRound] = useState(0);
  // Failed fetches of the queries now unanswered: new buyer words (other queries) start at 0 again.
  const [failed, setFailed] = useState({ waiting: '', count: 0 });
  const saran = useMemo(() => {
    const { unanswered, earlier } = JSON.parse(key) as ReturnType<typeof unansweredBuyerTexts>;
    const now = new Date(Math.max(Date.now(), minute * 60_000));
    const messages: SaranMessage[] = [
      ...earlier.map((text) => ({ from: 'buyer' as const, text })),
      { from: 'seller', text: '' },
      ...unanswered.map((text) => ({ from: 'buyer' as const, text })),
    ];
    void round;
    return buildSaran({
      messages,
      search: memory?.search ?? null,
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
  }, [
    key,
    memory,
    round,
    snippets,
    buyerName,
    shopName,
    hoursText,
    schedule,
    answerTemplate,
    cutoff,
    lang,
    minute,
  ]);

  const waiting = memory?.unanswered ?? '';
  const failures = failed.waiting === waiting ? failed.count : 0;
  useEffect(() => {
    if (!waiting || !memory || failures > FETCH_RETRIES_MS.length) return;
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    memory.fetch().then(
      () => {
        if (!live) return;
        setFailed({ waiting: '', count: 0 });
        setRound((r) => r + 1);
      },
      // The background did not answer even after its quick retries (catalog-search.ts): ask again
      // a little later, a few times; after that, the next buyer message asks afresh.
      () => {
        if (live)
          timer = setTimeout(
            () => setFailed({ waiting, count: failures + 1 }),
            FETCH_RETRIES_MS[failures] ?? 0,
          );
      },
    );
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [waiting, memory, failures]);
  // Until every query is answered the products are not known: no half Saran whose first item
  // (what one key inserts) would change a moment later.
  return waiting ? null : saran;
}
