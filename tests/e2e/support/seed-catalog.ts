import type { Product } from '../../../lib/catalog/types';
import { bucketOf } from '../../../lib/db/product-store';
import type { StoredProduct } from '../../../lib/db/schema';
import type { ExtensionBrowser } from './extension';

/**
 * Replaces the catalog in the extension's database (the background's origin), then bumps the
 * catalog version as every catalog write does, so open sidebars refetch. For tests whose subject is
 * not the import itself.
 */
export async function seedCatalog(browser: ExtensionBrowser, products: readonly Product[]): Promise<void> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
  const now = Date.now();
  const buckets = new Map<number, StoredProduct[]>();
  for (const product of products) {
    const id = bucketOf(product.sku);
    const bucket = buckets.get(id);
    if (bucket) bucket.push({ ...product, updatedAt: now });
    else buckets.set(id, [{ ...product, updatedAt: now }]);
  }
  // One JSON string crosses the DevTools protocol far faster than 50,000 objects serialised one by one.
  await page.evaluate(
    async (rowsJson) => {
      const rows = JSON.parse(rowsJson) as { id: number; products: unknown[] }[];
      const { chrome } = globalThis as unknown as {
        chrome: {
          runtime: { sendMessage(message: object): Promise<unknown> };
          storage: { local: { set(items: object): Promise<void> } };
        };
      };
      // Ask the background for the snippets first (in @webext-core/messaging's format): it opens, and
      // so creates, the database with its schema. Opening without a version then takes what it made.
      // (Snippets, not the catalog: the bench seeds older builds too, and every build answers this.)
      await chrome.runtime.sendMessage({ id: 1, type: 'getSnippets', timestamp: Date.now() });
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('sigap');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction('productBuckets', 'readwrite');
        tx.objectStore('productBuckets').clear();
        for (const row of rows) tx.objectStore('productBuckets').put(row);
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
      await chrome.storage.local.set({ catalogVersion: Date.now() });
    },
    JSON.stringify([...buckets].map(([id, products]) => ({ id, products }))),
  );
  await page.close();
}
