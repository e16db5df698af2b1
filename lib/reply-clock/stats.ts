import type { MarketplaceId } from '../marketplaces/types';
import { type ChatOutcome, chatOutcomes, responseRate12h, type UnansweredWait } from './response-rate';
import { localDayKey, localTime } from './time-zone';

/** Half-open: `from` inclusive, `to` exclusive, epoch ms. */
export interface DateRange {
  from: number;
  to: number;
}

export interface StatsSample {
  marketplace: MarketplaceId;
  conversationId: string;
  buyerAt: number;
  replyAt: number;
  latencyMs: number;
  latencyWithinHoursMs: number | null;
  firstReply: boolean;
}

export interface StatsOptions {
  /** Samples and waits belong to the range (and to a day or hour) by the buyer's message time. */
  range: DateRange;
  /** The shop's reply target (`dueMs`): a reply within target came before the clock turned amber. */
  targetMs: number;
  /** Needed to decide which unanswered waits are already past 12 hours. */
  now: number;
  unansweredWaits?: readonly UnansweredWait[];
  /** IANA zone for days and hours of day; the browser's own zone when left out. */
  timeZone?: string;
  /** Count first replies only (first response time) instead of every reply. */
  firstRepliesOnly?: boolean;
}

export interface ReplyStats {
  count: number;
  medianMs: number | null;
  p90Ms: number | null;
  medianWithinHoursMs: number | null;
  p90WithinHoursMs: number | null;
  /** Share (0–1) of replies faster than the target; null without replies. */
  withinTargetShare: number | null;
  /** Chats counted for the 12-hour rate: replies plus waits already past 12 hours. */
  chats12h: number;
  answeredWithin12h: number;
  /** Share (0–1) of those chats answered within 12 hours; null without chats. */
  responseRate12h: number | null;
}

/**
 * Nearest-rank percentile: the smallest value with at least p% of the values at or below it, i.e.
 * sorted[ceil(p/100 × n) − 1]. Used for the median too (p = 50; the lower middle for an even count),
 * so every figure in a report is a reply time that really happened, never an average of two.
 * `sorted` must be ascending. Null for no values.
 */
export function percentileNearestRank(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1] ?? null;
}

const inRange = (at: number, range: DateRange) => at >= range.from && at < range.to;

function summarise(
  samples: readonly StatsSample[],
  outcomes: readonly ChatOutcome[],
  targetMs: number,
): ReplyStats {
  const wall = samples.map((s) => s.latencyMs).sort((a, b) => a - b);
  const within = samples
    .map((s) => s.latencyWithinHoursMs)
    .filter((v): v is number => v !== null)
    .sort((a, b) => a - b);
  const answered = outcomes.filter((o) => o.answeredWithin12h).length;
  return {
    count: samples.length,
    medianMs: percentileNearestRank(wall, 50),
    p90Ms: percentileNearestRank(wall, 90),
    medianWithinHoursMs: percentileNearestRank(within, 50),
    p90WithinHoursMs: percentileNearestRank(within, 90),
    withinTargetShare: wall.length === 0 ? null : wall.filter((ms) => ms < targetMs).length / wall.length,
    chats12h: outcomes.length,
    answeredWithin12h: answered,
    responseRate12h: responseRate12h(outcomes),
  };
}

function selected(samples: readonly StatsSample[], options: StatsOptions) {
  const chosen = samples.filter(
    (s) => inRange(s.buyerAt, options.range) && (!options.firstRepliesOnly || s.firstReply),
  );
  // First-reply mode judges only replies; waits cannot tell whether they are a chat's first.
  const waits = options.firstRepliesOnly
    ? []
    : (options.unansweredWaits ?? []).filter((w) => inRange(w.waitingSince, options.range));
  return { chosen, outcomes: chatOutcomes(chosen, waits, options.now) };
}

export function computeReplyStats(samples: readonly StatsSample[], options: StatsOptions): ReplyStats {
  const { chosen, outcomes } = selected(samples, options);
  return summarise(chosen, outcomes, options.targetMs);
}

export type StatsGrouping = 'day' | 'hourOfDay' | 'marketplace';

export interface GroupedStats {
  /** "2026-11-03" (day), "00"–"23" (hourOfDay) or the marketplace id. */
  key: string;
  stats: ReplyStats;
}

/** Every local day touched by the range, so a chart shows quiet days as gaps rather than skipping them. */
function daysOf(range: DateRange, timeZone: string | undefined): string[] {
  const days = new Set<string>();
  // Every day lasts at least 23 hours, so hourly steps visit each one.
  for (let at = range.from; at < range.to; at += 60 * 60 * 1000) days.add(localDayKey(at, timeZone));
  if (range.to > range.from) days.add(localDayKey(range.to - 1, timeZone));
  return [...days];
}

/**
 * Stats per local day, per hour of the day (00–23, when buyers wrote) or per marketplace. Days and
 * hours are listed even when empty; marketplaces only when they have samples or waits.
 */
export function groupReplyStats(
  samples: readonly StatsSample[],
  options: StatsOptions,
  by: StatsGrouping,
): GroupedStats[] {
  const { chosen, outcomes } = selected(samples, options);
  const keyOf = (at: number, marketplace: MarketplaceId): string => {
    if (by === 'day') return localDayKey(at, options.timeZone);
    if (by === 'hourOfDay') return String(localTime(at, options.timeZone).hour).padStart(2, '0');
    return marketplace;
  };

  let keys: string[];
  if (by === 'day') keys = daysOf(options.range, options.timeZone);
  else if (by === 'hourOfDay') keys = Array.from({ length: 24 }, (_, h) => String(h).padStart(2, '0'));
  else
    keys = [...new Set([...chosen.map((s) => s.marketplace), ...outcomes.map((o) => o.marketplace)])].sort();

  const groups = new Map<string, { samples: StatsSample[]; outcomes: ChatOutcome[] }>(
    keys.map((k) => [k, { samples: [], outcomes: [] }]),
  );
  for (const s of chosen) groups.get(keyOf(s.buyerAt, s.marketplace))?.samples.push(s);
  for (const o of outcomes) groups.get(keyOf(o.at, o.marketplace))?.outcomes.push(o);
  return keys.map((key) => {
    const g = groups.get(key)!;
    return { key, stats: summarise(g.samples, g.outcomes, options.targetMs) };
  });
}
