import { type ReplyState, type ReplyStatus, type ReplyTargets, statusFor } from './clock';

export interface ConversationWaitInput {
  id: string;
  buyerName: string | null;
  state: Pick<ReplyState, 'waitingSince'>;
}

export interface WaitingEntry {
  id: string;
  buyerName: string | null;
  waitingSince: number;
  waitedMs: number;
  status: ReplyStatus;
}

/**
 * The "Menunggu balasan" list: conversations with an unanswered buyer message, longest wait first.
 * Wait and status are recomputed for `now` so the list can tick without recomputing every state.
 * Equal waits keep a stable order (by id) so rows do not jump around between ticks.
 */
export function waitingList(
  conversations: readonly ConversationWaitInput[],
  now: number,
  targets: ReplyTargets,
): WaitingEntry[] {
  const entries: WaitingEntry[] = [];
  for (const c of conversations) {
    const since = c.state.waitingSince;
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
  return entries.sort((a, b) => a.waitingSince - b.waitingSince || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
