import type { Product } from '../catalog/types';
import { ProductWrite, putProducts, readProducts } from './product-store';
import type { SigapDb, StoredProduct } from './schema';

// Single-product writes from the catalog table. Each returns what the UI needs to undo it, so
// "Produk dihapus — Urungkan" puts back exactly the row that was there (variants, import id and all).

export type ProductEdit = Partial<Pick<Product, 'name' | 'price' | 'stock'>>;

export class InvalidEditError extends Error {
  constructor(readonly field: keyof ProductEdit) {
    super(`invalid ${field}`);
    this.name = 'InvalidEditError';
  }
}

/** The same rules the importer applies: a name, whole non-negative Rupiah, whole non-negative stock. */
function validate(edit: ProductEdit): void {
  if (edit.name !== undefined && edit.name.trim() === '') throw new InvalidEditError('name');
  if (edit.price !== undefined && !(Number.isSafeInteger(edit.price) && edit.price >= 0)) {
    throw new InvalidEditError('price');
  }
  if (edit.stock != null && !(Number.isSafeInteger(edit.stock) && edit.stock >= 0)) {
    throw new InvalidEditError('stock');
  }
}

/**
 * Changes name, price or stock of one product; returns the row as it was before (for undo), or
 * undefined when the SKU is gone. A product with variants derives its price and stock from them, so
 * only its name can be edited here.
 */
export async function updateProduct(
  db: SigapDb,
  sku: string,
  edit: ProductEdit,
  now = Date.now(),
): Promise<StoredProduct | undefined> {
  validate(edit);
  return db.transaction('rw', db.productBuckets, async () => {
    const catalog = await ProductWrite.load(db, [sku]);
    const before = catalog.get(sku);
    if (!before) return undefined;
    if (before.variants.length > 0 && (edit.price !== undefined || edit.stock !== undefined)) {
      throw new InvalidEditError(edit.price !== undefined ? 'price' : 'stock');
    }
    const after: StoredProduct = { ...before, ...edit, updatedAt: now };
    if (edit.name !== undefined) after.name = edit.name.trim();
    // Typed in by hand now: undoing the import that wrote it must not count it as that import's row.
    delete after.importId;
    // Changed here now, not by the team member a sync last named: "who" must not stay on their name.
    delete after.updatedBy;
    catalog.put(after);
    await catalog.save();
    return before;
  });
}

/** Deletes one product; returns the deleted row so the UI can offer undo, or undefined if absent. */
export async function deleteProduct(db: SigapDb, sku: string): Promise<StoredProduct | undefined> {
  return db.transaction('rw', db.productBuckets, async () => {
    const catalog = await ProductWrite.load(db, [sku]);
    const before = catalog.get(sku);
    if (before) {
      catalog.delete(sku);
      await catalog.save();
    }
    return before;
  });
}

/** Puts a row back exactly as it was (undo of a delete or an edit). */
export async function restoreProduct(db: SigapDb, row: StoredProduct): Promise<void> {
  await putProducts(db, [row]);
}

/** Every product in SKU order, for the CSV export (the order a spreadsheet user expects to diff). */
export async function productsForExport(db: SigapDb): Promise<StoredProduct[]> {
  const rows = await readProducts(db);
  // Code-unit order, as IndexedDB ordered the v1 table by its SKU key.
  return rows.sort((a, b) => (a.sku < b.sku ? -1 : a.sku > b.sku ? 1 : 0));
}
