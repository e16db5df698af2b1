import type { StoredProduct, StoredProductBucket } from '../../../lib/db/schema';
import type { ExtensionBrowser } from './extension';

/** Every row of one table of the extension's database, read from an extension page. */
export async function readTable<T>(browser: ExtensionBrowser, table: string): Promise<T[]> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
  const rows = await page.evaluate(async (name) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('sigap');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    if (!db.objectStoreNames.contains(name)) return [];
    const all = await new Promise<unknown[]>((resolve, reject) => {
      const request = db.transaction(name).objectStore(name).getAll();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    db.close();
    return all;
  }, table);
  await page.close();
  return rows as T[];
}

/** Every stored product, flattened out of the SKU-hashed buckets (lib/db/product-store.ts). */
export async function readStoredProducts(browser: ExtensionBrowser): Promise<StoredProduct[]> {
  const buckets = await readTable<StoredProductBucket>(browser, 'productBuckets');
  return buckets.flatMap((b) => b.products);
}
