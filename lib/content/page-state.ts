import type { MarketplaceAdapter } from '../marketplaces/types';
import type { PageState } from '../messaging';

/**
 * What the sidebar shows about the page. "unknown-layout" when the adapter recognises neither a
 * conversation nor a chat box: the page changed or this is a chat URL we do not know yet.
 */
export function readPageState(adapter: MarketplaceAdapter, root: ParentNode, url: string): PageState {
  let conversation = null;
  let composer = null;
  try {
    conversation = adapter.readConversation(root);
    composer = adapter.findComposer(root);
  } catch {
    // Adapters fail soft by contract; this guards the page against a bug in one.
  }
  const recognised = !!conversation && (conversation.messages.length > 0 || !!conversation.buyerName);
  return {
    marketplace: adapter.id,
    marketplaceLabel: adapter.label,
    url,
    conversation: recognised ? conversation : null,
    health: composer ? 'ok' : recognised ? 'no-composer' : 'unknown-layout',
  };
}
