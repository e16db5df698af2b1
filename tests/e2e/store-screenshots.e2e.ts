import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { SAMPLE_CATALOG } from '../../lib/catalog/sample';
import { pngSize } from '../../scripts/check-manifest';
import { type ExtensionBrowser, launchWithExtension, sidebarFrame } from './support/extension';
import { seedCatalog } from './support/seed-catalog';
import './support/sim-state';
import { SHOPEE_CHAT_URL, TIKTOK_CHAT_URL } from './support/simulators';

// The store screenshots (Chrome Web Store, Edge Add-ons, Firefox Add-ons all take 1280×800), made on
// the simulators with the sample catalog. Written to .output/store-screenshots/ on every run, so the
// test run never rewrites committed files; `npm run screenshots` copies them to docs/store/.

const STORE_SHOTS_DIR = resolve(import.meta.dirname, '../../.output/store-screenshots');
const SIZE = { width: 1280, height: 800 };

let browser: ExtensionBrowser;
beforeAll(async () => {
  browser = await launchWithExtension();
  await seedCatalog(browser, SAMPLE_CATALOG);
  // A shop name, so the greeting reads as a shop's would (no "[toko]" gap in the picture).
  const [worker] = browser.context.serviceWorkers();
  await worker!.evaluate(() =>
    (
      globalThis as unknown as { chrome: { storage: { local: { set(o: object): Promise<void> } } } }
    ).chrome.storage.local.set({ shopName: 'Toko Sari Busana' }),
  );
  mkdirSync(STORE_SHOTS_DIR, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

async function shoot(page: Page, name: string) {
  const path = resolve(STORE_SHOTS_DIR, name);
  await page.screenshot({ path });
  expect(pngSize(readFileSync(path))).toEqual(SIZE);
}

it('1: a product found on Shopee, its answer in the chat box', async () => {
  const { page } = await browser.open(SHOPEE_CHAT_URL);
  await page.setViewportSize(SIZE);
  const frame = await sidebarFrame(page);
  const search = frame.getByRole('combobox', { name: 'Cari produk' });
  await expect.poll(() => search.isEnabled()).toBe(true);
  await search.fill('pashmina cerutty');
  await expect.poll(() => frame.getByRole('option').first().textContent()).toContain('Pashmina');
  await search.press('Enter');
  await expect
    .poll(async () => (await page.evaluate(() => window.__sim.state())).composer)
    .toContain('Pashmina');
  await search.fill('pashmina cerutty');
  await expect.poll(() => frame.getByRole('option').first().textContent()).toContain('Pashmina');
  await frame.evaluate(() => document.querySelector('section.search')?.scrollIntoView({ block: 'start' }));
  await shoot(page, '1-product-answer-shopee.png');
  await page.close();
});

it('2: the reply clock and the snippets on the TikTok Shop (Tokopedia) inbox', async () => {
  const { page } = await browser.open(TIKTOK_CHAT_URL);
  await page.setViewportSize(SIZE);
  const frame = await sidebarFrame(page);
  await frame.getByRole('option', { name: /Salam pembuka/ }).waitFor();
  await expect
    .poll(() => frame.locator('[data-status]').first().getAttribute('data-status'))
    .not.toBe('idle');
  await frame.getByRole('option', { name: /Salam pembuka/ }).click();
  await expect
    .poll(async () => (await page.evaluate(() => window.__sim.state())).composer)
    .toMatch(/^Selamat/);
  await frame.evaluate(() => document.querySelector('[data-status]')?.scrollIntoView({ block: 'start' }));
  await shoot(page, '2-reply-clock-snippets-tokopedia.png');
  await page.close();
});

it('3: the catalog in the options page', async () => {
  const page = await browser.context.newPage();
  await page.setViewportSize(SIZE);
  await page.goto(`chrome-extension://${browser.extensionId}/options.html#katalog`);
  await page.getByText(SAMPLE_CATALOG[0]!.name).first().waitFor();
  await shoot(page, '3-catalog-options.png');
  await page.close();
});
