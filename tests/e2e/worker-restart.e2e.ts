import type { Frame } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Product } from '../../lib/catalog/types';
import { generateCatalog } from '../bench/catalog-data';
import { type ExtensionBrowser, launchWithExtension, sidebarFrame } from './support/extension';
import { seedCatalog } from './support/seed-catalog';
import { controlWorker, currentWorker, indexStored, workerMark } from './support/service-worker';
import { SHOPEE_CHAT_URL } from './support/simulators';

// Chrome stops an idle MV3 service worker after about 30 s and starts it again on the next event.
// The catalog search lives in the worker (lib/search-service/): stopped while it builds the index
// of a 50,000-product catalog, or between two searches, the sidebar must get its answers from the
// next worker without the agent reloading the chat page, and a restarted worker must load the
// stored index instead of rebuilding it.

const SIZE = 50_000;
let browser: ExtensionBrowser;
let catalog: Product[];
beforeAll(async () => {
  browser = await launchWithExtension();
  catalog = generateCatalog(SIZE);
  await seedCatalog(browser, catalog);
}, 180_000);
afterAll(async () => {
  await browser?.close();
});

const marks = (frame: Frame, name: string) =>
  frame.evaluate((n) => performance.getEntriesByName(n).length, name);

/** The search's own result rows (the snippet list below has options too). */
const results = (frame: Frame) => frame.getByRole('listbox', { name: 'Cari produk' }).getByRole('option');

async function expectFinds(frame: Frame, products: readonly Product[]) {
  const box = frame.getByRole('combobox', { name: 'Cari produk' });
  for (const product of products) {
    await box.fill(product.sku);
    await expect.poll(() => results(frame).first().textContent()).toContain(product.name);
  }
}

it('search comes back after the background is stopped while it builds the index, without a reload', async () => {
  const page = await browser.context.newPage();
  const worker = await controlWorker(
    browser.context,
    page,
    `chrome-extension://${browser.extensionId}/background.js`,
  );
  // A new catalog version: the background must build the index again (a second or more at 50k on
  // 2 cores), so the sidebar's first request is still waiting when the worker stops.
  const options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await options.evaluate(() =>
    (
      globalThis as unknown as { chrome: { storage: { local: { set(o: object): Promise<void> } } } }
    ).chrome.storage.local.set({ catalogVersion: Date.now() }),
  );
  await page.goto(SHOPEE_CHAT_URL);
  const frame = await sidebarFrame(page);
  expect(await marks(frame, 'sigap:catalog-ready'), 'the index was ready before the stop').toBe(0);
  // Set in the frame's own window: still there at the end means the sidebar was never reloaded.
  await frame.evaluate(() => {
    (window as unknown as { __before: number }).__before = 1;
  });
  await worker.stop();

  // Proof the stop broke the request off: it had to be sent again.
  await expect.poll(() => marks(frame, 'sigap:catalog-retry'), { timeout: 60_000 }).toBeGreaterThan(0);
  await expect.poll(() => marks(frame, 'sigap:catalog-ready'), { timeout: 90_000 }).toBe(1);
  const ready = await frame.evaluate(
    () =>
      (performance.getEntriesByName('sigap:catalog-ready')[0] as PerformanceMark).detail as { count: number },
  );
  expect(ready.count).toBe(SIZE);
  await expectFinds(frame, [catalog[0]!, catalog[Math.floor(SIZE / 2)]!, catalog.at(-1)!]);
  expect(await frame.getByText('Katalog tidak bisa dimuat', { exact: false }).count()).toBe(0);
  expect(await frame.evaluate(() => (window as unknown as { __before?: number }).__before)).toBe(1);
  await worker.detach();
  await options.close();
  await page.close();
}, 180_000);

it('a worker stopped between two searches loads the stored index, and the next search finds what was typed', async () => {
  const page = await browser.context.newPage();
  const worker = await controlWorker(
    browser.context,
    page,
    `chrome-extension://${browser.extensionId}/background.js`,
  );
  await page.goto(SHOPEE_CHAT_URL);
  const frame = await sidebarFrame(page);
  await expect.poll(() => marks(frame, 'sigap:catalog-ready'), { timeout: 90_000 }).toBe(1);
  await expectFinds(frame, [catalog[1]!]);
  // The index of this version is stored once it is built (a write the worker does after answering).
  await indexStored(await currentWorker(browser.context));
  await worker.stop();

  // Typed while no worker runs: the search wakes one, and the text in the box is what is answered.
  const box = frame.getByRole('combobox', { name: 'Cari produk' });
  await box.fill(catalog[2]!.sku);
  await expect
    .poll(() => frame.getByRole('option').first().textContent(), { timeout: 30_000 })
    .toContain(catalog[2]!.name);
  await worker.running();
  const indexed = await workerMark<{ origin: string; count: number }>(
    await currentWorker(browser.context),
    'sigap:index-ready',
  );
  expect(indexed).toMatchObject({ origin: 'stored', count: SIZE });

  // Stopped the moment a query is typed: the search in flight breaks off, and is asked again.
  await box.fill(catalog[3]!.sku);
  await worker.stop();
  await expect
    .poll(() => results(frame).first().textContent(), { timeout: 30_000 })
    .toContain(catalog[3]!.name);
  // The sidebar's port was offered a direct channel by the restarted worker, and took it.
  await box.fill(catalog[4]!.sku);
  await expect.poll(() => results(frame).first().textContent()).toContain(catalog[4]!.name);
  await workerMark(await currentWorker(browser.context), 'sigap:direct-channel');
  await worker.detach();
  await page.close();
}, 180_000);
