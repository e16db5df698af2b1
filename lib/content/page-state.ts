import { resolveChatTime } from '../marketplaces/time';
import type { MarketplaceAdapter, PageParts, PageRead } from '../marketplaces/types';
import type { PageState } from '../messaging';

const NOT_READ: PageParts = {
  composer: 'none',
  send: 'none',
  messages: 'none',
  senders: 'none',
  times: 'none',
  buyer: 'none',
  list: 'none',
};

function attempt(read: () => PageRead): PageRead {
  try {
    return read();
  } catch {
    return { conversation: null, composer: null, send: null, rows: [], parts: NOT_READ };
  }
}

/**
 * What the sidebar shows about the page, with how each part was found. "unknown-layout" when neither
 * a conversation nor a chat box is found: the page changed or this is a chat URL we do not know yet.
 */
export function readPageState(
  adapter: MarketplaceAdapter,
  root: ParentNode,
  url: string,
  now = new Date(),
): PageState {
  // Adapters fail soft by contract; this guard keeps a bug in one from reaching the page.
  const read = attempt(() => adapter.read(root, now));
  return {
    marketplace: adapter.id,
    marketplaceLabel: adapter.label,
    url,
    conversation: read.conversation,
    list: read.rows.map((row) => ({
      id: row.id,
      buyerName: row.buyerName,
      unread: row.unread,
      lastAt: row.rawTime ? resolveChatTime(row.rawTime, now) : null,
    })),
    health: read.composer ? 'ok' : read.conversation ? 'no-composer' : 'unknown-layout',
    parts: read.parts,
  };
}
