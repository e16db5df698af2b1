import type { ChatMessage, Conversation } from '../marketplaces/types';

// The chat pages virtualise their message lists: only the messages in view are in the DOM. So what
// the page showed is kept per conversation and merged with what it shows now; the oldest unanswered
// buyer message is not forgotten when it scrolls out of view, nor when the agent opens the chat again
// later. Bounded: the newest conversations and messages only (a day's work of a busy shop).
//
// The same place refines the times of live messages: chat pages print minute-precision stamps
// ("10:32"); for a message that arrives while Sigap watches, the moment it appeared is a closer
// estimate than the start of its minute, so the reply clock does not start up to 59 s early.
// Messages already there when a conversation is opened (history) keep the page's own time.

const MINUTE_MS = 60_000;
const MAX_CONVERSATIONS = 300;
const MAX_MESSAGES = 300;

interface Kept {
  byId: Map<string, { message: ChatMessage; seq: number }>;
}

export interface ConversationMemory {
  /** The conversation with everything seen of it before merged in, oldest first. */
  merge(conversation: Conversation | null, now?: number): Conversation | null;
}

function byTimeThenSeen(a: { message: ChatMessage; seq: number }, b: { message: ChatMessage; seq: number }) {
  const at = a.message.at;
  const bt = b.message.at;
  return at != null && bt != null && at !== bt ? at - bt : a.seq - b.seq;
}

function refine(message: ChatMessage, firstSeen: number): ChatMessage {
  if (message.at == null) return message;
  const lead = firstSeen - message.at;
  return lead >= 0 && lead < MINUTE_MS ? { ...message, at: firstSeen } : message;
}

export function createConversationMemory(): ConversationMemory {
  const kept = new Map<string, Kept>();
  let openId: string | null | undefined;
  let seq = 0;

  return {
    merge(conversation, now = Date.now()) {
      if (!conversation?.id) {
        openId = conversation?.id;
        return conversation;
      }
      const { id } = conversation;
      const opening = id !== openId;
      openId = id;
      const entry = kept.get(id) ?? { byId: new Map() };
      // Most recently used last, so the oldest conversation is the first to go.
      kept.delete(id);
      kept.set(id, entry);
      if (kept.size > MAX_CONVERSATIONS) kept.delete(kept.keys().next().value as string);

      for (const message of conversation.messages) {
        const known = entry.byId.get(message.id);
        if (known) {
          // The page may have resolved a time or fixed a text since: keep our refined time only.
          known.message = { ...message, at: known.message.at ?? message.at };
          continue;
        }
        entry.byId.set(message.id, { message: opening ? message : refine(message, now), seq: seq++ });
      }
      const merged = [...entry.byId.values()].sort(byTimeThenSeen);
      for (const drop of merged.splice(0, Math.max(0, merged.length - MAX_MESSAGES))) {
        entry.byId.delete(drop.message.id);
      }
      return { ...conversation, messages: merged.map((m) => m.message) };
    },
  };
}
