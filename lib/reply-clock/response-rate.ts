import type { MarketplaceId } from '../marketplaces/types';
import { MARKETPLACE_DEADLINE_MS } from './clock';

// The 12-hour response rate as Shopee ("Persentase Chat Dibalas") and Tokopedia count it: the share
// of buyer chats answered within 12 hours on the wall clock, auto-replies excluded (the clock already
// ignores them). A chat still waiting after 12 hours is already a miss for the marketplace, so it
// counts as not answered here too, instead of vanishing from the figure until someone replies.
//
// "Chat" is each answered stretch (a reply sample) plus each unanswered wait: the marketplaces treat a
// buyer coming back to a quiet conversation as a new chat, and their session boundaries are not
// visible in the page, so the stretch is the closest unit we can see.

const DAY = 24 * 60 * 60 * 1000;

/** A conversation whose oldest unanswered buyer message is at `waitingSince` (from `computeReplyState`). */
export interface UnansweredWait {
  marketplace: MarketplaceId;
  conversationId: string;
  waitingSince: number;
}

export interface ChatOutcome {
  marketplace: MarketplaceId;
  conversationId: string;
  /** When the buyer's (oldest waiting) message came. */
  at: number;
  answeredWithin12h: boolean;
}

interface SampleLike {
  marketplace: MarketplaceId;
  conversationId: string;
  buyerAt: number;
  latencyMs: number;
}

/**
 * Answered stretches count as answered when the reply came within 12 hours (exactly 12 h included);
 * unanswered waits count as missed once strictly more than 12 hours old at `now`, and are left out
 * before that (the chat can still be answered in time). A wait that matches a sample's buyer message
 * was answered after all; the sample wins.
 */
export function chatOutcomes(
  samples: readonly SampleLike[],
  unansweredWaits: readonly UnansweredWait[],
  now: number,
): ChatOutcome[] {
  const key = (marketplace: string, conversationId: string, at: number) =>
    `${marketplace}:${conversationId}:${at}`;
  const answered = new Set(samples.map((s) => key(s.marketplace, s.conversationId, s.buyerAt)));
  const outcomes: ChatOutcome[] = samples.map((s) => ({
    marketplace: s.marketplace,
    conversationId: s.conversationId,
    at: s.buyerAt,
    answeredWithin12h: s.latencyMs <= MARKETPLACE_DEADLINE_MS,
  }));
  for (const w of unansweredWaits) {
    if (now - w.waitingSince <= MARKETPLACE_DEADLINE_MS) continue;
    if (answered.has(key(w.marketplace, w.conversationId, w.waitingSince))) continue;
    outcomes.push({
      marketplace: w.marketplace,
      conversationId: w.conversationId,
      at: w.waitingSince,
      answeredWithin12h: false,
    });
  }
  return outcomes;
}

/** Share (0–1) of chats answered within 12 hours; null when there are no chats. */
export function responseRate12h(outcomes: readonly ChatOutcome[]): number | null {
  if (outcomes.length === 0) return null;
  return outcomes.filter((o) => o.answeredWithin12h).length / outcomes.length;
}

/** Shopee looks back 90 days. */
export const SHOPEE_WINDOW_MS = 90 * DAY;
/** Shopee shows new shops a fixed placeholder until they have this many chats. */
export const SHOPEE_MIN_CHATS = 2;

/**
 * Shopee's reported chat response rate: 0.5 × rate over the last 90 days + 0.5 × rate over the newest
 * 25% of those chats (rounded up, so one chat is at least one). Source: Indonesian seller blogs, not an
 * official Shopee page; treat it as an estimate of the figure in Seller Centre.
 * Pass Shopee chats only. Returns null below 2 chats, where Shopee shows a placeholder (57%) instead.
 */
export function shopeeReportedRate(outcomes: readonly ChatOutcome[], now: number): number | null {
  const window = outcomes
    .filter((o) => o.at <= now && o.at > now - SHOPEE_WINDOW_MS)
    .sort((a, b) => a.at - b.at);
  if (window.length < SHOPEE_MIN_CHATS) return null;
  const newest = window.slice(window.length - Math.ceil(window.length / 4));
  return 0.5 * (responseRate12h(window) ?? 0) + 0.5 * (responseRate12h(newest) ?? 0);
}
