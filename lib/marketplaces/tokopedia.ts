// Tokopedia seller chat, which is now the TikTok Shop seller centre chat (seller-id.tokopedia.com and
// every TikTok Shop region, hosts.ts), with the classic seller.tokopedia.com chat kept as an older
// layout of the same adapter. A table of facts; the shared resolver (read-page.ts) reads it and falls
// back to the page signals for whatever it does not find.
//
// Sources ("index N" = a file id of the `search` tool's code index; shared/research/real-chat-dom.md):
// - T1 index 71061397173 (a bridge for seller-vn.tiktok.com/chat/inbox/current, 2026): cards
//   [data-testid="chat.chatroom.conversation_card"] with the name in
//   [data-testid="chat.chatroom.conversation_card_username"], the unread count .p-badge-number.
// - T2 index 66495506108 (seller-centre research of 2026-09-06): the card's time is <time class=
//   "chatd-time">; no per-card "unanswered" mark.
// - T3 index 66925127168: the chat box #chat-input-textarea > textarea, Send #chat-input-send-button.
// - T4 index 69401032927, 69495917732, 58890497893 (TikTok's chatd IM components, 2026-09): room
//   .chatd-root; messages [data-testid="chat.chatroom.message_card"] .chatd-message, .chatd-message--right
//   / .chatd-bubble-main--self the shop, --left / --other the buyer; text
//   .chatd-message-body-info-message pre; time .chatd-message-time > time.chatd-time.
// - T5 index 22479777178 (a bot for the VN seller chat): the message list div.chatd-scrollView with its
//   rows under .chatd-scrollView-content.
// - T6 index 71053072621: /chat/assistant-v2/chatbot on the same host is not the seller inbox.
// - C1 the classic chat, a 2021 saved page (cluster777/TokopediaBot unitTesting/chatOpened.html):
//   [aria-label=ChatListItem] rows (.active when open) with the name in h3, data-testid=compChatPage,
//   [aria-label=chatRoomHeader] with the name in [data-testid=spnChatNamaToko], div.inbox rows (.sender on
//   one's own) around .messageWrapper > .messageContent[data-testid=txtChatMessage], .sender
//   on one's own rows, textarea[data-testid=iptChatTextarea], button[data-testid=btnChatSend].
// The path of today's chat holds no conversation id ("/chat/inbox/current"): identity comes from the
// buyer (read-page.ts). Hashed classes change every build and are never used.

import { parseUrl } from './dom';
import { TIKTOK_SHOP_SELLER_HOSTS, TOKOPEDIA_CLASSIC_HOSTS } from './hosts';
import type { ChatLayout, MarketplaceDefinition } from './layout';
import { createAdapter } from './read-page';

/** /chat and below, but not its settings or the assistant (T6). */
const CHAT_PATH = /^\/chat(?:\/(?!setting(?:\/|$)|assistant).*)?\/?$/;
/** The classic chat's address of one conversation: /chat/<digits> (never "inbox"). */
const CONVERSATION_PATH = /^\/chat\/(?:detail\/)?(\d{4,})(?:\/|$)/;

export const TIKTOK_SHOP: ChatLayout = {
  room: ['.chatd-root'], // T4
  list: ['.chatd-scrollView', '.chatd-root'], // T5, T4
  message: ['[data-testid="chat.chatroom.message_card"]', '.chatd-message'], // T4
  text: ['.chatd-message-body-info-message pre', '.chatd-message-body-info-message'], // T4
  time: ['.chatd-message-time .chatd-time', 'time.chatd-time'], // T4, T2
  seller: ['.chatd-message--right', '.chatd-bubble-main--self'], // T4
  buyerMessage: ['.chatd-message--left', '.chatd-bubble-main--other'], // T4
  composer: ['#chat-input-textarea textarea'], // T3
  send: ['#chat-input-send-button'], // T3
  row: ['[data-testid="chat.chatroom.conversation_card"]'], // T1
  rowName: ['[data-testid="chat.chatroom.conversation_card_username"]'], // T1
  rowTime: ['time'], // T2
  rowUnread: ['.p-badge-number'], // T1
};

export const CLASSIC: ChatLayout = {
  older: true,
  room: ['[data-testid="compChatPage"]'], // C1
  buyer: ['[aria-label="chatRoomHeader"] [data-testid="spnChatNamaToko"]'], // C1
  list: ['[data-testid="compChatPage"]'], // C1: rows are the .messageWrapper parents
  message: ['.messageWrapper'], // C1
  text: ['.messageContent', '[data-testid="txtChatMessage"]'], // C1
  time: ['.messageTime'], // C1: .messageTimeStatus span.messageTime
  seller: ['.sender > .messageWrapper'], // C1: .sender sits on the row around one's own wrapper
  unmarkedIsBuyer: true, // C1: only one's own rows carry .sender
  composer: ['textarea[data-testid="iptChatTextarea"]'], // C1
  send: ['button[data-testid="btnChatSend"]'], // C1
  row: ['[aria-label="ChatListItem"]'], // C1
  rowCurrent: ['.active'], // C1
  rowName: ['h3'], // C1
};

const HOSTS: readonly string[] = [...TIKTOK_SHOP_SELLER_HOSTS, ...TOKOPEDIA_CLASSIC_HOSTS];

function isChatPage(url: string): boolean {
  const parsed = parseUrl(url);
  return parsed?.protocol === 'https:' && HOSTS.includes(parsed.hostname) && CHAT_PATH.test(parsed.pathname);
}

function idFromUrl(url: string): string | null {
  return CONVERSATION_PATH.exec(parseUrl(url)?.pathname ?? '')?.[1] ?? null;
}

export const TOKOPEDIA: MarketplaceDefinition = {
  id: 'tokopedia',
  label: 'Tokopedia',
  isChatPage,
  idFromUrl,
  layouts: [TIKTOK_SHOP, CLASSIC],
  // The classic chat marks bot answers "Pesan ini dibalas oleh sistem" (C1); TikTok Shop's auto-reply
  // and FAQ answers carry a short label (matched on a whole leaf).
  autoLabel:
    /^(balasan otomatis|dibalas otomatis|pesan otomatis|auto[- ]?reply|smart reply|pesan ini dibalas oleh sistem)$/i,
  messageIdAttributes: ['data-message-id', 'data-msg-id', 'data-id'],
  conversationIdAttributes: ['data-conversation-id', 'data-msg-id'],
};

export const tokopedia = createAdapter(TOKOPEDIA);
