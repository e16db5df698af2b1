import type { Product } from '../catalog/types';
import { readProducts } from './product-store';
import type { SigapDb, StoredProduct } from './schema';

/** Drops the bookkeeping columns: the sidebar gets plain products. */
function toProduct({ updatedAt: _u, importId: _i, ...product }: StoredProduct): Product {
  return product;
}

export async function readCatalog(db: SigapDb): Promise<Product[]> {
  const rows = await readProducts(db);
  return rows.map(toProduct);
}
