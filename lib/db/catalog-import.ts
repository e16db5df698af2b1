import Dexie from 'dexie';
import type { Product } from '../catalog/types';
import { ProductWrite } from './product-store';
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
  return sameValue(rest, product);
}

/**
 * Deep equality of plain data, where a key holding undefined counts as absent (a parsed product
 * leaves optional fields out; one read back may carry them as undefined). Walks the values instead
 * of comparing JSON texts: re-importing an unchanged 50,000-row file compares every row.
 */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((item, i) => sameValue(item, other[i]));
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  let defined = 0;
  for (const key in left) {
    if (left[key] === undefined) continue;
    defined++;
    if (!sameValue(left[key], right[key])) return false;
  }
  for (const key in right) if (right[key] !== undefined) defined--;
  return defined === 0;
}

/**
 * Undo data is kept for the newest imports only: each record holds up to a whole catalog of
 * overwritten rows, and a shop re-importing its stock daily would otherwise grow the database by a
 * catalog a day. The Katalog page offers undo on the import just made, so three is ample.
 */
export const UNDOABLE_IMPORTS = 3;

export async function applyImport(
  db: SigapDb,
  fileName: string,
  products: Product[],
  skipped: number,
  now = Date.now(),
): Promise<ImportSummary> {
  return db.transaction('rw', db.productBuckets, db.imports, async () => {
    // Upserting by SKU needs the stored rows; the whole catalog is a few hundred bucket records, read
    // in one pass (see product-store.ts).
    const catalog = await ProductWrite.load(db);
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
    for (const product of products) {
      const before = catalog.get(product.sku);
      if (!before) {
        record.added++;
        record.addedSkus.push(product.sku);
      } else if (sameProduct(before, product)) {
        record.unchanged++;
        continue;
      } else {
        record.updated++;
        record.previous.push(before);
      }
      catalog.put({ ...product, updatedAt: now, importId });
    }
    await catalog.save();
    await db.imports.put({ ...record, id: importId });
    const outOfReach = await db.imports
      .where('id')
      .below(importId)
      .reverse()
      .offset(UNDOABLE_IMPORTS - 1)
      .filter((r) => !r.expired)
      .primaryKeys();
    if (outOfReach.length > 0) {
      await db.imports.where('id').anyOf(outOfReach).modify({ previous: [], addedSkus: [], expired: true });
    }
    const { added, updated, unchanged } = record;
    return { importId, added, updated, unchanged, skipped };
  });
}

export type UndoResult =
  | {
      ok: true;
      /**
       * Rows the import wrote that were changed or deleted by hand since, by SKU: left as the hand
       * left them. `name` is the row's name now (or its last name, when deleted).
       */
      kept: { sku: string; name: string }[];
    }
  | { ok: false; reason: 'not-found' | 'already-undone' | 'not-latest' | 'expired' };

/**
 * Undoes an import: deletes the products it added and puts back the ones it overwrote. Only the
 * latest import still in force can be undone, since a later import may have built on this one.
 *
 * Rows changed by hand after the import are kept as they are, not reverted, and named in the result
 * so the Katalog page can say so. Keeping (rather than asking first) because a hand edit is newer and
 * more deliberate than the file it overrode: reverting it would silently throw away typing, while
 * keeping it loses nothing (the agent can still delete or edit the row), and the undo stays one
 * click. A row counts as the import's own while it still carries the import's id: a hand edit drops
 * the id (catalog-edit.ts), a hand delete removes the row, and Undo of a delete puts the exact row
 * back (id included), so that row is the import's again.
 */
export async function undoImport(db: SigapDb, importId: number, now = Date.now()): Promise<UndoResult> {
  return db.transaction('rw', db.productBuckets, db.imports, async () => {
    const record = await db.imports.get(importId);
    if (!record) return { ok: false, reason: 'not-found' };
    if (record.undoneAt != null) return { ok: false, reason: 'already-undone' };
    const later = await db.imports
      .where('id')
      .above(importId)
      .filter((r) => r.undoneAt == null)
      .count();
    if (later > 0) return { ok: false, reason: 'not-latest' };
    if (record.expired) return { ok: false, reason: 'expired' };
    const catalog = await ProductWrite.load(db, [...record.addedSkus, ...record.previous.map((p) => p.sku)]);
    const kept: { sku: string; name: string }[] = [];
    for (const sku of record.addedSkus) {
      const current = catalog.get(sku);
      // An added row deleted by hand is gone either way: nothing to keep or to say.
      if (current?.importId === importId) catalog.delete(sku);
      else if (current) kept.push({ sku, name: current.name });
    }
    for (const row of record.previous) {
      const current = catalog.get(row.sku);
      // Missing now means deleted by hand after the import: bringing back the old row would undo
      // the agent's delete, not the import.
      if (current?.importId === importId) catalog.put(row);
      else kept.push({ sku: row.sku, name: current?.name ?? row.name });
    }
    await catalog.save();
    await db.imports.update(importId, { undoneAt: now });
    return { ok: true, kept: kept.sort((a, b) => (a.sku < b.sku ? -1 : a.sku > b.sku ? 1 : 0)) };
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
