import { afterEach, describe, expect, it } from 'vitest';
import { SigapDb } from './schema';

let db: SigapDb;
afterEach(async () => {
  await db?.delete();
});

describe('schema v1', () => {
  it('opens with every table and its indexes', async () => {
    db = new SigapDb('sigap-test-schema');
    await db.open();
    expect(db.verno).toBe(1);
    expect(db.tables.map((t) => t.name).sort()).toEqual([
      'conversations',
      'imports',
      'products',
      'replySamples',
      'snippets',
    ]);
    expect(db.products.schema.primKey.keyPath).toBe('sku');
    expect(db.replySamples.schema.indexes.map((i) => i.name)).toEqual(
      expect.arrayContaining(['marketplace', 'conversationId', 'replyAt']),
    );
  });

  it('dedupes reply samples by their deterministic id', async () => {
    db = new SigapDb('sigap-test-samples');
    const sample = {
      id: 'shopee:c1:1000:2000',
      marketplace: 'shopee',
      conversationId: 'c1',
      buyerAt: 1000,
      replyAt: 2000,
      latencyMs: 1000,
      latencyWithinHoursMs: null,
      firstReply: true,
    };
    await db.replySamples.bulkPut([sample, sample]);
    await db.replySamples.put(sample);
    expect(await db.replySamples.count()).toBe(1);
  });
});
