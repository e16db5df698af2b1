import { afterEach, describe, expect, it } from 'vitest';
import { replyRetentionItem } from '../settings';
import {
  DEFAULT_RETENTION_DAYS,
  pruneReplySamples,
  replySampleStats,
  storeReplySamples,
  validRetentionDays,
} from './reply-samples';
import { SigapDb, type StoredReplySample } from './schema';

let db: SigapDb;
afterEach(async () => {
  await db?.delete();
});

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 4, 1, 12);

const sample = (buyerAt: number, replyAt: number, firstReply: boolean, id = 'c1'): StoredReplySample => ({
  id: `shopee:${id}:${buyerAt}:${replyAt}`,
  marketplace: 'shopee',
  conversationId: id,
  buyerAt,
  replyAt,
  latencyMs: replyAt - buyerAt,
  latencyWithinHoursMs: null,
  firstReply,
});

describe('storeReplySamples', () => {
  it('dedupes re-seen samples and moves the first-reply mark to the earliest known', async () => {
    db = new SigapDb('t-samples');
    const t = NOW - DAY;
    await storeReplySamples(db, [sample(t + 5000, t + 6000, true)], { now: NOW });
    // Scrolling up later reveals an older answered stretch: it is the real first reply.
    await storeReplySamples(db, [sample(t + 1000, t + 2000, true), sample(t + 5000, t + 6000, false)], {
      now: NOW,
    });
    const all = await db.replySamples.orderBy('replyAt').toArray();
    expect(all.map((s) => [s.buyerAt - t, s.firstReply])).toEqual([
      [1000, true],
      [5000, false],
    ]);
  });

  it('keeps 400 days by default: older samples are pruned when new ones arrive, and never stored', async () => {
    db = new SigapDb('t-samples-retention');
    expect(DEFAULT_RETENTION_DAYS).toBe(400);
    expect(await replyRetentionItem.getValue()).toBe(400);
    const old = sample(NOW - 401 * DAY, NOW - 401 * DAY + 60_000, true, 'old');
    const kept = sample(NOW - 399 * DAY, NOW - 399 * DAY + 60_000, true, 'kept');
    await db.replySamples.bulkPut([old, kept]);
    const fresh = sample(NOW - 60_000, NOW, true, 'fresh');
    // A message re-read from a long chat history: past the retention, so not stored again.
    const reread = sample(NOW - 500 * DAY, NOW - 500 * DAY + 1000, true, 'reread');
    expect(await storeReplySamples(db, [fresh, reread], { now: NOW })).toBe(1);
    expect((await db.replySamples.toArray()).map((s) => s.conversationId).sort()).toEqual(['fresh', 'kept']);
  });

  it('follows the retention the shop set', async () => {
    db = new SigapDb('t-samples-setting');
    await replyRetentionItem.setValue(90);
    await db.replySamples.bulkPut([sample(NOW - 100 * DAY, NOW - 100 * DAY + 1, true, 'a')]);
    await storeReplySamples(db, [sample(NOW - 1000, NOW, true, 'b')], { now: NOW });
    expect((await db.replySamples.toArray()).map((s) => s.conversationId)).toEqual(['b']);
  });
});

describe('pruneReplySamples and replySampleStats', () => {
  it('deletes what is older than the retention and says how much is left', async () => {
    db = new SigapDb('t-samples-prune');
    await db.replySamples.bulkPut([
      sample(NOW - 200 * DAY, NOW - 200 * DAY + 1, true, 'a'),
      sample(NOW - 20 * DAY, NOW - 20 * DAY + 1, true, 'b'),
      sample(NOW - 2 * DAY, NOW - 2 * DAY + 1, true, 'c'),
    ]);
    expect(await replySampleStats(db, 90, NOW)).toEqual({
      count: 3,
      oldestAt: NOW - 200 * DAY + 1,
      beyond: 1,
    });
    expect(await pruneReplySamples(db, 90, NOW)).toBe(1);
    expect(await replySampleStats(db, 90, NOW)).toEqual({
      count: 2,
      oldestAt: NOW - 20 * DAY + 1,
      beyond: 0,
    });
    db.close();
    db = new SigapDb('t-samples-empty');
    expect(await replySampleStats(db, 90, NOW)).toEqual({ count: 0, oldestAt: null, beyond: 0 });
  });

  it('accepts whole days from the marketplaces’ 90 up to ten years', () => {
    expect(validRetentionDays(90)).toBe(true);
    expect(validRetentionDays(3650)).toBe(true);
    for (const bad of [89, 3651, 120.5, Number.NaN, -5, Number.POSITIVE_INFINITY]) {
      expect(validRetentionDays(bad), String(bad)).toBe(false);
    }
  });
});
