// The adapter contract: everything Sigap knows about one marketplace's seller-chat DOM sits behind
// these functions. They take a root node (never the global `document`) so they can be tested against
// saved pages, and they fail soft: a part that cannot be found yields null/empty, never a throw.
// Every read also says HOW each part was found, so the sidebar can tell the agent what is sure and
// what is a guess.

export type MarketplaceId = 'shopee' | 'tokopedia';

/** 'unknown': a message whose side could not be told; it is never counted as either side's. */
export type MessageSender = 'buyer' | 'seller' | 'auto' | 'unknown';

export interface ChatMessage {
  /** Stable id when the page has one, else derived from sender, time and text. */
  id: string;
  from: MessageSender;
  text: string;
  /** Epoch ms, resolved from the page's time stamp; null when the page shows none we can read. */
  at: number | null;
  /** The time stamp as the page shows it ("10:32", "Kemarin 21:05"), for later resolution. */
  rawTime?: string;
  /**
   * The message has no stamp of its own: `at` is the stamp of a message above it, which it is no
   * earlier than (pages that stamp only the first message of a group).
   */
  atIsLowerBound?: true;
}

export interface Conversation {
  /**
   * Stable identity: an id from the URL or the DOM where the page has one, else `name:<buyer>` (the
   * chat pages of today hold no id in the URL; the same buyer tomorrow is the same conversation).
   * Null when the page is between two conversations or shows no buyer.
   */
  id: string | null;
  buyerName: string | null;
  messages: ChatMessage[];
}

/** One row of the page's conversation list (for the "waiting" list). */
export interface ConversationListItem {
  id: string;
  buyerName: string;
  lastMessagePreview: string;
  rawTime?: string;
  unread: boolean;
  /** The element to click to open this conversation in the page. */
  element: Element;
}

/**
 * How one part of the page was found, surest first:
 * - marker: the marketplace's own markers of its current layout (data-cy, data-testid, ids);
 * - older: the markers of an older layout of the same marketplace;
 * - learned: the page's own bubble for text the agent just sent told which side is the shop's;
 * - focus: the editable the agent last focused (the chat box);
 * - geometry: layout-independent page signals (low in the pane, the list above it, bubble side);
 * - none: not found.
 */
export type Finding = 'marker' | 'older' | 'learned' | 'focus' | 'geometry' | 'none';

export interface PageParts {
  composer: Finding;
  send: Finding;
  messages: Finding;
  senders: Finding;
  times: Finding;
  buyer: Finding;
  list: Finding;
}

export const PART_NAMES = ['composer', 'send', 'messages', 'senders', 'times', 'buyer', 'list'] as const;

/** Everything one read of the page gives. */
export interface PageRead {
  conversation: Conversation | null;
  composer: HTMLElement | null;
  send: HTMLElement | null;
  rows: ConversationListItem[];
  parts: PageParts;
}

export interface MarketplaceAdapter {
  id: MarketplaceId;
  /** Human name shown in the sidebar. */
  label: string;
  /** True when `url` is a seller-chat page of this marketplace (pure: no DOM access). */
  isChatPage(url: string): boolean;
  /** One read of the whole page: conversation, chat box, Send, list rows, and how each was found. */
  read(root: ParentNode, now?: Date): PageRead;
  /** The chat box alone (cheaper than `read`: keys and insertion need only this), or null. */
  findComposer(root: ParentNode): HTMLElement | null;
  /** The conversation list rows visible in the page. */
  listConversations(root: ParentNode): ConversationListItem[];
  /**
   * Calls `onChange` (debounced) when messages arrive or the open conversation changes, and keeps
   * the page signals (last focused editable, the agent's sent text) up to date. Stops with `signal`.
   */
  watch(root: ParentNode, signal: AbortSignal, onChange: () => void): void;
}
