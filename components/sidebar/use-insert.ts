import { useCallback } from 'react';
import { copyText } from './copy-text';
import { sidebarMessages as m } from './messages';
import type { InsertOptions, PageLink } from './page-link';
import { useSidebarStore } from './store';

/**
 * Inserts text into the page's chat box; when there is none (or it refuses), copies it to the
 * clipboard and says so. Every feature that sends text to the chat goes through here.
 */
export function useInsert(link: PageLink, copy: (text: string) => Promise<boolean> = copyText) {
  const setNotice = useSidebarStore((s) => s.setNotice);
  return useCallback(
    async (text: string, options?: InsertOptions) => {
      const outcome = await link.insert(text, options);
      if (outcome.ok) {
        setNotice(
          outcome.guessed
            ? { kind: 'warn', message: m.insertedGuessed }
            : { kind: 'ok', message: m.inserted },
        );
        return;
      }
      const copied = await copy(text);
      if (!copied) setNotice({ kind: 'error', message: m.copyFailed });
      else setNotice({ kind: 'warn', message: outcome.reason === 'rejected' ? m.rejected : m.copied });
    },
    [link, copy, setNotice],
  );
}
