import { resolveChatTime } from '../marketplaces/time';
import type { MarketplaceAdapter } from '../marketplaces/types';
import type { ListedConversation, PageState } from '../messaging';

function attempt<T>(read: () => T): T | null {
  try {
    return read();
  } catch {
    return null;
  }
}

/**
 * What the sidebar shows about the page. "unknown-layout" when the adapter recognises neither a
 * conversation nor a chat box: the page changed or this is a chat URL we do not know yet.
 */
export function readPageState(adapter: MarketplaceAdapter, root: ParentNode, url: string): PageState {
  // Adapters fail soft by contract; these guards keep a bug in one from reaching the page.
  const conversation = attempt(() => adapter.readConversation(root));
  const composer = attempt(() => adapter.findComposer(root));
  const now = new Date();
  const list: ListedConversation[] = (attempt(() => adapter.listConversations(root)) ?? []).map((row) => ({
    id: row.id,
    buyerName: row.buyerName,
    unread: row.unread,
    lastAt: row.rawTime ? resolveChatTime(row.rawTime, now) : null,
  }));
  const recognised = !!conversation && (conversation.messages.length > 0 || !!conversation.buyerName);
  return {
    marketplace: adapter.id,
    marketplaceLabel: adapter.label,
    url,
    conversation: recognised ? conversation : null,
    list,
    health: composer ? 'ok' : recognised ? 'no-composer' : 'unknown-layout',
  };
}
