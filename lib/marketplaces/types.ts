// The adapter contract: everything Sigap knows about one marketplace's seller-chat DOM sits behind
// these functions. They take a root node (never the global `document`) so they can be tested against
// saved pages, and they fail soft: a selector that finds nothing yields null/empty, never a throw.

export type MarketplaceId = 'shopee' | 'tokopedia';

export type MessageSender = 'buyer' | 'seller' | 'auto';

export interface ChatMessage {
  /** Stable id when the page has one, else derived from position + text. */
  id: string;
  from: MessageSender;
  text: string;
  /** Epoch ms, resolved from the page's time stamp; null when the page shows none we can read. */
  at: number | null;
  /** The time stamp as the page shows it ("10:32", "Kemarin 21:05"), for later resolution. */
  rawTime?: string;
}

export interface Conversation {
  /** Conversation id from the URL or the DOM; null when none can be found. */
  id: string | null;
  buyerName: string | null;
  messages: ChatMessage[];
}

/** One row of the page's conversation list (for the "waiting" list in the reply-clock issue). */
export interface ConversationListItem {
  id: string;
  buyerName: string;
  lastMessagePreview: string;
  rawTime?: string;
  unread: boolean;
  /** The element to click to open this conversation in the page. */
  element: Element;
}

export interface MarketplaceAdapter {
  id: MarketplaceId;
  /** Human name shown in the sidebar. */
  label: string;
  /** True when `url` is a seller-chat page of this marketplace (pure: no DOM access). */
  isChatPage(url: string): boolean;
  /** Reads the open conversation; `messages` is empty when the page layout is not recognised. */
  readConversation(root: ParentNode, now?: Date): Conversation;
  /** The chat box (textarea, input or contenteditable element), or null. */
  findComposer(root: ParentNode): HTMLElement | null;
  /** The page's Send button, or null. */
  findSendButton(root: ParentNode): HTMLElement | null;
  /** The conversation list rows visible in the page. */
  listConversations(root: ParentNode): ConversationListItem[];
  /**
   * Calls `onChange` (debounced by the adapter) when messages arrive or the open conversation
   * changes. Stops when `signal` aborts.
   */
  watch(root: ParentNode, signal: AbortSignal, onChange: () => void): void;
}
