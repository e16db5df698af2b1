import { type ReplyState, type ReplyStatus, type ReplyTargets, statusFor, type Unreadable } from './clock';

export interface ConversationWaitInput {
  id: string;
  buyerName: string | null;
  /** `unreadable` set: the buyer may be waiting, since a time (or after a message) that could not be read. */
  state: Pick<ReplyState, 'waitingSince'> & { unreadable?: Unreadable | null };
}

/** A place in the list: what does not change from one second to the next. */
export interface WaitingPlace {
  id: string;
  buyerName: string | null;
  /** Null only for an `unknown` entry. */
  waitingSince: number | null;
  /** Set on `unknown` entries (only those carry the key). */
  unreadable?: Unreadable;
}

export interface WaitingEntry extends WaitingPlace {
  waitedMs: number;
  status: ReplyStatus;
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** A conversation's place in the list, or null when nobody waits there. */
export function placeOf(c: ConversationWaitInput): WaitingPlace | null {
  const { waitingSince, unreadable } = c.state;
  if (unreadable) return { id: c.id, buyerName: c.buyerName, waitingSince: null, unreadable };
  return waitingSince !== null ? { id: c.id, buyerName: c.buyerName, waitingSince } : null;
}

/** The order of the list (see orderWaiting): timed places by wait, then the unknown ones; ties by id. */
export function compareWaiting(a: WaitingPlace, b: WaitingPlace): number {
  const unknownA = a.waitingSince === null;
  const unknownB = b.waitingSince === null;
  if (unknownA !== unknownB) return unknownA ? 1 : -1;
  return unknownA ? byId(a, b) : (a.waitingSince as number) - (b.waitingSince as number) || byId(a, b);
}

/**
 * The order of "Menunggu balasan": conversations with an unanswered buyer message, longest wait
 * first; equal waits by id, so rows do not jump around. Conversations whose wait could not be read
 * come after them, as `unknown`: they cannot be ranked, and leaving them out would tell the agent
 * nobody waits there. The order does not depend on the time, so it is worked out once per change
 * of the conversations, not on every tick.
 */
export function orderWaiting(conversations: readonly ConversationWaitInput[]): WaitingPlace[] {
  const places: WaitingPlace[] = [];
  for (const c of conversations) {
    const place = placeOf(c);
    if (place) places.push(place);
  }
  return places.sort(compareWaiting);
}

/** One place's wait and status at `now`: a ticking list computes this for the rows in view only. */
export function waitingEntry(place: WaitingPlace, now: number, targets: ReplyTargets): WaitingEntry {
  if (place.unreadable || place.waitingSince === null) return { ...place, waitedMs: 0, status: 'unknown' };
  const waitedMs = Math.max(0, now - place.waitingSince);
  return { ...place, waitedMs, status: statusFor(place.waitingSince, waitedMs, targets) };
}

/** The whole list at `now` (`orderWaiting` with each wait and status). */
export function waitingList(
  conversations: readonly ConversationWaitInput[],
  now: number,
  targets: ReplyTargets,
): WaitingEntry[] {
  return orderWaiting(conversations).map((place) => waitingEntry(place, now, targets));
}
