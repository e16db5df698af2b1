import type { ChatMessage, Conversation } from '../marketplaces/types';

// The chat pages virtualise their message lists: only the messages in view are in the DOM. So what
// the page showed is kept per conversation and merged with what it shows now; the oldest unanswered
// buyer message is not forgotten when it scrolls out of view, nor when the agent opens the chat again
// later. Bounded: the newest conversations and messages only (a day's work of a busy shop).
//
// The same place refines the times of live messages: chat pages print minute-precision stamps
// ("10:32"); for a message that arrives while Sigap watches, the moment it appeared is a closer
// estimate than the start of its minute, so the reply clock does not start up to 59 s early.
// A message without a stamp of its own (the page stamps only the first of a group: TikTok Shop)
// carries the stamp above it, minutes old perhaps; arriving below everything kept, it is new, and
// the moment it appeared is its time. (Without this, a buyer writing 3 minutes after the agent's
// reply waited "3 minutes" the moment the message came.) Messages already there when a
// conversation is opened (history), or loaded above by scrolling up, keep the page's time.

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

/** `arrived`: the message came below every message kept, as a new one does. */
function refine(message: ChatMessage, firstSeen: number, arrived: boolean): ChatMessage {
  if (message.at == null) return message;
  const lead = firstSeen - message.at;
  if (lead < 0) return message;
  return lead < MINUTE_MS || (arrived && message.atIsLowerBound) ? { ...message, at: firstSeen } : message;
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

      // In the page's order (oldest first): what comes after a message kept arrived since. With none
      // of the kept ones in view (scrolled up to older pages), nothing here can be told to be new.
      const lastKept = conversation.messages.findLastIndex((message) => entry.byId.has(message.id));
      for (const [i, message] of conversation.messages.entries()) {
        const known = entry.byId.get(message.id);
        if (known) {
          // The page may have resolved a time or fixed a text since: keep our refined time only.
          known.message = { ...message, at: known.message.at ?? message.at };
          continue;
        }
        entry.byId.set(message.id, {
          message: opening ? message : refine(message, now, lastKept >= 0 && i > lastKept),
          seq: seq++,
        });
      }
      const merged = [...entry.byId.values()].sort(byTimeThenSeen);
      for (const drop of merged.splice(0, Math.max(0, merged.length - MAX_MESSAGES))) {
        entry.byId.delete(drop.message.id);
      }
      return { ...conversation, messages: merged.map((m) => m.message) };
    },
  };
}
