import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { SAMPLE_CATALOG } from '../../lib/catalog/sample';
import type { StoredSnippet } from '../../lib/db/schema';
import { type ExtensionBrowser, launchWithExtension } from './support/extension';
import { readStoredProducts, readTable } from './support/read-db';

// Pengaturan › Cadangan in real Chromium: the download, the checksum (Web Crypto), the restore's
// single transaction that also writes browser.storage (Dexie.waitFor over real IndexedDB), and a
// refused file that changes nothing.

let browser: ExtensionBrowser;
beforeAll(async () => {
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
});

const optionsUrl = (hash: string) => `chrome-extension://${browser.extensionId}/options.html#${hash}`;

async function storage(page: Page, keys: string[]) {
  return page.evaluate(
    (k) =>
      (
        globalThis as unknown as { chrome: { storage: { local: { get(k: string[]): Promise<object> } } } }
      ).chrome.storage.local.get(k),
    keys,
  );
}

it('backs up everything, restores it after a wipe, and refuses a truncated file without a change', async () => {
  const { page, errors } = await browser.open(optionsUrl('katalog'));
  await page.getByRole('button', { name: 'Muat katalog contoh' }).first().click();
  await page.getByText(`${SAMPLE_CATALOG.length} produk`).waitFor();
  await page.goto(optionsUrl('pengaturan'));
  await page.getByLabel('Nama toko').fill('Toko Berkah Jaya');
  await page.getByRole('button', { name: 'Simpan', exact: true }).click();
  await page.getByRole('status').filter({ hasText: 'Tersimpan.' }).waitFor();
  const products = await readStoredProducts(browser);
  const snippets = await readTable<StoredSnippet>(browser, 'snippets');
  expect(products).toHaveLength(SAMPLE_CATALOG.length);
  expect(snippets.length).toBeGreaterThan(5);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Unduh cadangan' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^sigap-cadangan-\d{4}-\d\d-\d\d\.json$/);
  const text = readFileSync((await file.path())!, 'utf8');

  // Wipe: the database and the settings, as a new browser would have them.
  await page.evaluate(async () => {
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.deleteDatabase('sigap');
      request.onsuccess = () => resolve();
      request.onerror = () => reject(request.error);
    });
    await (
      globalThis as unknown as { chrome: { storage: { local: { clear(): Promise<void> } } } }
    ).chrome.storage.local.clear();
  });
  await page.reload();
  expect(await readStoredProducts(browser)).toEqual([]);

  const chooser = page.getByLabel('Pulihkan dari file cadangan…');
  // A truncated copy first: refused, nothing written.
  await chooser.setInputFiles({
    name: 'potong.json',
    mimeType: 'application/json',
    buffer: Buffer.from(text.slice(0, 4000)),
  });
  await page.getByRole('alert').filter({ hasText: 'potong.json rusak atau terpotong' }).waitFor();
  expect(await readStoredProducts(browser)).toEqual([]);
  expect(await storage(page, ['shopName'])).toEqual({});

  await chooser.setInputFiles({
    name: 'cadangan.json',
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
  const preview = page.getByRole('region', { name: 'Pratinjau cadangan: cadangan.json' });
  await preview.waitFor();
  const produk = preview
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: 'Produk', exact: true }) });
  expect(await produk.getByRole('cell').allTextContents()).toEqual([String(SAMPLE_CATALOG.length), '0']);
  await preview.getByRole('button', { name: 'Pulihkan dan ganti semua' }).click();
  await page.getByRole('status').filter({ hasText: 'Cadangan cadangan.json dipulihkan' }).waitFor();

  const bySku = (a: { sku: string }, b: { sku: string }) => (a.sku < b.sku ? -1 : 1);
  expect((await readStoredProducts(browser)).sort(bySku)).toEqual(products.sort(bySku));
  expect(await readTable<StoredSnippet>(browser, 'snippets')).toEqual(snippets);
  expect(await storage(page, ['shopName'])).toEqual({ shopName: 'Toko Berkah Jaya' });
  await page.goto(optionsUrl('katalog'));
  await page.getByText(`${SAMPLE_CATALOG.length} produk`).waitFor();
  expect(errors).toEqual([]);
});
