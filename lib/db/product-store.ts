import type { SigapDb, StoredProduct, StoredProductBucket } from './schema';

// Products are stored in a fixed number of buckets, one IndexedDB record each, chosen by a hash of
// the SKU. Chromium's IndexedDB pays a large cost per record: writing 50,000 products as 50,000
// records took ~4 s, as 100 records of 500 products ~0.3 s, and reading them back ~0.6 s against
// ~0.16 s (measured in Chromium from an extension page; see the README's decisions). Hashing by SKU
// keeps a single-product edit to one bucket (a few hundred products) with no SKU→bucket table.
//
// The bucket count and the hash are part of the stored format: changing either needs a new schema
// version that re-buckets every product.

export const PRODUCT_BUCKETS = 256;

/** FNV-1a over the SKU's UTF-16 code units: stable across browsers and releases. */
export function bucketOf(sku: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < sku.length; i++) {
    hash ^= sku.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % PRODUCT_BUCKETS;
}

/** Every stored product, in no particular order. */
export async function readProducts(db: SigapDb): Promise<StoredProduct[]> {
  const buckets = await db.productBuckets.toArray();
  return buckets.flatMap((bucket) => bucket.products);
}

/** How many products are stored, without materialising them in one array. */
export async function countProducts(db: SigapDb): Promise<number> {
  let count = 0;
  await db.productBuckets.each((bucket) => {
    count += bucket.products.length;
  });
  return count;
}

/**
 * The catalog (or the buckets of some SKUs) loaded for changing. Reads and writes happen in memory;
 * `save()` writes back only the buckets that changed. Use it inside a transaction on
 * `db.productBuckets`, so a failure leaves the stored catalog as it was.
 */
export class ProductWrite {
  private readonly dirty = new Set<number>();

  private constructor(
    private readonly db: SigapDb,
    private readonly buckets: Map<number, Map<string, StoredProduct>>,
  ) {}

  /** Loads every bucket, or only those holding the given SKUs. */
  static async load(db: SigapDb, skus?: Iterable<string>): Promise<ProductWrite> {
    const rows: (StoredProductBucket | undefined)[] = skus
      ? await db.productBuckets.bulkGet([...new Set([...skus].map(bucketOf))])
      : await db.productBuckets.toArray();
    const buckets = new Map<number, Map<string, StoredProduct>>();
    for (const row of rows) {
      if (row) buckets.set(row.id, new Map(row.products.map((p) => [p.sku, p])));
    }
    return new ProductWrite(db, buckets);
  }

  get(sku: string): StoredProduct | undefined {
    return this.buckets.get(bucketOf(sku))?.get(sku);
  }

  put(row: StoredProduct): void {
    const id = bucketOf(row.sku);
    const bucket = this.buckets.get(id) ?? new Map<string, StoredProduct>();
    this.buckets.set(id, bucket);
    bucket.set(row.sku, row);
    this.dirty.add(id);
  }

  delete(sku: string): boolean {
    const id = bucketOf(sku);
    const removed = this.buckets.get(id)?.delete(sku) ?? false;
    if (removed) this.dirty.add(id);
    return removed;
  }

  async save(): Promise<void> {
    const puts: StoredProductBucket[] = [];
    const deletes: number[] = [];
    for (const id of this.dirty) {
      const bucket = this.buckets.get(id);
      if (bucket && bucket.size > 0) puts.push({ id, products: [...bucket.values()] });
      else deletes.push(id);
    }
    if (deletes.length > 0) await this.db.productBuckets.bulkDelete(deletes);
    if (puts.length > 0) await this.db.productBuckets.bulkPut(puts);
    this.dirty.clear();
  }
}

export async function getProduct(db: SigapDb, sku: string): Promise<StoredProduct | undefined> {
  const bucket = await db.productBuckets.get(bucketOf(sku));
  return bucket?.products.find((p) => p.sku === sku);
}

/** Inserts or replaces rows by SKU, in one transaction. */
export async function putProducts(db: SigapDb, rows: readonly StoredProduct[]): Promise<void> {
  await db.transaction('rw', db.productBuckets, async () => {
    const catalog = await ProductWrite.load(
      db,
      rows.map((r) => r.sku),
    );
    for (const row of rows) catalog.put(row);
    await catalog.save();
  });
}
