import type { Conversation } from '../../lib/marketplaces/types';
import type { ClockMessage, ClockSender } from '../../lib/reply-clock/clock';

const KNOWN_SENDERS: readonly string[] = ['buyer', 'seller', 'auto'] satisfies ClockSender[];

/**
 * The conversation's messages as the clock reads them, every one of them in the page's order. A
 * message whose time the adapter could not resolve keeps `at: null` instead of being dropped (the
 * clock then says it cannot tell, rather than "answered"); a sender the clock does not know (an
 * adapter that could not tell bubble sides apart) becomes 'unknown'.
 */
export function clockMessages(conversation: Conversation | null): ClockMessage[] {
  if (!conversation) return [];
  return conversation.messages.map((m) => ({
    at: typeof m.at === 'number' && Number.isFinite(m.at) ? m.at : null,
    from: KNOWN_SENDERS.includes(m.from) ? (m.from as ClockSender) : 'unknown',
    text: m.text,
  }));
}
