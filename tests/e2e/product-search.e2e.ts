import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { SAMPLE_CATALOG } from '../../lib/catalog/sample';
import { type ExtensionBrowser, launchWithExtension, sidebarFrame } from './support/extension';
import { seedCatalog } from './support/seed-catalog';
import './support/sim-state';
import { SHOPEE_CHAT_URL, TOKOPEDIA_CHAT_URL } from './support/simulators';

// The product knowledge base in use: the catalog lives in the background, the sidebar searches it
// as the agent types, and Enter puts the answer into the page's chat box as if typed.

const TOKOPEDIA_EXPORT = resolve(import.meta.dirname, '../fixtures/catalog/tokopedia-export.csv');

let browser: ExtensionBrowser;
beforeAll(async () => {
  browser = await launchWithExtension();
  await seedCatalog(browser, SAMPLE_CATALOG);
});
afterAll(async () => {
  await browser?.close();
});

const target = SAMPLE_CATALOG.find((p) => p.variants.length > 1 && p.stock !== 0) ?? SAMPLE_CATALOG[0]!;
// A typo in the first word the way agents type it fast: one letter dropped.
const firstWord = target.name.split(' ')[0]!;
const typo = `${firstWord.slice(0, -2)}${firstWord.slice(-1)} ${target.name.split(' ').slice(1, 3).join(' ')}`;

it('finds a product with a typo and Enter inserts the answer with Send enabled', async () => {
  const { page, errors } = await browser.open(SHOPEE_CHAT_URL);
  const frame = await sidebarFrame(page);
  const box = frame.getByRole('combobox', { name: 'Cari produk' });
  await expect.poll(() => box.isEnabled()).toBe(true);
  await box.fill(typo);
  const first = frame.getByRole('option').first();
  await expect.poll(() => first.textContent()).toContain(target.name);
  await box.press('Enter');
  await expect
    .poll(async () => (await page.evaluate(() => window.__sim.state())).composer)
    .toContain(target.name);
  const state = await page.evaluate(() => window.__sim.state());
  expect(state.composer).toMatch(/Rp\d/);
  expect(state.sendEnabled).toBe(true);
  expect(errors).toEqual([]);
  await page.close();
});

it('Alt+Enter inserts name and price only, Esc hands the keyboard back to the chat box', async () => {
  const { page } = await browser.open(TOKOPEDIA_CHAT_URL);
  const frame = await sidebarFrame(page);
  const box = frame.getByRole('combobox', { name: 'Cari produk' });
  await expect.poll(() => box.isEnabled()).toBe(true);
  await box.fill(target.sku);
  await expect.poll(() => frame.getByRole('option').first().textContent()).toContain(target.name);
  await box.press('Alt+Enter');
  await expect
    .poll(async () => (await page.evaluate(() => window.__sim.state())).composer)
    .toMatch(new RegExp(`^${target.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} - .*Rp`));
  await box.focus();
  await box.press('Escape');
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.getAttribute('contenteditable')))
    .toBe('true');
  await page.close();
});

it('the focus-search command puts the keyboard in the sidebar search box', async () => {
  const { page } = await browser.open(SHOPEE_CHAT_URL);
  const frame = await sidebarFrame(page);
  await expect.poll(() => frame.getByRole('combobox', { name: 'Cari produk' }).isEnabled()).toBe(true);
  await page.locator('textarea').first().focus();
  await page.bringToFront();
  const [worker] = browser.context.serviceWorkers();
  // What lib/commands.ts sends for the manifest command (headless Chromium cannot fire commands).
  await worker!.evaluate(async () => {
    const { chrome } = globalThis as unknown as { chrome: typeof import('wxt/browser').browser };
    const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
    await chrome.tabs.sendMessage(tab!.id!, { sigap: 'focus-search' }, { frameId: 0 });
  });
  await expect
    .poll(() => frame.evaluate(() => document.activeElement?.getAttribute('role')))
    .toBe('combobox');
  await page.keyboard.type('kaos');
  await expect.poll(() => frame.getByRole('combobox', { name: 'Cari produk' }).inputValue()).toBe('kaos');
  await page.close();
});

it('a CSV imported in the Katalog page is searchable in the sidebar, and Enter answers the buyer', async () => {
  const options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html#katalog`);
  await options.locator('input[type=file]').setInputFiles({
    name: 'tokopedia-export.csv',
    mimeType: 'text/csv',
    buffer: readFileSync(TOKOPEDIA_EXPORT),
  });
  await options.getByRole('button', { name: /^Impor \d+ produk$/ }).click();
  await options.getByText('Impor selesai').first().waitFor();
  await options.close();

  const { page } = await browser.open(SHOPEE_CHAT_URL);
  const frame = await sidebarFrame(page);
  const box = frame.getByRole('combobox', { name: 'Cari produk' });
  await box.fill('madu hutn 500gr');
  await expect.poll(() => frame.getByRole('option').first().textContent()).toContain('Madu Hutan Asli 500gr');
  await box.press('Enter');
  await expect
    .poll(async () => (await page.evaluate(() => window.__sim.state())).composer)
    .toContain('Rp125.000');
  const state = await page.evaluate(() => window.__sim.state());
  expect(state.composer).toContain('Madu Hutan Asli 500gr');
  expect(state.sendEnabled).toBe(true);
  await page.close();
});
