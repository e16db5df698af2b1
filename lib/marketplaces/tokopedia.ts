// Tokopedia seller chat: the classic Seller chat (seller.tokopedia.com/chat) and the TikTok-Shop-era
// unified Seller Center (seller-id.tokopedia.com).
//
// What is known about the page (public sources, read for facts only):
// - seller.tokopedia.com renders into #zeus-root (a public selenium test of seller.tokopedia.com/shop/admin
//   walks //*[@id="zeus-root"]/...); Tokopedia's web apps mark elements with camel-case data-testid
//   attributes (lblItemUlasan, icnStarRating, btnAdminListActions in public scrapers/tests) and style
//   with emotion (css-<hash>) classes, which change between builds and are never used here.
// - A public bot for seller.tokopedia.com/chat finds conversation rows as div[aria-label="ChatListItem"]
//   with the buyer's name in an <h3>, and message rows as the children of the message container, each
//   holding a div.messageWrapper whose first div is the text.
// - seller.tokopedia.com/chat/setting/template is the chat-template settings page (a public client sends
//   it as the referer of chatTemplateAdd), not a conversation.
// - In the unified Seller Center the chat ("Obrolan Toko") opens in a window of its own (a public
//   Electron wrapper notes it is opened with window.open); its paths and DOM are not public: the paths
//   below for seller-id.tokopedia.com are a guess, and this adapter assumes its DOM matches the classic
//   chat's, which is not confirmed.
// Everything else below is marked "guess: not confirmed".

import {
  matchesAny,
  pageUrlOf,
  parseUrl,
  queryAllFirst,
  queryFirst,
  type SelectorList,
  softly,
  textOf,
} from './dom';
import { type MessageSelectors, readMessages } from './messages';
import type { Conversation, ConversationListItem, MarketplaceAdapter } from './types';
import { watchOutsideComposer } from './watch';

export const TOKOPEDIA_HOSTS = ['seller.tokopedia.com', 'seller-id.tokopedia.com'] as const;

/**
 * Chat paths: /chat and /chat/<id> or /chat/detail/<id> (public code and tests link these; the id form
 * is a guess), and on the unified Seller Center also /im/... (guess). Settings pages under /chat/setting
 * are not conversations.
 */
const CHAT_PATH: Record<(typeof TOKOPEDIA_HOSTS)[number], RegExp> = {
  'seller.tokopedia.com': /^\/chat(?:\/(?!setting(?:\/|$)).*)?\/?$/,
  'seller-id.tokopedia.com': /^\/(?:chat|im)(?:\/(?!setting(?:\/|$)).*)?\/?$/,
};
/** The conversation id in a chat URL: /chat/<id> or /chat/detail/<id> (guess: not confirmed). */
const CONVERSATION_PATH = /^\/(?:chat|im)\/(?:detail\/)?([^/?#]+)/;
/** Query parameters that may carry the conversation id on the unified Seller Center (guess). */
const CONVERSATION_PARAMS = ['conversation_id', 'conversationId', 'msgId'] as const;

// --- Selectors -------------------------------------------------------------------------------------

/** The app root: #zeus-root (confirmed for seller.tokopedia.com), then the chat page's testid (guess). */
export const CHAT_ROOT: SelectorList = ['[data-testid="chatPage"]', '#zeus-root'];

/** Conversation rows: testid (guess), then aria-label="ChatListItem" (confirmed, public bot). */
export const LIST_ROW: SelectorList = ['[data-testid="chatListItem"]', '[aria-label="ChatListItem"]'];
/** The buyer's name in a row: testid (guess), then the row's <h3> (confirmed, public bot). */
export const LIST_ROW_NAME: SelectorList = ['[data-testid="lblChatListName"]', 'h3'];
/** The last message preview in a row (guess: not confirmed). */
export const LIST_ROW_PREVIEW: SelectorList = ['[data-testid="lblChatListPreview"]', 'p'];
/** The time of the last message in a row (guess: not confirmed). */
export const LIST_ROW_TIME: SelectorList = ['[data-testid="lblChatListTime"]', 'time'];
/** The unread counter in a row (guess: not confirmed). */
export const LIST_ROW_UNREAD: SelectorList = [
  '[data-testid="lblChatListUnread"]',
  '[class*="unread" i]',
  '[aria-label*="belum dibaca" i]',
];
/** The open conversation's row (guess: not confirmed). */
export const ACTIVE_ROW: SelectorList = [
  '[aria-selected="true"]',
  '[aria-current="true"]',
  '[class*="active" i]',
];
/** Attributes that may carry a conversation id on a row or the room (guess: not confirmed). */
const CONVERSATION_ID_ATTRIBUTES = ['data-msg-id', 'data-conversation-id', 'data-id'] as const;

/** The open conversation (room): testid (guess), then ARIA main region. */
export const CHAT_ROOM: SelectorList = ['[data-testid="chatRoom"]', '[role="main"]'];
/** The buyer's name in the room header (guess), then the header's heading. */
export const BUYER_NAME: SelectorList = [
  '[data-testid="lblChatRoomName"]',
  'header h1',
  'header h2',
  'header h3',
];

export const MESSAGE_SELECTORS: MessageSelectors = {
  /** The message container: testid (guess), then ARIA log (guess). Its emotion class is not stable. */
  list: ['[data-testid="chatRoomMessages"]', '[role="log"]'],
  /** A message row: testid (guess); else the parent of each .messageWrapper (confirmed, public bot). */
  row: ['[data-testid^="chatBubble"]'],
  /** The text: .messageWrapper's first div (confirmed, public bot), then a testid (guess). */
  text: ['.messageWrapper > div:first-child', '[data-testid="lblChatMessage"]', '.messageWrapper'],
  /** Time stamp under a bubble (guess: not confirmed). */
  time: ['[data-testid="lblChatTime"]', 'time', '[class*="time" i]'],
  /** Day separators: testid (guess), then ARIA separator. */
  daySeparator: ['[data-testid="lblChatDateSeparator"]', '[role="separator"]'],
  /** Rows sent by the shop (guess: not confirmed). */
  seller: ['[data-testid="chatBubbleSeller"]', '[data-sender="seller"]', '[class*="--self"]'],
  /** Auto-replies and smart-reply/FAQ bot answers (guess: not confirmed). */
  auto: ['[data-testid="chatBubbleAutoReply"]', '[data-sender="auto"]', '[class*="auto-reply" i]'],
  autoLabel: /^(balasan otomatis|dibalas otomatis|pesan otomatis|auto[- ]?reply|smart reply)$/i,
  idAttributes: ['data-message-id', 'data-msg-reply-id', 'data-id'],
};

/**
 * The chat box: testid (guess), then the structural fallbacks: a contenteditable editor, an ARIA
 * textbox, a textarea (the classic chat's reply box kind is not confirmed).
 */
export const COMPOSER: SelectorList = [
  '[data-testid="txtChatReply"]',
  '[contenteditable="true"]',
  '[role="textbox"]',
  'textarea',
];

/** The Send button: testid (guess), then a labelled button. */
export const SEND_BUTTON: SelectorList = [
  '[data-testid="btnChatSend"]',
  'button[aria-label*="kirim" i]',
  'button[aria-label*="send" i]',
  'button[type="submit"]',
];

// --- Reading ---------------------------------------------------------------------------------------

function chatRoot(root: ParentNode): ParentNode {
  return queryFirst(root, CHAT_ROOT) ?? root;
}

function chatRoom(root: ParentNode): Element | null {
  return queryFirst<Element>(chatRoot(root), CHAT_ROOM);
}

function isTokopediaHost(hostname: string): hostname is (typeof TOKOPEDIA_HOSTS)[number] {
  return (TOKOPEDIA_HOSTS as readonly string[]).includes(hostname);
}

function conversationIdFromUrl(url: string | null): string | null {
  const parsed = url ? parseUrl(url) : null;
  if (!parsed || !isTokopediaHost(parsed.hostname)) return null;
  for (const param of CONVERSATION_PARAMS) {
    const value = parsed.searchParams.get(param);
    if (value) return value;
  }
  const match = CONVERSATION_PATH.exec(parsed.pathname);
  return match?.[1] ? decodeURIComponent(match[1]) : null;
}

function idOfElement(element: Element | null): string | null {
  for (const attribute of CONVERSATION_ID_ATTRIBUTES) {
    const value = element?.getAttribute(attribute);
    if (value) return value;
  }
  return null;
}

function rowName(row: Element): string {
  return textOf(queryFirst(row, LIST_ROW_NAME));
}

function activeRow(root: ParentNode): Element | null {
  return queryAllFirst<Element>(chatRoot(root), LIST_ROW).find((row) => matchesAny(row, ACTIVE_ROW)) ?? null;
}

function readConversation(root: ParentNode, now: Date = new Date()): Conversation {
  return softly<Conversation>({ id: null, buyerName: null, messages: [] }, () => {
    const room = chatRoom(root);
    if (!room) return { id: conversationIdFromUrl(pageUrlOf(root)), buyerName: null, messages: [] };
    const row = activeRow(root);
    const name = textOf(queryFirst(room, BUYER_NAME)) || (row ? rowName(row) : '');
    return {
      id: conversationIdFromUrl(pageUrlOf(root)) ?? idOfElement(room) ?? idOfElement(row),
      buyerName: name || null,
      messages: readMessages(room, MESSAGE_SELECTORS, now),
    };
  });
}

function findComposer(root: ParentNode): HTMLElement | null {
  return softly<HTMLElement | null>(null, () => {
    const room = chatRoom(root);
    return room ? queryFirst(room, COMPOSER) : null;
  });
}

function findSendButton(root: ParentNode): HTMLElement | null {
  return softly<HTMLElement | null>(null, () => {
    const room = chatRoom(root);
    return room ? queryFirst(room, SEND_BUTTON) : null;
  });
}

function listConversations(root: ParentNode): ConversationListItem[] {
  return softly<ConversationListItem[]>([], () => {
    const items: ConversationListItem[] = [];
    for (const row of queryAllFirst<Element>(chatRoot(root), LIST_ROW)) {
      const name = rowName(row);
      if (!name) continue;
      const unread = textOf(queryFirst(row, LIST_ROW_UNREAD));
      const time = textOf(queryFirst(row, LIST_ROW_TIME));
      const item: ConversationListItem = {
        id: idOfElement(row) ?? `name:${name}`,
        buyerName: name,
        lastMessagePreview: textOf(queryFirst(row, LIST_ROW_PREVIEW)),
        unread: /^\d+\+?$/.test(unread) && unread !== '0',
        element: row,
      };
      if (time) item.rawTime = time;
      items.push(item);
    }
    return items;
  });
}

function isChatPage(url: string): boolean {
  const parsed = parseUrl(url);
  if (parsed?.protocol !== 'https:' || !isTokopediaHost(parsed.hostname)) return false;
  return CHAT_PATH[parsed.hostname].test(parsed.pathname);
}

function watch(root: ParentNode, signal: AbortSignal, onChange: () => void): void {
  watchOutsideComposer(root, signal, onChange, findComposer);
}

export const tokopedia: MarketplaceAdapter = {
  id: 'tokopedia',
  label: 'Tokopedia',
  isChatPage,
  readConversation,
  findComposer,
  findSendButton,
  listConversations,
  watch,
};
