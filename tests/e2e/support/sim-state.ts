import type * as Registry from '../../../lib/marketplaces/index';

// What the simulators expose on `window.__sim` (tests/e2e/simulators/*/app.js).

export interface SimMessage {
  id: string;
  from: 'buyer' | 'seller' | 'auto';
  text: string;
  at: number;
  time: string;
}
export interface SimState {
  path: string;
  conversationId: string | null;
  buyerName: string | null;
  composer: string;
  counter?: string;
  sendEnabled: boolean;
  messages: SimMessage[];
  conversations: { id: string; buyerName: string; unread: number; lastMessage: string }[];
}
declare global {
  interface Window {
    __sim: {
      receiveBuyerMessage(text: string, options?: { conversationId?: string }): string;
      openConversation(id: string): void;
      navigate(path: string): void;
      state(): SimState;
    };
    __adapters: typeof Registry;
    __marker?: number;
  }
}
