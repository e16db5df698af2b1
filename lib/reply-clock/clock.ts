// The reply clock of one conversation, as a pure function of its messages and the current time.
// Nothing here keeps state between calls: the adapter re-reads the conversation whenever the page
// changes, and recomputing from the messages (with their own time stamps) means history read when a
// conversation is opened counts exactly like messages seen arriving live.
//
// What the adapter could not read is never guessed: a message without a readable time, or whose
// sender is unknown, can make the answer "cannot tell" (status `unknown`), never "answered".

/** 'unknown': the adapter found a message but could not tell who sent it. */
export type ClockSender = 'buyer' | 'seller' | 'auto' | 'unknown';

export interface ClockMessage {
  /**
   * Epoch ms of the message, already resolved from the page's time stamp by the adapter; null (or
   * a non-finite number) when its time could not be read.
   */
  at: number | null;
  from: ClockSender;
  text?: string;
}

/** Why the clock cannot tell whether, or since when, the buyer waits. */
export type Unreadable = 'time' | 'sender';

export interface ReplyTargets {
  /** From this wait on (inclusive) the conversation is `due`: amber. */
  dueMs: number;
  /** From this wait on (inclusive) the conversation is `overdue`: red. */
  overdueMs: number;
}

/** `unknown`: messages that decide it could not be read (see `ReplyState.unreadable`). */
export type ReplyStatus = 'idle' | 'ok' | 'due' | 'overdue' | 'unknown';

/** One answered stretch: the oldest waiting buyer message and the seller message that answered it. */
export interface ReplyLatency {
  buyerAt: number;
  replyAt: number;
  latencyMs: number;
}

export interface ReplyState {
  /**
   * Time of the oldest buyer message no seller message has followed yet; null when nothing waits,
   * and when it cannot be told (`unreadable`).
   */
  waitingSince: number | null;
  waitedMs: number;
  status: ReplyStatus;
  samples: ReplyLatency[];
  /**
   * Set when the buyer may be waiting but the messages that would tell were unreadable: a buyer
   * message with no readable time ('time'), or a message from an unknown sender after the last
   * reply ('sender'). `status` is then `unknown`, never `idle`.
   */
  unreadable: Unreadable | null;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** The defaults: amber after 5 minutes, red after 2 hours (Tokopedia's recommendation). */
export const DEFAULT_TARGETS: ReplyTargets = { dueMs: 5 * MINUTE, overdueMs: 2 * HOUR };

/** Both Shopee and Tokopedia count a chat as answered only when the reply comes within 12 hours. */
export const MARKETPLACE_DEADLINE_MS = 12 * HOUR;

/** Status for a wait of `waitedMs`; `waitingSince === null` (nothing waits) is `idle`. */
export function statusFor(waitingSince: number | null, waitedMs: number, targets: ReplyTargets): ReplyStatus {
  if (waitingSince === null) return 'idle';
  if (waitedMs >= targets.overdueMs) return 'overdue';
  if (waitedMs >= targets.dueMs) return 'due';
  return 'ok';
}

const readableTime = (at: number | null): at is number => at !== null && Number.isFinite(at);

/**
 * The messages in the order the clock reads them. With every time readable: time order (`sort` is
 * stable, so messages sharing a time stamp, as pages often show minutes only, keep the page's
 * order). A message with no readable time can only be placed where the page shows it, so then the
 * page's order is kept for all: the adapters read messages top to bottom, oldest first.
 */
export function clockOrder<T extends ClockMessage>(messages: readonly T[]): T[] {
  return messages.every((m) => readableTime(m.at))
    ? [...messages].sort((a, b) => (a.at as number) - (b.at as number))
    : [...messages];
}

export function computeReplyState(
  messages: readonly ClockMessage[],
  now: number,
  targets: ReplyTargets,
): ReplyState {
  const samples: ReplyLatency[] = [];
  // A number: the buyer waits since then; null: nothing waits; 'time' / 'sender': cannot tell.
  let waiting: number | null | Unreadable = null;
  for (const message of clockOrder(messages)) {
    const at = readableTime(message.at) ? message.at : null;
    if (message.from === 'buyer') {
      // Only the first of several buyer messages in a row starts the wait; the rest do not restart it.
      if (waiting === null) waiting = at ?? 'time';
    } else if (message.from === 'seller') {
      // The seller's message answers whatever came before it in the page, even with its time
      // unreadable; a latency needs both times, and a time order that agrees with the page's.
      if (typeof waiting === 'number' && at !== null && at >= waiting)
        samples.push({ buyerAt: waiting, replyAt: at, latencyMs: at - waiting });
      waiting = null;
    } else if (message.from === 'unknown') {
      // A buyer message, or the reply? Either way nothing certain until the seller speaks again.
      waiting = 'sender';
    }
    // 'auto' messages: marketplaces do not count auto-replies as replies, so the clock keeps running.
    // A seller message while nothing waits (the seller starting a chat) yields no sample.
  }

  if (waiting === 'time' || waiting === 'sender')
    return { waitingSince: null, waitedMs: 0, status: 'unknown', samples, unreadable: waiting };
  // A page time stamp can be slightly ahead of the local clock; never show a negative wait.
  const waitedMs = waiting === null ? 0 : Math.max(0, now - waiting);
  return {
    waitingSince: waiting,
    waitedMs,
    status: statusFor(waiting, waitedMs, targets),
    samples,
    unreadable: null,
  };
}

/**
 * Text as compared with the shop's auto-reply: marketplaces may re-wrap lines, change case of the
 * rendering, or add zero-width characters, none of which makes it a different message.
 */
export function normaliseMessageText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u200B-\u200D\u2060\uFEFF]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/**
 * Marks seller messages whose text equals one of the shop's auto-reply texts as `'auto'`, for pages
 * that do not mark auto-replies themselves. Returns new objects; the input is left as it was.
 */
export function markAutoReplies<T extends ClockMessage>(
  messages: readonly T[],
  autoReplyTexts: readonly string[],
): T[] {
  // An empty auto-reply text would turn every text-less seller message (sticker, photo) into 'auto'.
  const known = new Set(autoReplyTexts.map(normaliseMessageText).filter((text) => text !== ''));
  if (known.size === 0) return messages.slice();
  return messages.map((m) =>
    m.from === 'seller' && m.text !== undefined && known.has(normaliseMessageText(m.text))
      ? { ...m, from: 'auto' as const }
      : m,
  );
}
