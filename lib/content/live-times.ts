import type { Conversation } from '../marketplaces/types';

// Chat pages show minute-precision stamps ("10:32"). For a message that arrives while Sigap watches,
// the moment it appeared is a closer estimate than the start of its minute, so the reply clock does
// not start up to 59 s early. Messages already there when a conversation is opened (history) keep
// the page's own time, as the clock's rules require.

const MINUTE_MS = 60_000;

export interface LiveTimes {
  /** Returns the conversation with live messages' times refined. */
  refine(conversation: Conversation | null, now?: number): Conversation | null;
}

export function createLiveTimes(): LiveTimes {
  let conversationId: string | null | undefined;
  let known = new Set<string>();
  const firstSeen = new Map<string, number>();

  return {
    refine(conversation, now = Date.now()) {
      if (!conversation) return conversation;
      if (conversation.id !== conversationId) {
        // A newly opened conversation: everything on screen is history.
        conversationId = conversation.id;
        known = new Set(conversation.messages.map((m) => m.id));
        firstSeen.clear();
      }
      for (const m of conversation.messages) {
        if (!known.has(m.id)) {
          known.add(m.id);
          firstSeen.set(m.id, now);
        }
      }
      return {
        ...conversation,
        messages: conversation.messages.map((m) => {
          const seen = firstSeen.get(m.id);
          if (seen == null || m.at == null) return m;
          const lead = seen - m.at;
          return lead >= 0 && lead < MINUTE_MS ? { ...m, at: seen } : m;
        }),
      };
    },
  };
}
