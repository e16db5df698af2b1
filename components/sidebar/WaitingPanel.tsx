import { useMemo, useState } from 'react';
import type { ListedConversation } from '../../lib/messaging';
import { replyTargetsItem } from '../../lib/settings';
import { WaitingList } from '../reply-clock/WaitingList';
import { useStorageItem } from '../use-storage-item';
import type { PageLink } from './page-link';
import { useSidebarStore } from './store';
import { createWaitingOrder } from './waiting-order';

const NO_ROWS: readonly ListedConversation[] = [];

/**
 * "Menunggu balasan" for the page's conversation list; a click opens the conversation in the page.
 * It follows only what the list depends on: the page's rows (the same array until they change), the
 * conversations read in this tab and which one is open, so a page state that changes none of them
 * renders nothing here. The order is kept up to date by what changed (waiting-order.ts), so a change
 * costs a short render even at 10,000 chats, and each message of a large change (the content
 * script sends 500 rows a message) is taken in its own task: not deferred, which would let React
 * fold them into one long render.
 */
export function WaitingPanel({ link, live }: { link: PageLink; live: boolean }) {
  const targets = useStorageItem(replyTargetsItem, replyTargetsItem.fallback);
  const hasPage = useSidebarStore((s) => s.page !== null);
  const list = useSidebarStore((s) => s.page?.list ?? NO_ROWS);
  const openId = useSidebarStore((s) => s.page?.conversation?.id ?? null);
  const seen = useSidebarStore((s) => s.seen);
  const [order] = useState(createWaitingOrder);
  const places = useMemo(() => order.update(list, seen, openId), [order, list, seen, openId]);
  if (!hasPage) return null;
  return <WaitingList places={places} targets={targets} onOpen={link.openConversation} live={live} />;
}
