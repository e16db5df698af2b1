import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  bucketOf,
  countProducts,
  getProduct,
  PRODUCT_BUCKETS,
  ProductWrite,
  putProducts,
  readProducts,
} from './product-store';
import { SigapDb, type StoredProduct } from './schema';

let db: SigapDb;
afterEach(async () => {
  await db?.delete();
});

const row = (sku: string, price = 1000): StoredProduct => ({
  sku,
  name: `Produk ${sku}`,
  price,
  stock: 1,
  variants: [],
  updatedAt: 1,
});

describe('bucketOf', () => {
  it('is the stored format: these values must never change without a schema version', () => {
    // FNV-1a 32-bit over UTF-16 code units, modulo 256; 'a' hashes to the published 0xe40c292c.
    expect(['', 'a', 'KAOS-01', 'SKU-00123', 'Sepatu ✓'].map(bucketOf)).toEqual([197, 44, 85, 3, 156]);
  });

  it('spreads SKUs over every bucket', () => {
    const used = new Set(Array.from({ length: 20_000 }, (_, i) => bucketOf(`SKU-${i}`)));
    expect(used.size).toBe(PRODUCT_BUCKETS);
  });
});

describe('ProductWrite', () => {
  it('loads only the buckets of the given SKUs and writes back only the changed ones', async () => {
    db = new SigapDb('t-store-1');
    const rows = Array.from({ length: 1000 }, (_, i) => row(`S-${i}`));
    await putProducts(db, rows);
    const bulkPut = vi.spyOn(db.productBuckets, 'bulkPut');
    await db.transaction('rw', db.productBuckets, async () => {
      const catalog = await ProductWrite.load(db, ['S-7']);
      expect(catalog.get('S-7')).toEqual(rows[7]);
      catalog.put({ ...rows[7]!, price: 5 });
      await catalog.save();
    });
    expect(bulkPut).toHaveBeenCalledTimes(1);
    expect(bulkPut.mock.calls[0]![0]).toHaveLength(1);
    expect(await getProduct(db, 'S-7')).toMatchObject({ price: 5 });
    expect(await countProducts(db)).toBe(1000);
  });

  it('removes a bucket record once its last product is deleted', async () => {
    db = new SigapDb('t-store-2');
    await putProducts(db, [row('ONLY')]);
    expect(await db.productBuckets.count()).toBe(1);
    await db.transaction('rw', db.productBuckets, async () => {
      const catalog = await ProductWrite.load(db, ['ONLY']);
      expect(catalog.delete('ONLY')).toBe(true);
      expect(catalog.delete('NEVER-THERE')).toBe(false);
      await catalog.save();
    });
    expect(await db.productBuckets.count()).toBe(0);
    expect(await readProducts(db)).toEqual([]);
  });

  it('replaces a product by SKU instead of adding a second one', async () => {
    db = new SigapDb('t-store-3');
    await putProducts(db, [row('A', 1), row('B', 2)]);
    await putProducts(db, [row('A', 3)]);
    expect((await readProducts(db)).map((p) => [p.sku, p.price]).sort()).toEqual([
      ['A', 3],
      ['B', 2],
    ]);
  });
});
