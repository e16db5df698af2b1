import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Product } from '../catalog/types';
import { deleteProduct, restoreProduct, updateProduct } from './catalog-edit';
import { applyImport, isQuotaError, UNDOABLE_IMPORTS, undoImport } from './catalog-import';
import { getProduct, readProducts } from './product-store';
import { SigapDb } from './schema';

let db: SigapDb;
afterEach(async () => {
  await db?.delete();
});

const kaos = (price: number, stock: number | null = 10): Product => ({
  sku: 'KAOS-01',
  name: 'Kaos Polos Hitam',
  price,
  stock,
  variants: [],
});
const tas: Product = { sku: 'TAS-01', name: 'Tas Kanvas', price: 89000, stock: null, variants: [] };

describe('applyImport', () => {
  it('adds, then re-importing the same rows changes nothing', async () => {
    db = new SigapDb('t-import-1');
    expect(await applyImport(db, 'a.csv', [kaos(125000), tas], 1, 1000)).toMatchObject({
      added: 2,
      updated: 0,
      unchanged: 0,
      skipped: 1,
    });
    const again = await applyImport(db, 'a.csv', [kaos(125000), tas], 0, 2000);
    expect(again).toMatchObject({ added: 0, updated: 0, unchanged: 2 });
    expect((await getProduct(db, 'KAOS-01'))?.updatedAt).toBe(1000);
  });

  it('counts a change anywhere (weight, a variant, tags) as an update, and key order or undefined as none', async () => {
    db = new SigapDb('t-import-5');
    const withVariants: Product = {
      sku: 'SPT',
      name: 'Sepatu',
      price: 1,
      stock: 2,
      variants: [{ sku: 'SPT-40', name: '40', price: 1, stock: 2 }],
      tags: ['lari'],
      weight: 800,
    };
    await applyImport(db, 'a.csv', [withVariants, tas], 0, 1000);
    const reordered = { weight: 800, tags: ['lari'], ...withVariants, category: undefined };
    expect(await applyImport(db, 'b.csv', [reordered, tas], 0, 2000)).toMatchObject({ unchanged: 2 });
    for (const changed of [
      { ...withVariants, weight: 900 },
      { ...withVariants, variants: [{ sku: 'SPT-40', name: '40', price: 1, stock: 3 }] },
      { ...withVariants, tags: ['lari', 'pria'] },
      { ...withVariants, category: 'Sepatu' },
    ]) {
      expect(await applyImport(db, 'c.csv', [changed], 0, 3000)).toMatchObject({ updated: 1, unchanged: 0 });
      await applyImport(db, 'd.csv', [withVariants], 0, 4000);
    }
  });

  it('undo restores overwritten rows and removes added ones', async () => {
    db = new SigapDb('t-import-2');
    await applyImport(db, 'a.csv', [kaos(125000)], 0, 1000);
    const second = await applyImport(db, 'b.csv', [kaos(99000, 0), tas], 0, 2000);
    expect(second).toMatchObject({ added: 1, updated: 1 });
    expect((await getProduct(db, 'KAOS-01'))?.price).toBe(99000);
    expect(await undoImport(db, second.importId)).toEqual({ ok: true, kept: [] });
    expect((await getProduct(db, 'KAOS-01'))?.price).toBe(125000);
    expect(await getProduct(db, 'TAS-01')).toBeUndefined();
    expect(await undoImport(db, second.importId)).toEqual({ ok: false, reason: 'already-undone' });
  });

  it('keeps undo data for the newest imports only, so daily re-imports do not grow the database', async () => {
    db = new SigapDb('t-import-6');
    const ids: number[] = [];
    for (let day = 1; day <= UNDOABLE_IMPORTS + 2; day++) {
      ids.push(
        (await applyImport(db, `hari-${day}.csv`, [kaos(day * 1000), { ...tas, price: day }], 0, day))
          .importId,
      );
    }
    const records = await db.imports.toArray();
    const kept = records.filter((r) => !r.expired);
    expect(kept.map((r) => r.id)).toEqual(ids.slice(-UNDOABLE_IMPORTS));
    for (const r of records.filter((r) => r.expired)) {
      expect(r).toMatchObject({ previous: [], addedSkus: [] });
      expect(r.added + r.updated).toBeGreaterThan(0); // the summary stays for the record
    }
    // Undo walks back through the kept ones, then says the older ones are out of reach.
    for (const id of ids.slice(-UNDOABLE_IMPORTS).reverse())
      expect(await undoImport(db, id)).toEqual({ ok: true, kept: [] });
    expect(await undoImport(db, ids.at(-UNDOABLE_IMPORTS - 1)!)).toEqual({ ok: false, reason: 'expired' });
    expect((await getProduct(db, 'KAOS-01'))?.price).toBe(2000);
  });

  it('keeps rows changed by hand after the import, and names them', async () => {
    db = new SigapDb('t-import-7');
    const topi: Product = { sku: 'TOPI-01', name: 'Topi', price: 20000, stock: 3, variants: [] };
    const sabuk: Product = { sku: 'SABUK-01', name: 'Sabuk', price: 30000, stock: 1, variants: [] };
    await applyImport(db, 'a.csv', [kaos(125000), topi, sabuk], 0, 1000);
    const second = await applyImport(
      db,
      'b.csv',
      [kaos(99000, 0), tas, { ...topi, price: 21000 }, { ...sabuk, price: 31000 }, { ...tas, sku: 'TAS-02' }],
      0,
      2000,
    );
    // By hand, after the import: an updated row edited, an added row edited, an updated row deleted,
    // and an added row deleted then brought back with Undo (exactly as the import wrote it).
    await updateProduct(db, 'KAOS-01', { price: 97000 }, 3000);
    await updateProduct(db, 'TAS-01', { name: 'Tas Kanvas Besar' }, 3000);
    await deleteProduct(db, 'SABUK-01');
    const tas2 = await deleteProduct(db, 'TAS-02');
    await restoreProduct(db, tas2!);

    const result = await undoImport(db, second.importId);
    expect(result).toEqual({
      ok: true,
      kept: [
        { sku: 'KAOS-01', name: 'Kaos Polos Hitam' },
        { sku: 'SABUK-01', name: 'Sabuk' },
        { sku: 'TAS-01', name: 'Tas Kanvas Besar' },
      ],
    });
    expect(await getProduct(db, 'KAOS-01')).toMatchObject({ price: 97000 });
    expect(await getProduct(db, 'TAS-01')).toMatchObject({ name: 'Tas Kanvas Besar' });
    expect(await getProduct(db, 'SABUK-01')).toBeUndefined();
    // Untouched since the import: undone as before.
    expect(await getProduct(db, 'TOPI-01')).toMatchObject({ price: 20000 });
    expect(await getProduct(db, 'TAS-02')).toBeUndefined();
  });

  it('refuses to undo an import a later one built on', async () => {
    db = new SigapDb('t-import-3');
    const first = await applyImport(db, 'a.csv', [kaos(1)], 0, 1000);
    await applyImport(db, 'b.csv', [kaos(2)], 0, 2000);
    expect(await undoImport(db, first.importId)).toEqual({ ok: false, reason: 'not-latest' });
  });

  it('leaves the catalog exactly as it was when the disk is full', async () => {
    db = new SigapDb('t-import-4');
    await applyImport(db, 'a.csv', [kaos(125000)], 0, 1000);
    const full = Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
    vi.spyOn(db.productBuckets, 'bulkPut').mockRejectedValueOnce(full);
    const failure = await applyImport(db, 'b.csv', [kaos(1), tas], 0, 2000).catch((e: unknown) => e);
    expect(isQuotaError(failure)).toBe(true);
    expect(await readProducts(db)).toEqual([expect.objectContaining({ sku: 'KAOS-01', price: 125000 })]);
    expect(await db.imports.count()).toBe(1);
  });
});
