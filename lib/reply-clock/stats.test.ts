import { describe, expect, it } from 'vitest';
import type { MarketplaceId } from '../marketplaces/types';
import type { UnansweredWait } from './response-rate';
import {
  computeReplyStats,
  groupReplyStats,
  percentileNearestRank,
  type StatsOptions,
  type StatsSample,
} from './stats';

const MIN = 60_000;
const H = 60 * MIN;
const TZ = 'Asia/Jakarta';
/** 3 Nov 2026 00:00 WIB. */
const DAY1 = Date.UTC(2026, 10, 2, 17, 0);
const DAY = 24 * H;

function sample(
  marketplace: MarketplaceId,
  conversationId: string,
  buyerAt: number,
  latencyMin: number,
  firstReply: boolean,
  latencyWithinHoursMs: number | null = null,
): StatsSample {
  return {
    marketplace,
    conversationId,
    buyerAt,
    replyAt: buyerAt + latencyMin * MIN,
    latencyMs: latencyMin * MIN,
    latencyWithinHoursMs,
    firstReply,
  };
}

// Ten replies in range (latency in minutes), one outside it.
const samples: StatsSample[] = [
  sample('shopee', 'c1', DAY1 + 9 * H, 2, true),
  sample('shopee', 'c1', DAY1 + 9.5 * H, 4, false),
  sample('tokopedia', 'c2', DAY1 + 10 * H, 6, true),
  sample('tokopedia', 'c2', DAY1 + 10.25 * H, 10, false),
  sample('shopee', 'c3', DAY1 + 14 * H, 30, true),
  sample('shopee', 'c4', DAY1 + 22 * H, 60, true, 0),
  sample('tokopedia', 'c5', DAY1 + 23 * H, 180, true),
  sample('shopee', 'c6', DAY1 + DAY + 9 * H, 720, true, 60 * MIN),
  sample('tokopedia', 'c7', DAY1 + DAY + 10 * H, 780, true),
  sample('shopee', 'c8', DAY1 + DAY + 11 * H, 1500, true),
  sample('shopee', 'c99', DAY1 + 5 * DAY, 1, true),
];

const now = DAY1 + 2 * DAY + 13 * H;
const waits: UnansweredWait[] = [
  // 13 h old at `now`: a miss.
  { marketplace: 'shopee', conversationId: 'c9', waitingSince: DAY1 + 2 * DAY },
  // 1 h old: can still be answered in time, not counted.
  { marketplace: 'tokopedia', conversationId: 'c10', waitingSince: DAY1 + 2 * DAY + 12 * H },
  // The same buyer message as the first sample: it was answered, the sample counts instead.
  { marketplace: 'shopee', conversationId: 'c1', waitingSince: DAY1 + 9 * H - 13 * H },
  { marketplace: 'shopee', conversationId: 'c1', waitingSince: DAY1 + 9 * H },
];

const options: StatsOptions = {
  range: { from: DAY1, to: DAY1 + 3 * DAY },
  targetMs: 5 * MIN,
  now,
  // The wait from before the range is left out by the range, not by the caller.
  unansweredWaits: waits,
  timeZone: TZ,
};

describe('percentileNearestRank', () => {
  const ten = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

  it('takes sorted[ceil(p/100 × n) − 1]', () => {
    expect(percentileNearestRank(ten, 50)).toBe(5); // ceil(5) = 5th
    expect(percentileNearestRank(ten, 90)).toBe(9); // ceil(9) = 9th
    expect(percentileNearestRank(ten, 91)).toBe(10); // ceil(9.1) = 10th
    expect(percentileNearestRank([1, 2, 3], 50)).toBe(2); // ceil(1.5) = 2nd
    expect(percentileNearestRank(ten, 100)).toBe(10);
    expect(percentileNearestRank(ten, 0)).toBe(1);
  });

  it('is null without values', () => {
    expect(percentileNearestRank([], 50)).toBeNull();
  });
});

describe('computeReplyStats', () => {
  it('computes the summary of the known samples', () => {
    // Sorted latencies in range (min): 2 4 6 10 30 60 180 720 780 1500, n = 10.
    // Median: ceil(0.5 × 10) = 5th = 30 min. p90: ceil(0.9 × 10) = 9th = 780 min.
    // Within the 5-min target (strictly below): 2, 4 → 2/10.
    // 12-hour rate: answered ≤ 720 min: 8 of 10 replies, plus c9 waiting 13 h (a miss) → 8/11.
    // Within-hours latencies 0 and 60 min: median ceil(1) = 1st = 0, p90 ceil(1.8) = 2nd = 60 min.
    expect(computeReplyStats(samples, options)).toEqual({
      count: 10,
      medianMs: 30 * MIN,
      p90Ms: 780 * MIN,
      medianWithinHoursMs: 0,
      p90WithinHoursMs: 60 * MIN,
      withinTargetShare: 0.2,
      chats12h: 11,
      answeredWithin12h: 8,
      responseRate12h: 8 / 11,
    });
  });

  it('counts first replies only when asked', () => {
    // 2 6 30 60 180 720 780 1500: median ceil(4) = 4th = 60, p90 ceil(7.2) = 8th = 1500; 12 h: 6/8.
    const stats = computeReplyStats(samples, { ...options, firstRepliesOnly: true });
    expect(stats).toMatchObject({ count: 8, medianMs: 60 * MIN, p90Ms: 1500 * MIN, responseRate12h: 6 / 8 });
  });

  it('is empty, not zero, without data', () => {
    expect(computeReplyStats([], { ...options, unansweredWaits: [] })).toEqual({
      count: 0,
      medianMs: null,
      p90Ms: null,
      medianWithinHoursMs: null,
      p90WithinHoursMs: null,
      withinTargetShare: null,
      chats12h: 0,
      answeredWithin12h: 0,
      responseRate12h: null,
    });
  });
});

describe('groupReplyStats', () => {
  it('groups by marketplace', () => {
    // Shopee 2 4 30 60 720 1500: median 3rd = 30, p90 ceil(5.4) = 6th = 1500, target 2/6,
    //   12 h: 5 answered + c9 missed → 5/7.
    // Tokopedia 6 10 180 780: median 2nd = 10, p90 ceil(3.6) = 4th = 780, target 0/4, 12 h: 3/4.
    const groups = groupReplyStats(samples, options, 'marketplace');
    expect(groups.map((g) => g.key)).toEqual(['shopee', 'tokopedia']);
    expect(groups[0]?.stats).toMatchObject({
      count: 6,
      medianMs: 30 * MIN,
      p90Ms: 1500 * MIN,
      withinTargetShare: 2 / 6,
      responseRate12h: 5 / 7,
    });
    expect(groups[1]?.stats).toMatchObject({
      count: 4,
      medianMs: 10 * MIN,
      p90Ms: 780 * MIN,
      withinTargetShare: 0,
      responseRate12h: 3 / 4,
    });
  });

  it('groups by local day, listing every day of the range', () => {
    // 3 Nov: 2 4 6 10 30 60 180 → median ceil(3.5) = 4th = 10, p90 ceil(6.3) = 7th = 180, 12 h 7/7.
    // 4 Nov: 720 780 1500 → median 2nd = 780, p90 3rd = 1500, 12 h 1/3.
    // 5 Nov: no replies; c9 (waiting since 00:00) missed → 0/1.
    const groups = groupReplyStats(samples, options, 'day');
    expect(
      groups.map((g) => [g.key, g.stats.count, g.stats.medianMs, g.stats.p90Ms, g.stats.responseRate12h]),
    ).toEqual([
      ['2026-11-03', 7, 10 * MIN, 180 * MIN, 1],
      ['2026-11-04', 3, 780 * MIN, 1500 * MIN, 1 / 3],
      ['2026-11-05', 0, null, null, 0],
    ]);
  });

  it('puts a reply on the agent-local day, not the UTC day', () => {
    // 22:00 WIB on 3 Nov is 15:00 UTC on 3 Nov; 23:00 WIB is 16:00 UTC; both are 3 Nov locally,
    // but 00:30 WIB on 4 Nov is still 3 Nov in UTC.
    const late = [sample('shopee', 'x', DAY1 + DAY + 0.5 * H, 1, true)];
    const jakarta = groupReplyStats(late, { ...options, unansweredWaits: [] }, 'day');
    const utc = groupReplyStats(late, { ...options, unansweredWaits: [], timeZone: 'UTC' }, 'day');
    expect(jakarta.find((g) => g.stats.count === 1)?.key).toBe('2026-11-04');
    expect(utc.find((g) => g.stats.count === 1)?.key).toBe('2026-11-03');
  });

  it('groups by hour of the buyer message, all 24 hours listed', () => {
    const groups = groupReplyStats(samples, options, 'hourOfDay');
    expect(groups).toHaveLength(24);
    const hour = (key: string) => groups.find((g) => g.key === key)?.stats;
    // 09: 2 4 720 → median 2nd = 4 min. 10: 6 10 780 → median 10 min.
    expect(hour('09')).toMatchObject({ count: 3, medianMs: 4 * MIN });
    expect(hour('10')).toMatchObject({ count: 3, medianMs: 10 * MIN });
    // 00: only the missed wait of c9. 12: the young wait of c10 is not counted.
    expect(hour('00')).toMatchObject({ count: 0, chats12h: 1, responseRate12h: 0 });
    expect(hour('12')).toMatchObject({ count: 0, chats12h: 0, responseRate12h: null });
  });
});
