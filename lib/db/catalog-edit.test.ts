import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Product } from '../catalog/types';
import {
  deleteProduct,
  InvalidEditError,
  productsForExport,
  restoreProduct,
  updateProduct,
} from './catalog-edit';
import { countProducts, getProduct, putProducts } from './product-store';
import { SigapDb } from './schema';

const plain: Product = { sku: 'B-1', name: 'Kaos Polos', price: 50000, stock: 3, variants: [] };
const withVariants: Product = {
  sku: 'A-1',
  name: 'Sepatu',
  price: 100000,
  stock: 2,
  variants: [
    { sku: 'A-1-40', name: '40', price: 100000, stock: 1 },
    { sku: 'A-1-41', name: '41', price: 110000, stock: 1 },
  ],
};

let db: SigapDb;
beforeEach(async () => {
  db = new SigapDb(`catalog-edit-${Math.random()}`);
  await putProducts(db, [
    { ...plain, updatedAt: 1, importId: 7 },
    { ...withVariants, updatedAt: 1, importId: 7 },
  ]);
});
afterEach(async () => {
  await db.delete();
});

describe('updateProduct', () => {
  it('changes name, price and stock, returns the row before and marks it hand-edited', async () => {
    const before = await updateProduct(db, 'B-1', { name: '  Kaos Oversize ', price: 65000, stock: null }, 5);
    expect(before).toMatchObject({ name: 'Kaos Polos', price: 50000, importId: 7 });
    const after = await getProduct(db, 'B-1');
    expect(after).toMatchObject({ name: 'Kaos Oversize', price: 65000, stock: null, updatedAt: 5 });
    expect(after?.importId).toBeUndefined();
  });

  it('refuses a negative or fractional price and leaves the row as it was', async () => {
    await expect(updateProduct(db, 'B-1', { price: -1 })).rejects.toBeInstanceOf(InvalidEditError);
    await expect(updateProduct(db, 'B-1', { price: 1.5 })).rejects.toBeInstanceOf(InvalidEditError);
    await expect(updateProduct(db, 'B-1', { name: ' ' })).rejects.toBeInstanceOf(InvalidEditError);
    expect(await getProduct(db, 'B-1')).toMatchObject({ price: 50000, name: 'Kaos Polos' });
  });

  it('edits only the name of a product with variants (its price comes from them)', async () => {
    await expect(updateProduct(db, 'A-1', { price: 1 })).rejects.toBeInstanceOf(InvalidEditError);
    await updateProduct(db, 'A-1', { name: 'Sepatu Lari' });
    expect(await getProduct(db, 'A-1')).toMatchObject({ name: 'Sepatu Lari', price: 100000 });
  });

  it('drops the team member a sync named on the row: the edit is this browser’s', async () => {
    await putProducts(db, [{ ...plain, updatedAt: 2, updatedBy: 'rina' }]);
    await updateProduct(db, 'B-1', { price: 60000 }, 9);
    const after = await getProduct(db, 'B-1');
    expect(after).toMatchObject({ price: 60000, updatedAt: 9 });
    expect(after).not.toHaveProperty('updatedBy');
  });

  it('returns undefined for a SKU that is gone', async () => {
    expect(await updateProduct(db, 'NOPE', { name: 'x' })).toBeUndefined();
    expect(await countProducts(db)).toBe(2);
  });
});

describe('deleteProduct / restoreProduct', () => {
  it('deletes one product and restores it exactly', async () => {
    const removed = await deleteProduct(db, 'A-1');
    expect(await getProduct(db, 'A-1')).toBeUndefined();
    await restoreProduct(db, removed!);
    expect(await getProduct(db, 'A-1')).toEqual({ ...withVariants, updatedAt: 1, importId: 7 });
    expect(await deleteProduct(db, 'NOPE')).toBeUndefined();
  });
});

describe('productsForExport', () => {
  it('lists every product in SKU order', async () => {
    expect((await productsForExport(db)).map((p) => p.sku)).toEqual(['A-1', 'B-1']);
  });
});
