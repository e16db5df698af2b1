import Dexie from 'dexie';
import type { Product } from '../catalog/types';
import type { SigapDb, StoredImport, StoredProduct } from './schema';

// Writing an import: one transaction, so a failure (a full disk, a closed tab) leaves the catalog
// exactly as it was. Products are upserted by SKU; re-importing the same file changes nothing. The
// rows an import overwrote are kept with the import record, so "Undo this import" restores them.

export interface ImportSummary {
  importId: number;
  added: number;
  updated: number;
  unchanged: number;
  skipped: number;
}

/** Compares what the user sees of a product, not the bookkeeping columns. */
function sameProduct(stored: StoredProduct, product: Product): boolean {
  const { updatedAt: _u, importId: _i, ...rest } = stored;
  return JSON.stringify(sortKeys(rest)) === JSON.stringify(sortKeys(product));
}

function sortKeys(value: object): object {
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => a.localeCompare(b)),
  );
}

export async function applyImport(
  db: SigapDb,
  fileName: string,
  products: Product[],
  skipped: number,
  now = Date.now(),
): Promise<ImportSummary> {
  return db.transaction('rw', db.products, db.imports, async () => {
    // One sequential read of the stored catalog beats a keyed lookup per imported row in Chromium's
    // IndexedDB (measured at 50k rows: ~0.6 s against ~1.2–2 s); an empty catalog needs no read.
    const stored = (await db.products.count()) === 0 ? [] : await db.products.toArray();
    const bySku = new Map(stored.map((p) => [p.sku, p]));
    const existing = products.map((p) => bySku.get(p.sku));
    const record: Omit<StoredImport, 'id'> = {
      at: now,
      fileName,
      added: 0,
      updated: 0,
      unchanged: 0,
      skipped,
      addedSkus: [],
      previous: [],
      undoneAt: null,
    };
    const importId = (await db.imports.add(record as StoredImport)) as number;
    const writes: StoredProduct[] = [];
    products.forEach((product, i) => {
      const before = existing[i];
      if (!before) {
        record.added++;
        record.addedSkus.push(product.sku);
      } else if (sameProduct(before, product)) {
        record.unchanged++;
        return;
      } else {
        record.updated++;
        record.previous.push(before);
      }
      writes.push({ ...product, updatedAt: now, importId });
    });
    await db.products.bulkPut(writes);
    await db.imports.put({ ...record, id: importId });
    const { added, updated, unchanged } = record;
    return { importId, added, updated, unchanged, skipped };
  });
}

export type UndoResult = { ok: true } | { ok: false; reason: 'not-found' | 'already-undone' | 'not-latest' };

/**
 * Undoes an import: deletes the products it added and puts back the ones it overwrote. Only the
 * latest import still in force can be undone, since a later import may have built on this one.
 */
export async function undoImport(db: SigapDb, importId: number, now = Date.now()): Promise<UndoResult> {
  return db.transaction('rw', db.products, db.imports, async () => {
    const record = await db.imports.get(importId);
    if (!record) return { ok: false, reason: 'not-found' };
    if (record.undoneAt != null) return { ok: false, reason: 'already-undone' };
    const later = await db.imports
      .where('id')
      .above(importId)
      .filter((r) => r.undoneAt == null)
      .count();
    if (later > 0) return { ok: false, reason: 'not-latest' };
    await db.products.bulkDelete(record.addedSkus);
    await db.products.bulkPut(record.previous);
    await db.imports.update(importId, { undoneAt: now });
    return { ok: true };
  });
}

/** True when the error means the browser refused to store more (disk or quota full). */
export function isQuotaError(error: unknown): boolean {
  const name = error instanceof Dexie.DexieError ? error.name : (error as { name?: string } | null)?.name;
  return (
    name === 'QuotaExceededError' ||
    (error as { inner?: { name?: string } })?.inner?.name === 'QuotaExceededError'
  );
}
