import type * as Registry from '../../../lib/marketplaces/index';

// What the simulators expose on `window.__sim` (tests/e2e/simulators/*/app.js). The new simulators
// (shopee-webchat, tiktok-chat) implement all of it; the old ones (shopee, tokopedia: the "layout
// drift" cases) implement the first four methods and the original SimState fields only.

export interface SimMessage {
  id: string;
  /** 'system' (a notice without a side) exists in the new simulators only. */
  from: 'buyer' | 'seller' | 'auto' | 'system';
  /** The message's text; a product card's product name. */
  text: string;
  at: number;
  time: string;
  /** New simulators: what the bubble holds. */
  kind?: 'text' | 'product' | 'image';
}
export interface SimConversation {
  /** The simulator's own id: the page never shows it. */
  id: string;
  buyerName: string;
  unread: number;
  lastMessage: string;
  /** New simulators: the shop spoke last (not counting an auto-reply). */
  replied?: boolean;
}
export interface SimState {
  marketplace?: 'shopee' | 'tiktok' | 'tokopedia';
  layout?: string;
  path: string;
  conversationId: string | null;
  buyerName: string | null;
  /** What the page's app would send (its own state, not the chat box's DOM value). */
  composer: string;
  /** The page's own character counter, where the page shows one. */
  counter?: string;
  /** Whether Send would send: the app's state is non-empty. */
  sendEnabled: boolean;
  /** New simulators: whether the page's own right-hand panel is open. */
  rightPanelOpen?: boolean;
  loadedAt?: number;
  /** All messages of the open conversation in the app's state (the DOM may hold only some). */
  messages: SimMessage[];
  conversations: SimConversation[];
}
export type ScrollTarget = 'top' | 'bottom' | number;
declare global {
  interface Window {
    __sim: {
      marketplace: string;
      receiveBuyerMessage(text: string, options?: { conversationId?: string }): string;
      openConversation(id: string): void;
      navigate(path: string): void;
      state(): SimState;
      /** New simulators: the shop replies from another device; the chat box keeps its draft. */
      sendAsShop?(text: string, options?: { conversationId?: string }): string;
      /** New simulators: scrolls the open chat's messages ('top' loads older ones). */
      scrollMessages?(to: ScrollTarget): void;
      /** New simulators: scrolls the conversation list. */
      scrollConversations?(to: ScrollTarget): void;
      /** New simulators: opens or closes the page's own right-hand panel. */
      setRightPanel?(open: boolean): void;
    };
    __adapters: typeof Registry;
    __marker?: number;
  }
}
