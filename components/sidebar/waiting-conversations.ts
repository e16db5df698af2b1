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
 * One conversation's entry in "Menunggu balasan" (see waitingConversations), from its list row and
 * what was read of it while open; null when it is neither listed nor seen.
 */
export function waitInputOf(
  id: string,
  row: ListedConversation | undefined,
  known: SeenConversation | undefined,
  open: boolean,
): ConversationWaitInput | null {
  if (row) return { id, buyerName: row.buyerName, state: rowState(row, known, open) };
  return known ? { id, buyerName: known.buyerName, state: stateOf(known) } : null;
}

/** Own keys only: an id such as "constructor" comes from the page and must not find Object's. */
export function seenOf(
  seen: Readonly<Record<string, SeenConversation>>,
  id: string,
): SeenConversation | undefined {
  return Object.hasOwn(seen, id) ? seen[id] : undefined;
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
    const known = seenOf(seen, row.id);
    if (known) unlisted.delete(row.id);
    out.push(waitInputOf(row.id, row, known, row.id === openId)!);
  }
  for (const id of unlisted) out.push(waitInputOf(id, undefined, seen[id], false)!);
  return out;
}
