import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Frame, Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { pngSize } from '../../scripts/check-manifest';
import '../e2e/support/sim-state';
import { SHOPEE_CHAT_URL, TIKTOK_CHAT_URL } from '../e2e/support/simulators';
import {
  buttonNamed,
  type FirefoxWithExtension,
  launchFirefoxWithExtension,
  sidebarFrame,
  textOf,
} from './support/firefox';

// The Firefox Add-ons screenshots (1280×800), made in Firefox ESR with the Firefox package on the
// simulators, so the listing shows Sigap as it runs there. Written to .output/store-screenshots/ with
// a `firefox-` prefix on every run; `npm run screenshots` copies them to docs/store/screenshots/.

const STORE_SHOTS_DIR = resolve(import.meta.dirname, '../../.output/store-screenshots');
const SIZE = { width: 1280, height: 800 };

let firefox: FirefoxWithExtension;
beforeAll(async () => {
  firefox = await launchFirefoxWithExtension();
  const options = await firefox.openExtensionPage('options.html#katalog');
  await (await buttonNamed(options, /^Muat katalog contoh$/)).click();
  await options.waitForFunction(() => document.body.textContent?.includes('Impor selesai'));
  await options.close();
  mkdirSync(STORE_SHOTS_DIR, { recursive: true });
}, 90_000);
afterAll(async () => {
  await firefox?.close();
});

async function openChat(url: string): Promise<{ page: Page; frame: Frame }> {
  const { page } = await firefox.open(url);
  await page.setViewport(SIZE);
  const frame = await sidebarFrame(page);
  await frame.waitForSelector('[data-testid="buyer-name"]');
  return { page, frame };
}

async function shoot(page: Page, name: string) {
  const path = resolve(STORE_SHOTS_DIR, name) as `${string}.png`;
  await page.screenshot({ path });
  expect(pngSize(readFileSync(path))).toEqual(SIZE);
}

it('firefox 1: a product found on Shopee, its answer in the chat box', async () => {
  const { page, frame } = await openChat(SHOPEE_CHAT_URL);
  const box = await frame.waitForSelector('[role="combobox"][aria-label="Cari produk"]:not([disabled])');
  await box!.click();
  await box!.type('pashmina cerutty');
  await expect.poll(() => textOf(frame, '.results [role="option"]')).toContain('Pashmina');
  await box!.press('Enter');
  await expect
    .poll(async () => (await page.evaluate(() => window.__sim.state())).composer)
    .toContain('Pashmina');
  expect(await textOf(frame, '[data-testid="buyer-name"]')).toBe(
    (await page.evaluate(() => window.__sim.state())).buyerName,
  );
  await shoot(page, 'firefox-1-product-answer-shopee.png');
  await page.close();
});

it('firefox 2: the reply clock on the TikTok Shop (Tokopedia) inbox', async () => {
  const { page, frame } = await openChat(TIKTOK_CHAT_URL);
  // The simulated inbox opens on a buyer who has waited a while: the clock shows it.
  await expect
    .poll(() => frame.evaluate(() => document.querySelector('[data-status]')?.getAttribute('data-status')))
    .toMatch(/^(ok|warn|due)$/);
  await frame.waitForSelector('.snippet-list [role="option"]');
  await shoot(page, 'firefox-2-reply-clock-tokopedia.png');
  await page.close();
});
