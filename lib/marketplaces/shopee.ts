// Shopee Seller Centre chat (seller.shopee.co.id/webchat/...).
//
// What is known about the page (public sources, read for facts only):
// - The chat is a React app; below a few stable ids its class names are build-hashed and change
//   between releases (selenium scripts that scraped /webchat/conversations used classes such as
//   "_2Zb8khbVxMFlHDDD2kMhKl" on the message <pre> and "z8iJb5JoTh" on list rows; later Shopee builds
//   use other hashes). So hashed classes are never used here: stable ids, Shopee's own unhashed
//   component classes (shopee-react-*), ReactVirtualized classes, ARIA roles and tags.
// - The same chat component is embedded on every Shopee page as the "mini chat"; a public Electron
//   messenger recipe (find_string "shopee-mini-chat-embedded", calibrated 2026-08/09) reads it through
//   #shopee-mini-chat-embedded, a list pane owning .shopee-react-input (search), a ReactVirtualized
//   [role=grid] > [role=rowgroup] of rows naming the buyer in div[title] with the preview in
//   span[title] and the unread count in the slot after the preview's parent, and a chat pane whose
//   .shopee-react-dropdown label is the open conversation's name.
// - Message text sits in <pre> elements (selenium scrapers of /webchat/conversations, 2021), the
//   composer is a <textarea> where Enter sends and Shift+Enter breaks the line (selenium scripts typing
//   into the mini chat's textarea), a message holds at most 600 characters (integration docs).
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

export const SHOPEE_HOST = 'seller.shopee.co.id';

/**
 * Chat paths: /webchat/conversations and /webchat/conversations/<id> (the Seller Centre chat, seen in
 * scrapers and in a public Shopee BR integration that links seller.shopee.com.br/webchat/conversations/<id>);
 * /portal/chat is named by a public multi-shop app's config (guess: not confirmed). /webchat/api/... is
 * the chat's JSON API, never a page.
 */
const CHAT_PATH = /^\/(?:webchat(?:\/(?!api(?:\/|$)).*)?|portal\/chat(?:\/.*)?)\/?$/;
/** The conversation id in a chat URL: /webchat/conversations/<id>. */
const CONVERSATION_PATH = /^\/webchat\/conversations\/([^/?#]+)/;

// --- Selectors -------------------------------------------------------------------------------------

/** The chat app's host element: stable id confirmed for the mini chat (recipe above); guess for /webchat. */
export const CHAT_ROOT: SelectorList = ['#shopee-mini-chat-embedded', '[class*="webchat" i]'];

/**
 * The conversation list's rows. ReactVirtualized rowgroup children (recipe above, confirmed for the mini
 * chat); then rows that carry a conversation id (guess); then ARIA rows.
 */
export const LIST_ROW: SelectorList = [
  '[role="grid"] [role="rowgroup"] > *',
  '[data-conversation-id]',
  '[role="listbox"] [role="option"]',
];
/** The buyer's name in a list row: div[title] (recipe above, confirmed). */
export const LIST_ROW_NAME: SelectorList = ['div[title]', '[class*="username" i]', '[class*="name" i]'];
/** The last message preview in a list row: span[title] (recipe above, confirmed). */
export const LIST_ROW_PREVIEW: SelectorList = ['span[title]', '[class*="preview" i]', '[class*="message" i]'];
/** The time of the last message in a list row (guess: not confirmed). */
export const LIST_ROW_TIME: SelectorList = ['time', '[class*="time" i]'];
/** Unread badge (guess); the structural fallback (slot after the preview) is in `rowUnread`. */
export const LIST_ROW_UNREAD: SelectorList = ['[class*="unread" i]', '[class*="badge" i]'];
/** The open conversation's row (guess: aria-selected, or an "active"/"selected" class fragment). */
export const ACTIVE_ROW: SelectorList = [
  '[aria-selected="true"]',
  '[aria-current="true"]',
  '[class*="active" i]',
  '[class*="selected" i]',
];
/** Where a conversation id may sit on a row or the chat pane (guess: not confirmed). */
const CONVERSATION_ID_ATTRIBUTES = ['data-conversation-id', 'data-conversationid', 'data-id'] as const;
/** A link to a conversation, whose href carries its id (guess: not confirmed). */
const CONVERSATION_LINK = 'a[href*="/webchat/conversations/"]';

/** The list pane owns the search box, the only pane with .shopee-react-input (recipe above, confirmed). */
export const LIST_PANE_MARKER: SelectorList = ['.shopee-react-input'];
/**
 * The open conversation's pane: a data/ARIA region first (guess), then the pane holding a textarea
 * and the dropdown but not the search box (recipe above, structural).
 */
export const CHAT_PANE: SelectorList = ['[data-chat-pane]', '[role="main"]', '[aria-label*="percakapan" i]'];

/** The open conversation's buyer name: the chat pane's .shopee-react-dropdown label (recipe above). */
export const BUYER_NAME: SelectorList = [
  '[data-testid*="buyer-name" i]',
  '.shopee-react-dropdown > div > div',
  '[class*="username" i]',
  'header [title]',
];

export const MESSAGE_SELECTORS: MessageSelectors = {
  /** The scrolling message list (guess: role=log, or a message-list class fragment). */
  list: ['[role="log"]', '[class*="message-list" i]', '[class*="messageList"]'],
  /** A message row (guess: a data-message-id or a "chat-message" class); else parents of <pre>. */
  row: ['[data-message-id]', '.chat-message', '[class*="message-item" i]'],
  /** Message text: <pre> (confirmed, selenium scrapers); then a text class fragment (guess). */
  text: ['pre', '[class*="message-text" i]', '[class*="content" i]'],
  /** Time stamp: <time> or a time class fragment (guess: the scraper had a hashed time class). */
  time: ['time', '[class*="__time"]', '[class*="time" i]'],
  /** Day separators between messages (guess: not confirmed). */
  daySeparator: ['[role="separator"]', '[class*="date-separator" i]', '[class*="time-divider" i]'],
  /** Rows the shop sent (guess: the real page adds a hashed class to the shop's own <pre>). */
  seller: ['[data-sender="seller"]', '[class*="--seller"]', '[class*="--self"]', '[class*="is-me" i]'],
  /** Auto-replies (guess: Shopee labels its default/off-work auto-reply messages). */
  auto: ['[data-sender="auto"]', '[class*="auto-reply" i]', '[class*="autoreply" i]'],
  autoLabel: /^(balasan otomatis|pesan otomatis|auto[- ]?reply|dibalas otomatis)$/i,
  idAttributes: ['data-message-id', 'data-id'],
};

/**
 * The chat box: a textarea in the chat pane (confirmed for the mini chat), then a contenteditable or
 * ARIA textbox in case Shopee moves to a rich editor.
 */
export const COMPOSER: SelectorList = [
  '[data-testid*="chat-input" i] textarea',
  'textarea[placeholder*="pesan" i]',
  'textarea',
  '[contenteditable="true"]',
  '[role="textbox"]',
];

/**
 * The Send button (guess: not confirmed; Shopee draws it as an icon): a labelled button first, then a
 * send class fragment.
 */
export const SEND_BUTTON: SelectorList = [
  '[data-testid*="send" i]',
  'button[aria-label*="kirim" i]',
  'button[aria-label*="send" i]',
  'button[title*="kirim" i]',
  '[class*="send-button" i]',
  '[class*="sendButton"]',
];

// --- Reading ---------------------------------------------------------------------------------------

function chatRoot(root: ParentNode): ParentNode {
  return queryFirst(root, CHAT_ROOT) ?? root;
}

/** The pane of the open conversation, or null when the layout is not recognised. */
function chatPane(root: ParentNode): Element | null {
  const scope = chatRoot(root);
  const explicit = queryFirst<Element>(scope, CHAT_PANE);
  if (explicit) return explicit;
  // Structural: the largest element around the chat box (or, in a read-only chat, around the first
  // message) that does not reach the list pane with its search box.
  const start = queryFirst<Element>(scope, COMPOSER) ?? queryFirst<Element>(scope, MESSAGE_SELECTORS.text);
  let pane: Element | null = null;
  for (let el = start?.parentElement ?? null; el; el = el.parentElement) {
    if (queryFirst(el, LIST_PANE_MARKER) || queryFirst(el, LIST_ROW.slice(0, 1))) break;
    pane = el;
    if (el === scope) break;
  }
  // Outside the chat's host element, a lone textarea (a feedback form, a search box) is not a chat:
  // only a pane that also shows messages counts.
  const insideChat = scope !== root;
  return pane && (insideChat || queryFirst(pane, MESSAGE_SELECTORS.text.slice(0, 1))) ? pane : null;
}

function conversationIdFromUrl(url: string | null): string | null {
  const parsed = url ? parseUrl(url) : null;
  if (!parsed || parsed.hostname !== SHOPEE_HOST) return null;
  const match = CONVERSATION_PATH.exec(parsed.pathname);
  return match?.[1] ? decodeURIComponent(match[1]) : null;
}

function idOfElement(element: Element | null): string | null {
  if (!element) return null;
  for (const attribute of CONVERSATION_ID_ATTRIBUTES) {
    const value = element.getAttribute(attribute);
    if (value) return value;
  }
  const link = element.matches(CONVERSATION_LINK) ? element : element.querySelector(CONVERSATION_LINK);
  const href = link?.getAttribute('href');
  const path = href ? parseUrl(href, `https://${SHOPEE_HOST}`)?.pathname : null;
  const match = path ? CONVERSATION_PATH.exec(path) : null;
  return match?.[1] ?? null;
}

function activeRow(root: ParentNode): Element | null {
  const rows = queryAllFirst<Element>(chatRoot(root), LIST_ROW);
  return rows.find((row) => matchesAny(row, ACTIVE_ROW)) ?? null;
}

function buyerName(pane: Element | null, root: ParentNode): string | null {
  const fromPane = pane ? textOf(queryFirst(pane, BUYER_NAME)) : '';
  if (fromPane) return fromPane;
  const row = activeRow(root);
  const fromRow = row ? rowName(row) : '';
  return fromRow || null;
}

function rowName(row: Element): string {
  const named = queryFirst<Element>(row, LIST_ROW_NAME);
  return (named?.getAttribute('title') || textOf(named)).trim();
}

/** The unread count: a badge, or the slot after the preview's parent (recipe above, structural). */
function rowUnread(row: Element): boolean {
  const badge = queryFirst<Element>(row, LIST_ROW_UNREAD);
  const slot = badge ?? row.querySelector('span[title]')?.parentElement?.nextElementSibling ?? null;
  return /^\d+\+?$/.test(textOf(slot));
}

function readConversation(root: ParentNode, now: Date = new Date()): Conversation {
  return softly<Conversation>({ id: null, buyerName: null, messages: [] }, () => {
    const pane = chatPane(root);
    const id =
      conversationIdFromUrl(pageUrlOf(root)) ??
      idOfElement(pane?.closest('[data-conversation-id]') ?? null) ??
      idOfElement(pane) ??
      idOfElement(activeRow(root));
    return {
      id,
      buyerName: pane ? buyerName(pane, root) : null,
      messages: pane ? readMessages(pane, MESSAGE_SELECTORS, now) : [],
    };
  });
}

function findComposer(root: ParentNode): HTMLElement | null {
  return softly<HTMLElement | null>(null, () => {
    const pane = chatPane(root);
    return pane ? queryFirst(pane, COMPOSER) : null;
  });
}

function findSendButton(root: ParentNode): HTMLElement | null {
  return softly<HTMLElement | null>(null, () => {
    const pane = chatPane(root);
    return pane ? queryFirst(pane, SEND_BUTTON) : null;
  });
}

function listConversations(root: ParentNode): ConversationListItem[] {
  return softly<ConversationListItem[]>([], () => {
    const rows = queryAllFirst<Element>(chatRoot(root), LIST_ROW);
    const items: ConversationListItem[] = [];
    for (const row of rows) {
      const name = rowName(row);
      if (!name) continue;
      const preview = queryFirst<Element>(row, LIST_ROW_PREVIEW);
      const time = textOf(queryFirst(row, LIST_ROW_TIME));
      const item: ConversationListItem = {
        // Rows without an id fall back to the buyer name: unique enough within one shop's list.
        id: idOfElement(row) ?? `name:${name}`,
        buyerName: name,
        lastMessagePreview: (preview?.getAttribute('title') || textOf(preview)).trim(),
        unread: rowUnread(row),
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
  if (parsed?.protocol !== 'https:' || parsed.hostname !== SHOPEE_HOST) return false;
  return CHAT_PATH.test(parsed.pathname);
}

function watch(root: ParentNode, signal: AbortSignal, onChange: () => void): void {
  watchOutsideComposer(root, signal, onChange, findComposer);
}

export const shopee: MarketplaceAdapter = {
  id: 'shopee',
  label: 'Shopee',
  isChatPage,
  readConversation,
  findComposer,
  findSendButton,
  listConversations,
  watch,
};
