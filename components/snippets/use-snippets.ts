import { useEffect, useState } from 'react';
import type { StoredSnippet } from '../../lib/db/schema';
import { backgroundMessenger } from '../../lib/messaging';
import { isRefusal, withRetry } from '../../lib/retry';
import { snippetsVersionItem } from '../../lib/settings';

const loadFromBackground = () => backgroundMessenger.sendMessage('getSnippets', undefined);

/** After every retry failed, the next load is tried this much later (the background may be back). */
export const SNIPPETS_RELOAD_MS = 30_000;

/**
 * The shop's snippets, from the background; refetched whenever they are edited anywhere. A load
 * that fails while the background restarts is retried with growing pauses (lib/retry.ts); one that
 * still fails keeps the list already shown, and is tried again later.
 */
export function useSnippets(
  load: () => Promise<StoredSnippet[]> = loadFromBackground,
): StoredSnippet[] | null {
  const [snippets, setSnippets] = useState<StoredSnippet[] | null>(null);
  useEffect(() => {
    const stop = new AbortController();
    let latest = 0;
    let reload: ReturnType<typeof setTimeout> | undefined;
    const refresh = async () => {
      clearTimeout(reload);
      const run = ++latest;
      try {
        const list = await withRetry(load, { signal: stop.signal, retryable: (e) => !isRefusal(e) });
        if (!stop.signal.aborted && run === latest) setSnippets(list);
      } catch {
        if (stop.signal.aborted || run !== latest) return;
        setSnippets((shown) => shown ?? []);
        reload = setTimeout(() => void refresh(), SNIPPETS_RELOAD_MS);
      }
    };
    void refresh();
    const unwatch = snippetsVersionItem.watch(() => void refresh());
    return () => {
      stop.abort();
      clearTimeout(reload);
      unwatch();
    };
  }, [load]);
  return snippets;
}
