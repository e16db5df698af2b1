// The reply clock of one conversation, as a pure function of its messages and the current time.
// Nothing here keeps state between calls: the adapter re-reads the conversation whenever the page
// changes, and recomputing from the messages (with their own time stamps) means history read when a
// conversation is opened counts exactly like messages seen arriving live.

export type ClockSender = 'buyer' | 'seller' | 'auto';

export interface ClockMessage {
  /** Epoch ms of the message, already resolved from the page's time stamp by the adapter. */
  at: number;
  from: ClockSender;
  text?: string;
}

export interface ReplyTargets {
  /** From this wait on (inclusive) the conversation is `due`: amber. */
  dueMs: number;
  /** From this wait on (inclusive) the conversation is `overdue`: red. */
  overdueMs: number;
}

export type ReplyStatus = 'idle' | 'ok' | 'due' | 'overdue';

/** One answered stretch: the oldest waiting buyer message and the seller message that answered it. */
export interface ReplyLatency {
  buyerAt: number;
  replyAt: number;
  latencyMs: number;
}

export interface ReplyState {
  /** Time of the oldest buyer message no seller message has followed yet; null when nothing waits. */
  waitingSince: number | null;
  waitedMs: number;
  status: ReplyStatus;
  samples: ReplyLatency[];
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

export function computeReplyState(
  messages: readonly ClockMessage[],
  now: number,
  targets: ReplyTargets,
): ReplyState {
  // A message whose time the adapter could not resolve cannot be placed before or after the others;
  // guessing would invent a latency, so it is left out. `sort` is stable, so messages sharing a
  // time stamp (pages often show minutes only) keep the page's order.
  const ordered = messages.filter((m) => Number.isFinite(m.at)).sort((a, b) => a.at - b.at);

  const samples: ReplyLatency[] = [];
  let waitingSince: number | null = null;
  for (const message of ordered) {
    if (message.from === 'buyer') {
      // Only the first of several buyer messages in a row starts the wait; the rest do not restart it.
      if (waitingSince === null) waitingSince = message.at;
    } else if (message.from === 'seller' && waitingSince !== null) {
      samples.push({ buyerAt: waitingSince, replyAt: message.at, latencyMs: message.at - waitingSince });
      waitingSince = null;
    }
    // 'auto' messages: marketplaces do not count auto-replies as replies, so the clock keeps running.
    // A seller message while nothing waits (the seller starting a chat) yields no sample.
  }

  // A page time stamp can be slightly ahead of the local clock; never show a negative wait.
  const waitedMs = waitingSince === null ? 0 : Math.max(0, now - waitingSince);
  return { waitingSince, waitedMs, status: statusFor(waitingSince, waitedMs, targets), samples };
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
