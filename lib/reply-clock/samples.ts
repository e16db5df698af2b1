import type { MarketplaceId } from '../marketplaces/types';
import { type ClockMessage, computeReplyState, DEFAULT_TARGETS, markAutoReplies } from './clock';

/** One answered stretch of a conversation, as the background stores it (see `StoredReplySample`). */
export interface ReplySample {
  /** `marketplace:conversationId:buyerAt:replyAt`: the same messages seen again give the same id. */
  id: string;
  marketplace: MarketplaceId;
  conversationId: string;
  buyerAt: number;
  replyAt: number;
  /** Wall-clock latency: the figure the marketplaces use. */
  latencyMs: number;
  /** Latency counted within operating hours only; shown beside the wall clock, never instead of it. */
  latencyWithinHoursMs: number | null;
  /** The first reply of this conversation (its first response time), as far as the messages show. */
  firstReply: boolean;
}

export interface SampleOptions {
  /** Milliseconds of operating hours between two times (from `lib/hours`); null latency without it. */
  withinHours?: (from: number, to: number) => number;
  /** The shop's auto-reply texts, for pages that do not mark auto-replies themselves. */
  autoReplyTexts?: readonly string[];
}

/**
 * Deterministic id. The two times are numbers and come last, so a conversation id containing ':'
 * still cannot make two different samples collide.
 */
export function replySampleId(
  marketplace: MarketplaceId,
  conversationId: string,
  buyerAt: number,
  replyAt: number,
): string {
  return `${marketplace}:${conversationId}:${buyerAt}:${replyAt}`;
}

export function samplesFromConversation(
  marketplace: MarketplaceId,
  conversationId: string,
  messages: readonly ClockMessage[],
  options: SampleOptions = {},
): ReplySample[] {
  const marked = options.autoReplyTexts ? markAutoReplies(messages, options.autoReplyTexts) : messages;
  // Samples do not depend on `now` or the targets; any values give the same answered stretches.
  const { samples } = computeReplyState(marked, 0, DEFAULT_TARGETS);
  const withinHours = options.withinHours;
  return samples.map((s, index) => ({
    id: replySampleId(marketplace, conversationId, s.buyerAt, s.replyAt),
    marketplace,
    conversationId,
    buyerAt: s.buyerAt,
    replyAt: s.replyAt,
    latencyMs: s.latencyMs,
    latencyWithinHoursMs: withinHours ? withinHours(s.buyerAt, s.replyAt) : null,
    // computeReplyState returns samples in time order.
    firstReply: index === 0,
  }));
}

/**
 * Re-marks `firstReply` over all known samples of the conversations involved (stored ones plus newly
 * read ones). A page shows only the newest part of a long chat, so a sample read later may look like
 * the first reply when it is not; only the earliest sample per conversation keeps the mark.
 */
export function markFirstReplies(samples: readonly ReplySample[]): ReplySample[] {
  const earliest = new Map<string, ReplySample>();
  for (const s of samples) {
    const key = `${s.marketplace}:${s.conversationId}`;
    const current = earliest.get(key);
    if (!current || s.buyerAt < current.buyerAt) earliest.set(key, s);
  }
  const firstIds = new Set([...earliest.values()].map((s) => s.id));
  return samples.map((s) =>
    s.firstReply === firstIds.has(s.id) ? s : { ...s, firstReply: firstIds.has(s.id) },
  );
}
