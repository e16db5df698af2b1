import { useDeferredValue, useMemo } from 'react';
import { replyTargetsItem } from '../../lib/settings';
import { WaitingList } from '../reply-clock/WaitingList';
import { useStorageItem } from '../use-storage-item';
import type { PageLink } from './page-link';
import { useSidebarStore } from './store';
import { waitingConversations } from './waiting-conversations';

/**
 * "Menunggu balasan" for the page's conversation list; a click opens the conversation in the page.
 * A page state renders synchronously (the store is external); the list follows it deferred, in a
 * render of its own, so a list of 10,000 chats does not lengthen the task that shows the rest.
 */
export function WaitingPanel({ link, live }: { link: PageLink; live: boolean }) {
  const targets = useStorageItem(replyTargetsItem, replyTargetsItem.fallback);
  const page = useDeferredValue(useSidebarStore((s) => s.page));
  const seen = useDeferredValue(useSidebarStore((s) => s.seen));
  const conversations = useMemo(() => waitingConversations(page, seen), [page, seen]);
  if (!page) return null;
  return (
    <WaitingList conversations={conversations} targets={targets} onOpen={link.openConversation} live={live} />
  );
}
