import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { bucketOf, getProduct, readProducts } from './product-store';
import { SigapDb, type StoredProduct } from './schema';

let db: SigapDb;
afterEach(async () => {
  await db?.delete();
});

describe('schema', () => {
  it('opens at v5 with every table and its indexes; a new database is not marked seeded', async () => {
    db = new SigapDb('sigap-test-schema');
    await db.open();
    expect(db.verno).toBe(5);
    expect(await db.meta.count()).toBe(0);
    expect(db.tables.map((t) => t.name).sort()).toEqual([
      'conversations',
      'imports',
      'meta',
      'productBuckets',
      'replySamples',
      'snippets',
    ]);
    expect(db.productBuckets.schema.primKey.keyPath).toBe('id');
    expect(db.productBuckets.schema.indexes.map((i) => i.name)).toEqual(['stamp']);
    expect(db.replySamples.schema.indexes.map((i) => i.name)).toEqual(
      expect.arrayContaining(['marketplace', 'conversationId', 'replyAt']),
    );
  });

  it('moves every v1 product into its bucket and drops the v1 table', async () => {
    // The v1 schema exactly as it shipped, writing a database as a v1 user has it.
    const v1 = new Dexie('sigap-test-upgrade');
    v1.version(1).stores({
      products: '&sku',
      snippets: '&id, category, trigger, order',
      conversations: '&key, marketplace, lastSeenAt',
      replySamples: '&id, marketplace, conversationId, replyAt',
      imports: '++id, at',
    });
    const rows: StoredProduct[] = Array.from({ length: 600 }, (_, i) => ({
      sku: `SKU-${i}`,
      name: `Produk ${i}`,
      price: 1000 + i,
      stock: i % 3 === 0 ? null : i,
      variants: i % 50 === 0 ? [{ sku: `SKU-${i}-XL`, name: 'XL', price: 1000 + i, stock: 1 }] : [],
      updatedAt: 1,
      ...(i % 2 === 0 ? { importId: 4 } : {}),
    }));
    await v1.table('products').bulkPut(rows);
    await v1.table('imports').add({ at: 1, fileName: 'a.csv', addedSkus: ['SKU-0'], previous: [] });
    v1.close();

    db = new SigapDb('sigap-test-upgrade');
    await db.open();
    expect(db.verno).toBe(5);
    expect(db.tables.some((t) => t.name === 'products')).toBe(false);
    const stored = await readProducts(db);
    expect(stored.sort((a, b) => a.price - b.price)).toEqual(rows);
    expect(await getProduct(db, 'SKU-50')).toEqual(rows[50]);
    for (const bucket of await db.productBuckets.toArray()) {
      expect(bucket.products.every((p) => bucketOf(p.sku) === bucket.id)).toBe(true);
    }
    expect(await db.imports.count()).toBe(1);
  });

  it('v3 → v4: marks an existing database as seeded, so an emptied snippet table stays empty', async () => {
    // v3 as it shipped: v1's tables, products moved into buckets, the v1 table dropped.
    const v3 = new Dexie('sigap-test-v4');
    v3.version(3).stores({
      productBuckets: '&id',
      snippets: '&id, category, trigger, order',
      conversations: '&key, marketplace, lastSeenAt',
      replySamples: '&id, marketplace, conversationId, replyAt',
      imports: '++id, at',
    });
    await v3.open();
    await v3.table('productBuckets').put({ id: 7, products: [] });
    v3.close();

    db = new SigapDb('sigap-test-v4');
    await db.open();
    expect(db.verno).toBe(5);
    expect(await db.meta.get('snippetsSeeded')).toEqual({ key: 'snippetsSeeded', value: true });
    expect(await db.snippets.count()).toBe(0);
    expect(await db.productBuckets.get(7)).toMatchObject({ id: 7, products: [] });
  });

  it('v4 → v5: every existing bucket gets a change stamp and keeps its products', async () => {
    // v4 as it shipped: v3's tables and the meta table.
    const v4 = new Dexie('sigap-test-v5');
    v4.version(4).stores({
      productBuckets: '&id',
      snippets: '&id, category, trigger, order',
      conversations: '&key, marketplace, lastSeenAt',
      replySamples: '&id, marketplace, conversationId, replyAt',
      imports: '++id, at',
      meta: '&key',
    });
    await v4.open();
    const product: StoredProduct = {
      sku: 'A-1',
      name: 'Kaos',
      price: 1,
      stock: 2,
      variants: [],
      updatedAt: 3,
    };
    await v4.table('productBuckets').bulkPut([
      { id: bucketOf('A-1'), products: [product] },
      { id: 9, products: [] },
    ]);
    await v4.table('meta').put({ key: 'snippetsSeeded', value: true });
    v4.close();

    db = new SigapDb('sigap-test-v5');
    await db.open();
    expect(db.verno).toBe(5);
    const buckets = await db.productBuckets.toArray();
    expect(buckets).toHaveLength(2);
    for (const bucket of buckets) expect(typeof bucket.stamp).toBe('number');
    expect(await getProduct(db, 'A-1')).toEqual(product);
    // The stamps are in the index: the upgrade did not leave a bucket out of it.
    expect(await db.productBuckets.orderBy('stamp').primaryKeys()).toHaveLength(2);
    expect(await db.meta.get('snippetsSeeded')).toEqual({ key: 'snippetsSeeded', value: true });
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
