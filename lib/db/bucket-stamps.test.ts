import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackup, readBackup, restoreBackup } from './backup';
import { readBucketStamps } from './bucket-stamps';
import { bucketOf, putProducts } from './product-store';
import { SigapDb, type StoredProduct } from './schema';

const product = (sku: string, price = 1): StoredProduct => ({
  sku,
  name: `Produk ${sku}`,
  price,
  stock: 1,
  variants: [],
  updatedAt: 1,
});

let db: SigapDb;
beforeEach(() => {
  db = new SigapDb(`sigap-test-stamps-${Math.random()}`);
});
afterEach(async () => {
  await db.delete();
});

describe('bucket stamps', () => {
  it('every write of a bucket changes its stamp, and only that bucket’s', async () => {
    const [a, b] = ['SKU-A', 'SKU-B'];
    expect(bucketOf(a)).not.toBe(bucketOf(b));
    await putProducts(db, [product(a), product(b)]);
    const first = await readBucketStamps(db);
    expect([...first.keys()].sort()).toEqual([bucketOf(a), bucketOf(b)].sort());
    expect([...first.values()].every((s) => typeof s === 'number')).toBe(true);

    await putProducts(db, [product(a, 2)]);
    const second = await readBucketStamps(db);
    expect(second.get(bucketOf(a))).not.toBe(first.get(bucketOf(a)));
    expect(second.get(bucketOf(b))).toBe(first.get(bucketOf(b)));
  });

  it('a bucket deleted is gone from the stamps; one written without a stamp reads as null', async () => {
    await putProducts(db, [product('SKU-A')]);
    await db.productBuckets.delete(bucketOf('SKU-A'));
    expect((await readBucketStamps(db)).size).toBe(0);
    // Written around Dexie (as an older build or a test seeding raw IndexedDB would): no stamp.
    await db.open();
    const idb = db.backendDB();
    await new Promise<void>((resolve, reject) => {
      const tx = idb.transaction('productBuckets', 'readwrite');
      tx.objectStore('productBuckets').put({ id: 5, products: [] });
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    expect(await readBucketStamps(db)).toEqual(new Map([[5, null]]));
  });

  it('a restored backup stamps every bucket it writes', async () => {
    await putProducts(db, [product('SKU-A'), product('SKU-B')]);
    const before = await readBucketStamps(db);
    const file = await createBackup(db);
    expect(file).not.toContain('"stamp"');
    const read = await readBackup(file);
    if (!read.ok) throw new Error(`backup not readable: ${read.problem.kind}`);
    await restoreBackup(db, read.backup);
    const after = await readBucketStamps(db);
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    for (const [id, stamp] of after) {
      expect(typeof stamp).toBe('number');
      expect(stamp).not.toBe(before.get(id));
    }
  });
});
