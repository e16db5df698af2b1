import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Product } from '../../lib/catalog/types';
import { generateCatalog } from '../bench/catalog-data';
import { type ExtensionBrowser, launchWithExtension, sidebarFrame } from './support/extension';
import { seedCatalog } from './support/seed-catalog';
import { SHOPEE_CHAT_URL } from './support/simulators';

// Chrome stops an idle MV3 service worker after about 30 s and starts it again on the next event.
// Stopped while the sidebar loads a 50,000-product catalog, the parts in flight fail; the sidebar
// must ask for them again and make search work without the agent reloading the chat page.

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

const marks = (frame: import('playwright-core').Frame, name: string) =>
  frame.evaluate((n) => performance.getEntriesByName(n).length, name);

it('search comes back after the background is stopped mid-load, without a reload', async () => {
  const page = await browser.context.newPage();
  // The DevTools protocol's own "stop every service worker", as Chrome does to an idle worker: the
  // extension is not reloaded, its pages stay open.
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  // Keep the background busy encoding the whole catalog twice over, so the sidebar's parts are
  // still on their way when it stops, however fast the machine (the answers are not awaited).
  const options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await options.evaluate(() => {
    const { chrome } = globalThis as unknown as {
      chrome: { runtime: { sendMessage(m: object): Promise<unknown> } };
    };
    for (let i = 0; i < 2; i++)
      void chrome.runtime
        .sendMessage({ id: i, type: 'getCatalogPart', data: { part: 0, parts: 1 }, timestamp: Date.now() })
        .catch(() => {});
  });
  await page.goto(SHOPEE_CHAT_URL);
  const frame = await sidebarFrame(page);
  await frame.waitForFunction(() => performance.getEntriesByName('sigap:snapshot-requested').length > 0);
  expect(await marks(frame, 'sigap:catalog-ready'), 'the load finished before the stop').toBe(0);
  // Set in the frame's own window: still there at the end means the sidebar was never reloaded.
  await frame.evaluate(() => {
    (window as unknown as { __before: number }).__before = 1;
  });
  await cdp.send('ServiceWorker.stopAllWorkers');

  // Proof the stop broke the load off: some part had to be asked for again.
  await expect.poll(() => marks(frame, 'sigap:catalog-part-retry'), { timeout: 60_000 }).toBeGreaterThan(0);
  const box = frame.getByRole('combobox', { name: 'Cari produk' });
  await expect.poll(() => box.isEnabled(), { timeout: 60_000 }).toBe(true);
  await expect.poll(() => marks(frame, 'sigap:catalog-ready'), { timeout: 60_000 }).toBe(1);
  const ready = await frame.evaluate(
    () =>
      (performance.getEntriesByName('sigap:catalog-ready')[0] as PerformanceMark).detail as { count: number },
  );
  expect(ready.count).toBe(SIZE);

  // Products of every part are found: the first, the last and one in the middle.
  for (const product of [catalog[0]!, catalog[Math.floor(SIZE / 2)]!, catalog.at(-1)!]) {
    await box.fill(product.sku);
    await expect.poll(() => frame.getByRole('option').first().textContent()).toContain(product.name);
  }
  expect(await frame.getByText('Katalog tidak bisa dimuat', { exact: false }).count()).toBe(0);
  // Snippets, asked for at the same moment, are there too.
  await frame.getByRole('option', { name: /Salam pembuka/ }).waitFor();
  expect(await frame.evaluate(() => (window as unknown as { __before?: number }).__before)).toBe(1);
  await options.close();
  await page.close();
  // A 50,000-product load, broken off and resumed, on a 2-core machine shared with other work.
}, 150_000);
