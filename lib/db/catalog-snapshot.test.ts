import { afterEach, describe, expect, it } from 'vitest';
import { decodeProducts } from '../catalog/wire';
import { readCatalogPart } from './catalog-snapshot';
import { putProducts } from './product-store';
import { SigapDb, type StoredProduct } from './schema';

let db: SigapDb;
afterEach(async () => {
  await db?.delete();
});

describe('readCatalogPart', () => {
  it('hands out every product exactly once across the parts, without bookkeeping columns', async () => {
    db = new SigapDb('t-snapshot-1');
    const rows: StoredProduct[] = Array.from({ length: 700 }, (_, i) => ({
      sku: `P-${i}`,
      name: `Produk ${i}`,
      price: i,
      stock: null,
      variants: [],
      updatedAt: 5,
      importId: 2,
    }));
    await putProducts(db, rows);
    for (const parts of [1, 3, 16, 300]) {
      const seen: string[] = [];
      for (let part = 0; part < parts; part++) {
        const answer = await readCatalogPart(db, 9, { part, parts });
        expect(answer.version).toBe(9);
        for (const product of decodeProducts(answer.productsJson)) {
          expect(product).not.toHaveProperty('updatedAt');
          expect(product).not.toHaveProperty('importId');
          seen.push(product.sku);
        }
      }
      expect(seen.sort()).toEqual(rows.map((r) => r.sku).sort());
    }
  });

  it('refuses a part that does not exist', async () => {
    db = new SigapDb('t-snapshot-2');
    for (const request of [
      { part: 2, parts: 2 },
      { part: -1, parts: 2 },
      { part: 0, parts: 0 },
      { part: 0.5, parts: 2 },
    ]) {
      await expect(readCatalogPart(db, 1, request)).rejects.toThrow(RangeError);
    }
  });
});
