import { useEffect, useState } from 'react';
import type { StoredSnippet } from '../../lib/db/schema';
import { backgroundMessenger } from '../../lib/messaging';
import { snippetsVersionItem } from '../../lib/settings';

const loadFromBackground = () => backgroundMessenger.sendMessage('getSnippets', undefined);

/** The shop's snippets, from the background; refetched whenever they are edited anywhere. */
export function useSnippets(
  load: () => Promise<StoredSnippet[]> = loadFromBackground,
): StoredSnippet[] | null {
  const [snippets, setSnippets] = useState<StoredSnippet[] | null>(null);
  useEffect(() => {
    let alive = true;
    const refresh = () =>
      load()
        .then((list) => alive && setSnippets(list))
        .catch(() => alive && setSnippets([]));
    void refresh();
    const unwatch = snippetsVersionItem.watch(() => void refresh());
    return () => {
      alive = false;
      unwatch();
    };
  }, [load]);
  return snippets;
}
