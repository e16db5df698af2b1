// Shopee Seller Centre chat: one React app at /new-webchat/conversations (and the legacy /webchat/...)
// on every regional Seller Centre host (hosts.ts). A table of facts; the shared resolver
// (read-page.ts) reads it and falls back to the page signals for whatever it does not find.
//
// Sources ("index N" = a file id of the `search` tool's code index; shared/research/real-chat-dom.md):
// - S1 index 56715062854 (a puppeteer bot for seller.shopee.com.br/new-webchat, 2026): rows
//   [data-cy="webchat-conversation-cell-root"] under [data-cy="webchat-conversation-list"]
//   .ReactVirtualized__Grid__innerScrollContainer, separated by #tab_unreplied / #tab_manually_replied;
//   the name in [data-cy="webchat-conversation-cell-name"] (also in its title); the unread badge is the
//   element after [data-cy="webchat-conversation-cell-message"]; messages [data-cy="webchat-message-
//   receive"] (buyer) / [data-cy="webchat-message-send"] (shop) under #messageSection's ReactVirtualized
//   grid; the time sits in a div nested in the text ("Boa noite21:47"); the chat box is
//   [data-cy="webchat-conversation-detail-input"] > #inputField > textarea, Enter sends, Shift+Enter
//   breaks the line; the product panel is [data-cy="webchat-station-root"].
// - S2 index 71428051551 (a bot for banhang.shopee.vn/new-webchat): the message grid's id is literally
//   "#message-virtualized-list"; [data-cy="webchat-conversation-detail-message-container"]; the open row
//   carries data-cy "...-root-current"; the conversation id is not in the URL (it reads React props).
// - S3 index 60814458160 / 1271698086 (cindung/auto_reply_shopee): [data-cy="webchat-message-system"]
//   for system rows, text in <pre>; the chat title's class is build-hashed (never used here).
// - S4 index 67152236658: [data-cy="webchat-conversation-detail"] is the open conversation's pane (the
//   search box is the .shopee-react-input outside it).
// - S5 index 66495506108 (seller-centre research of 2026-09-06): [data-cy="webchat-conversation-cell-
//   container"] rows with [data-cy="webchat-conversation-cell-timestamp"] ("14:23", "28/02/25") and the
//   preview in [data-cy="webchat-conversation-cell-content-text"] (also in its title).
// - The legacy /webchat/conversations/<id> address carries the id (a public Shopee BR integration links
//   seller.shopee.com.br/webchat/conversations/<id>).
// Hashed classes (_3kEAcT1Mk5 and the like) change every build and are never used.

import { parseUrl } from './dom';
import { SHOPEE_SELLER_HOSTS } from './hosts';
import type { ChatLayout, MarketplaceDefinition } from './layout';
import { createAdapter } from './read-page';

/** Chat paths: /new-webchat/... and /webchat/...; their /api/ paths are JSON, never a page. */
const CHAT_PATH = /^\/(?:new-)?webchat(?:\/(?!api(?:\/|$)).*)?\/?$/;
/** The legacy address of one conversation: /webchat/conversations/<id>. */
const CONVERSATION_PATH = /^\/(?:new-)?webchat\/conversations\/([^/?#]+)/;

export const CURRENT: ChatLayout = {
  room: ['[data-cy="webchat-conversation-detail"]'], // S4
  list: [
    '[id="#message-virtualized-list"]', // S2: the "#" is part of the id
    '[data-cy="webchat-conversation-detail-message-container"]', // S2
    '#messageSection', // S1
  ],
  message: [
    '[data-cy="webchat-message-send"], [data-cy="webchat-message-receive"], [data-cy="webchat-message-system"]',
  ], // S1, S3
  text: ['pre'], // S1, S3: the time is nested inside; the reader cuts it out
  time: ['pre > div > div'], // S1: "the timestamp sits in a <div> nested inside the text" ("Boa noite21:47")
  seller: ['[data-cy="webchat-message-send"]'], // S1
  buyerMessage: ['[data-cy="webchat-message-receive"]'], // S1
  system: ['[data-cy="webchat-message-system"]'], // S3
  composer: ['[data-cy="webchat-conversation-detail-input"] textarea', '#inputField textarea'], // S1
  row: ['[data-cy^="webchat-conversation-cell-root"]', '[data-cy="webchat-conversation-cell-container"]'], // S1, S2, S5
  rowCurrent: ['[data-cy$="-root-current"]'], // S2
  rowName: ['[data-cy="webchat-conversation-cell-name"]'], // S1 (title holds the full name)
  rowPreview: [
    '[data-cy="webchat-conversation-cell-content-text"]',
    '[data-cy="webchat-conversation-cell-message"]',
  ], // S5, S1
  rowTime: ['[data-cy="webchat-conversation-cell-timestamp"]'], // S5
  rowUnread: ['[data-cy="webchat-conversation-cell-message"] + *'], // S1: the badge follows the preview
};

function isChatPage(url: string): boolean {
  const parsed = parseUrl(url);
  if (parsed?.protocol !== 'https:') return false;
  return (
    (SHOPEE_SELLER_HOSTS as readonly string[]).includes(parsed.hostname) && CHAT_PATH.test(parsed.pathname)
  );
}

function idFromUrl(url: string): string | null {
  const match = CONVERSATION_PATH.exec(parseUrl(url)?.pathname ?? '');
  return match?.[1] ? decodeURIComponent(match[1]) : null;
}

export const SHOPEE: MarketplaceDefinition = {
  id: 'shopee',
  label: 'Shopee',
  isChatPage,
  idFromUrl,
  layouts: [CURRENT],
  // Shopee labels its default and off-hours auto-replies (seller-centre help pages); matched on a leaf.
  autoLabel: /^(balasan otomatis|pesan otomatis|auto[- ]?reply|dibalas otomatis)$/i,
  messageIdAttributes: ['data-message-id', 'data-id'],
  conversationIdAttributes: ['data-conversation-id'],
};

export const shopee = createAdapter(SHOPEE);
