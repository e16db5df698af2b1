import type { Frame } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { SAMPLE_CATALOG } from '../../lib/catalog/sample';
import type { Product } from '../../lib/catalog/types';
import { type ExtensionBrowser, launchWithExtension, sidebarFrame } from './support/extension';
import { seedCatalog } from './support/seed-catalog';
import { SHOPEE_CHAT_URL, TIKTOK_CHAT_URL } from './support/simulators';

// One catalog index for the whole browser (lib/search-service/): a catalog change made in the
// options page reaches every open chat tab's sidebar without a reload, and none of them keeps
// answering from the old catalog.

let browser: ExtensionBrowser;
beforeAll(async () => {
  browser = await launchWithExtension();
  await seedCatalog(browser, SAMPLE_CATALOG);
});
afterAll(async () => {
  await browser?.close();
});

const results = (frame: Frame) =>
  frame.getByRole('listbox', { name: 'Cari produk', exact: true }).getByRole('option');

async function search(frame: Frame, query: string): Promise<string> {
  await frame.getByRole('combobox', { name: 'Cari produk' }).fill(query);
  await frame.waitForTimeout(300);
  return (await results(frame).allTextContents()).join('\n');
}

it('a catalog change while three chat tabs are open reaches all three sidebars', async () => {
  const frames: Frame[] = [];
  for (const url of [SHOPEE_CHAT_URL, SHOPEE_CHAT_URL, TIKTOK_CHAT_URL]) {
    const { page } = await browser.open(url);
    frames.push(await sidebarFrame(page));
  }
  for (const frame of frames)
    await expect.poll(() => search(frame, 'pashmina ceruty')).toContain('Hijab Pashmina Ceruty');

  const rotan: Product = {
    sku: 'TAS-RTN',
    name: 'Tas Anyaman Rotan Bali',
    price: 90_000,
    stock: 4,
    variants: [],
  };
  await seedCatalog(browser, [rotan, ...SAMPLE_CATALOG.filter((p) => !/Pashmina/.test(p.name))]);

  for (const frame of frames) {
    await expect
      .poll(() => search(frame, 'tas rotan'), { timeout: 20_000 })
      .toContain('Tas Anyaman Rotan Bali');
    await expect.poll(() => search(frame, 'pashmina ceruty')).not.toContain('Hijab Pashmina Ceruty');
  }
}, 120_000);
