import type { ListedConversation, PageState } from '../../lib/messaging';
import type { Unreadable } from '../../lib/reply-clock/clock';
import type { ConversationWaitInput } from '../../lib/reply-clock/waiting-list';

/** What the sidebar learnt of a conversation while it was open. */
export interface SeenConversation {
  buyerName: string | null;
  waitingSince: number | null;
  /** Set when its messages could not tell whether the buyer waits (see ReplyState.unreadable). */
  unreadable?: Unreadable | null;
  /** The newest message time read, to tell whether the list row shows something newer. */
  lastAt: number | null;
}

type WaitState = ConversationWaitInput['state'];

function stateOf(known: SeenConversation): WaitState {
  return known.unreadable
    ? { waitingSince: null, unreadable: known.unreadable }
    : { waitingSince: known.waitingSince };
}

function rowState(row: ListedConversation, known: SeenConversation | undefined, open: boolean): WaitState {
  // Read just now, or read before and the page shows nothing unread since.
  if (known && (open || !row.unread)) return stateOf(known);
  if (!row.unread) return { waitingSince: null };
  // Unread: the buyer wrote something the agent has not seen.
  if (known && (known.unreadable || known.waitingSince !== null)) return stateOf(known);
  // The row shows no readable time: the buyer waits, since when cannot be told.
  if (row.lastAt == null) return { waitingSince: null, unreadable: 'time' };
  if (known?.lastAt != null && row.lastAt <= known.lastAt) return stateOf(known);
  return { waitingSince: row.lastAt };
}

/**
 * The conversations to put in "Menunggu balasan". The open conversation and those seen earlier in
 * this tab are known precisely (their messages were read). A row never opened, or with a message
 * newer than what was read, counts as waiting when the page marks it unread, since the time its row
 * shows: the best the list itself tells. An unread row whose time cannot be read is listed as
 * unknown, never left out as if answered.
 */
export function waitingConversations(
  page: PageState | null,
  seen: Readonly<Record<string, SeenConversation>>,
): ConversationWaitInput[] {
  if (!page) return [];
  const out: ConversationWaitInput[] = [];
  // Seen conversations are few, list rows may be 10,000: track which seen ones the list lacks
  // instead of collecting every row's id.
  const unlisted = new Set(Object.keys(seen));
  const openId = page.conversation?.id ?? null;
  for (const row of page.list) {
    // Own keys only: a row id such as "constructor" comes from the page and must not find Object's.
    const known = Object.hasOwn(seen, row.id) ? seen[row.id] : undefined;
    if (known) unlisted.delete(row.id);
    out.push({ id: row.id, buyerName: row.buyerName, state: rowState(row, known, row.id === openId) });
  }
  for (const id of unlisted) {
    const known = seen[id]!;
    out.push({ id, buyerName: known.buyerName, state: stateOf(known) });
  }
  return out;
}
