import type { Product } from '../../../lib/catalog/types';
import type { ExtensionBrowser } from './extension';

/**
 * Puts products straight into the extension's database (the background's origin), then bumps the
 * catalog version as every catalog write does, so open sidebars refetch. For tests whose subject is
 * not the import itself.
 */
export async function seedCatalog(browser: ExtensionBrowser, products: readonly Product[]): Promise<void> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await page.evaluate(async (rows) => {
    const { chrome } = globalThis as unknown as {
      chrome: {
        runtime: { sendMessage(message: object): Promise<unknown> };
        storage: { local: { set(items: object): Promise<void> } };
      };
    };
    // Ask the background for a snapshot first (in @webext-core/messaging's format): it opens, and so
    // creates, the database with its schema. Opening without a version then takes what it made.
    await chrome.runtime.sendMessage({ id: 1, type: 'getCatalogSnapshot', timestamp: Date.now() });
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('sigap');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('products', 'readwrite');
      for (const row of rows) tx.objectStore('products').put({ ...row, updatedAt: Date.now() });
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
    await chrome.storage.local.set({ catalogVersion: Date.now() });
  }, products as Product[]);
  await page.close();
}
