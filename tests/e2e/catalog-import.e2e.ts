import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { generateCatalog } from '../bench/catalog-data';
import { type ExtensionBrowser, launchWithExtension } from './support/extension';
import { readStoredProducts } from './support/read-db';

// The Katalog page in real Chromium: choose a marketplace export, check the preview, import, see the
// summary and the table, undo; then a 50,000-row file through the same UI, timed and virtualised.

const FIXTURE = resolve(import.meta.dirname, '../fixtures/catalog/tokopedia-export.csv');

let browser: ExtensionBrowser;
beforeAll(async () => {
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
});

async function openCatalog(): Promise<{ page: Page; errors: string[] }> {
  const opened = await browser.open(`chrome-extension://${browser.extensionId}/options.html#katalog`);
  await opened.page.getByRole('heading', { name: 'Impor katalog' }).waitFor();
  return opened;
}

async function chooseFile(page: Page, name: string, buffer: Buffer) {
  await page.locator('input[type=file]').setInputFiles({ name, mimeType: 'text/csv', buffer });
}

const catalogVersion = (page: Page) =>
  page.evaluate(async () => {
    const { chrome } = globalThis as unknown as {
      chrome: { storage: { local: { get(key: string): Promise<Record<string, number>> } } };
    };
    return (await chrome.storage.local.get('catalogVersion')).catalogVersion ?? 0;
  });

it('imports a Tokopedia export: preview, import, summary, table, undo', async () => {
  const { page, errors } = await openCatalog();
  await expect.poll(() => page.getByText('Katalog masih kosong').isVisible()).toBe(true);

  await chooseFile(page, 'tokopedia-export.csv', readFileSync(FIXTURE));
  await expect.poll(() => page.getByTestId('import-detected').textContent()).toContain('Ekspor Tokopedia');
  expect(await page.getByLabel('Simpan kolom "Harga (Rp)*" sebagai').inputValue()).toBe('price');
  const importButton = page.getByRole('button', { name: /^Impor \d+ produk$/ });
  const count = Number((await importButton.textContent())!.match(/\d+/)![0]);
  expect(count).toBeGreaterThan(0);
  expect(await readStoredProducts(browser)).toEqual([]);

  const versionBefore = await catalogVersion(page);
  await importButton.click();
  const summary = page.getByRole('region', { name: 'Impor selesai: tokopedia-export.csv' });
  await summary.waitFor();
  expect(await summary.locator('dt:has-text("ditambah") + dd').textContent()).toBe(String(count));
  expect(await catalogVersion(page)).toBeGreaterThan(versionBefore);

  const stored = await readStoredProducts(browser);
  expect(stored).toHaveLength(count);
  await expect.poll(() => page.getByTestId('catalog-count').textContent()).toBe(`${count} produk`);
  const firstName = stored[0]!.name;
  expect(await page.getByRole('table', { name: 'Daftar produk' }).getByText(firstName).count()).toBe(1);

  await summary.getByRole('button', { name: 'Urungkan impor ini' }).click();
  await page.getByText(/sudah diurungkan/).waitFor();
  expect(await readStoredProducts(browser)).toEqual([]);
  await expect.poll(() => page.getByText('Katalog masih kosong').isVisible()).toBe(true);
  expect(errors).toEqual([]);
  await page.close();
});

it('refuses a PDF renamed .csv with the parser message and stores nothing', async () => {
  const { page } = await openCatalog();
  const pdf = readFileSync(resolve(import.meta.dirname, '../fixtures/catalog/invoice-pdf-renamed.csv'));
  await chooseFile(page, 'invoice-pdf-renamed.csv', pdf);
  await expect.poll(() => page.getByRole('alert').textContent()).toContain('adalah PDF');
  expect(await readStoredProducts(browser)).toEqual([]);
  await page.close();
});

it('imports 50,000 rows through the page and keeps the table DOM small', async () => {
  const size = 50_000;
  const products = generateCatalog(size);
  const csv = Papa.unparse([
    ['SKU', 'Nama Produk', 'Harga', 'Stok', 'Kategori', 'Deskripsi Produk'],
    ...products.map((p) => [p.sku, p.name, p.price, p.stock ?? '', p.category ?? '', p.description ?? '']),
  ]);
  const { page, errors } = await openCatalog();

  let started = Date.now();
  await chooseFile(page, 'katalog-50k.csv', Buffer.from(csv));
  const importButton = page.getByRole('button', { name: /^Impor [\d.]+ produk$/ });
  await importButton.waitFor({ timeout: 30_000 });
  const previewMs = Date.now() - started;
  expect(await importButton.textContent()).toBe('Impor 50.000 produk');

  started = Date.now();
  await importButton.click();
  await page.getByRole('region', { name: 'Impor selesai: katalog-50k.csv' }).waitFor({ timeout: 30_000 });
  const storeMs = Date.now() - started;
  await expect
    .poll(() => page.getByTestId('catalog-count').textContent(), { timeout: 30_000 })
    .toBe('50.000 produk');
  const tableMs = Date.now() - started;
  const marks = await page.evaluate(() =>
    ['sigap:import-parsed', 'sigap:import-stored'].map(
      (name) => (performance.getEntriesByName(name).at(-1) as PerformanceMark | undefined)?.detail,
    ),
  );
  console.log(`  in the page: ${JSON.stringify(marks)}`);
  console.log(
    `Katalog page, ${size} rows (${(csv.length / 1e6).toFixed(1)} MB): file → preview ${previewMs} ms, ` +
      `Import → summary ${storeMs} ms, → table shows all ${tableMs} ms`,
  );

  const rows = await page.locator('table[aria-label="Daftar produk"] tbody tr').count();
  expect(rows).toBeGreaterThan(5);
  expect(rows).toBeLessThan(100);
  await page.getByLabel('Cari nama atau SKU').fill(products[12_345]!.sku);
  await expect
    .poll(() => page.locator('table[aria-label="Daftar produk"] tbody tr').first().textContent())
    .toContain(products[12_345]!.name);
  expect(errors).toEqual([]);
  await page.close();
}, 120_000);
