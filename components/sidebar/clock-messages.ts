import type { Conversation } from '../../lib/marketplaces/types';
import type { ClockMessage } from '../../lib/reply-clock/clock';

/** The conversation's messages the clock can use: those whose time the adapter could resolve. */
export function clockMessages(conversation: Conversation | null): ClockMessage[] {
  if (!conversation) return [];
  return conversation.messages.flatMap((m) =>
    m.at == null ? [] : [{ at: m.at, from: m.from, text: m.text }],
  );
}
