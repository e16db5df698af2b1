import { afterEach, describe, expect, it } from 'vitest';
import { storeReplySamples } from './reply-samples';
import { SigapDb, type StoredReplySample } from './schema';

let db: SigapDb;
afterEach(async () => {
  await db?.delete();
});

const sample = (buyerAt: number, replyAt: number, firstReply: boolean): StoredReplySample => ({
  id: `shopee:c1:${buyerAt}:${replyAt}`,
  marketplace: 'shopee',
  conversationId: 'c1',
  buyerAt,
  replyAt,
  latencyMs: replyAt - buyerAt,
  latencyWithinHoursMs: null,
  firstReply,
});

describe('storeReplySamples', () => {
  it('dedupes re-seen samples and moves the first-reply mark to the earliest known', async () => {
    db = new SigapDb('t-samples');
    await storeReplySamples(db, [sample(5000, 6000, true)]);
    // Scrolling up later reveals an older answered stretch: it is the real first reply.
    await storeReplySamples(db, [sample(1000, 2000, true), sample(5000, 6000, false)]);
    const all = await db.replySamples.orderBy('replyAt').toArray();
    expect(all.map((s) => [s.buyerAt, s.firstReply])).toEqual([
      [1000, true],
      [5000, false],
    ]);
  });
});
