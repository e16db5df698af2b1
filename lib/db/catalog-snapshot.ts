import { encodeProducts } from '../catalog/wire';
import type { CatalogPart } from '../messaging';
import { PRODUCT_BUCKETS } from './product-store';
import type { SigapDb } from './schema';

/**
 * One slice of the catalog for the sidebar: the products of a range of buckets, read and encoded on
 * its own, so the first slice leaves the background after reading a fraction of the catalog and the
 * sidebar starts indexing while the rest is still being read. Slices are read in separate
 * transactions: a write landing between two of them also bumps the catalog version, and the sidebar
 * then loads again.
 */
export async function readCatalogPart(
  db: SigapDb,
  version: number,
  { part, parts }: { part: number; parts: number },
): Promise<CatalogPart> {
  if (!(Number.isInteger(parts) && parts > 0 && Number.isInteger(part) && part >= 0 && part < parts)) {
    throw new RangeError(`no part ${part} of ${parts}`);
  }
  const from = Math.floor((part * PRODUCT_BUCKETS) / parts);
  const to = Math.floor(((part + 1) * PRODUCT_BUCKETS) / parts);
  const buckets =
    from < to ? await db.productBuckets.where('id').between(from, to, true, false).toArray() : [];
  return { version, productsJson: encodeProducts(buckets.flatMap((b) => b.products)) };
}
