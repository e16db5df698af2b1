import type { PageState } from '../../lib/messaging';
import type { ConversationWaitInput } from '../../lib/reply-clock/waiting-list';

/** What the sidebar learnt of a conversation while it was open. */
export interface SeenConversation {
  buyerName: string | null;
  waitingSince: number | null;
  /** The newest message time read, to tell whether the list row shows something newer. */
  lastAt: number | null;
}

/**
 * The conversations to put in "Menunggu balasan". The open conversation and those seen earlier in
 * this tab are known precisely (their messages were read). A row never opened, or with a message
 * newer than what was read, counts as waiting when the page marks it unread, since the time its row
 * shows: the best the list itself tells.
 */
export function waitingConversations(
  page: PageState | null,
  seen: Readonly<Record<string, SeenConversation>>,
): ConversationWaitInput[] {
  if (!page) return [];
  const out: ConversationWaitInput[] = [];
  const ids = new Set<string>();
  for (const row of page.list) {
    ids.add(row.id);
    const known = seen[row.id];
    const newer = row.lastAt != null && (known?.lastAt == null || row.lastAt > known.lastAt);
    const waitingSince =
      known && !(row.unread && newer)
        ? known.waitingSince
        : row.unread
          ? (known?.waitingSince ?? row.lastAt)
          : null;
    out.push({ id: row.id, buyerName: row.buyerName, state: { waitingSince } });
  }
  for (const [id, known] of Object.entries(seen)) {
    if (!ids.has(id))
      out.push({ id, buyerName: known.buyerName, state: { waitingSince: known.waitingSince } });
  }
  return out;
}
