import { type ReplyState, type ReplyStatus, type ReplyTargets, statusFor, type Unreadable } from './clock';

export interface ConversationWaitInput {
  id: string;
  buyerName: string | null;
  /** `unreadable` set: the buyer may be waiting, since a time (or after a message) that could not be read. */
  state: Pick<ReplyState, 'waitingSince'> & { unreadable?: Unreadable | null };
}

export interface WaitingEntry {
  id: string;
  buyerName: string | null;
  /** Null only for an `unknown` entry. */
  waitingSince: number | null;
  waitedMs: number;
  status: ReplyStatus;
  /** Set on `unknown` entries (only those carry the key). */
  unreadable?: Unreadable;
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The "Menunggu balasan" list: conversations with an unanswered buyer message, longest wait first.
 * Wait and status are recomputed for `now` so the list can tick without recomputing every state.
 * Equal waits keep a stable order (by id) so rows do not jump around between ticks. Conversations
 * whose wait could not be read come after them, as `unknown`: they cannot be ranked, and leaving
 * them out would tell the agent nobody waits there.
 */
export function waitingList(
  conversations: readonly ConversationWaitInput[],
  now: number,
  targets: ReplyTargets,
): WaitingEntry[] {
  const entries: WaitingEntry[] = [];
  const unknown: WaitingEntry[] = [];
  for (const c of conversations) {
    const { waitingSince: since, unreadable } = c.state;
    if (unreadable) {
      unknown.push({
        id: c.id,
        buyerName: c.buyerName,
        waitingSince: null,
        waitedMs: 0,
        status: 'unknown',
        unreadable,
      });
      continue;
    }
    if (since === null) continue;
    const waitedMs = Math.max(0, now - since);
    entries.push({
      id: c.id,
      buyerName: c.buyerName,
      waitingSince: since,
      waitedMs,
      status: statusFor(since, waitedMs, targets),
    });
  }
  entries.sort((a, b) => (a.waitingSince as number) - (b.waitingSince as number) || byId(a, b));
  return [...entries, ...unknown.sort(byId)];
}
