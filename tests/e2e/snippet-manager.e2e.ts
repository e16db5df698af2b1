import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type ExtensionBrowser, launchWithExtension, sidebarFrame } from './support/extension';
import './support/sim-state';
import { SHOPEE_CHAT_URL } from './support/simulators';

// A snippet written in the options page's Template/Snippet section works in the marketplace chat
// box at once: the editor's write publishes the trigger to the content script and bumps the version
// the sidebar refetches on.

let browser: ExtensionBrowser;
beforeAll(async () => {
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
});

const BODY = 'Gratis ongkir ke seluruh Indonesia ya Kak {pembeli} 🙏';
const sim = (page: Page) => page.evaluate(() => window.__sim.state());

it('a snippet created in the options page expands from /ongkir + Tab in the Shopee chat box', async () => {
  const { page: options, errors: optionErrors } = await browser.open(
    `chrome-extension://${browser.extensionId}/options.html#snippet`,
  );
  await options.getByRole('button', { name: '+ Template baru' }).click();
  const form = options.getByRole('form', { name: 'Template baru' });
  await form.getByLabel('Judul').fill('Ongkir');
  await form.getByLabel('Kategori').selectOption({ label: 'Produk' });
  await form.getByLabel('Isi template').fill(BODY);
  await expect
    .poll(() => form.getByTestId('snippet-preview').textContent())
    .toBe('Gratis ongkir ke seluruh Indonesia ya Kak Rina 🙏');
  await form.getByLabel('Pemicu').fill('ongkir');
  await form.getByRole('button', { name: 'Simpan template' }).click();
  await options.getByRole('status').filter({ hasText: 'Template Ongkir disimpan.' }).waitFor();
  await options.getByText('/ongkir').waitFor();
  expect(optionErrors).toEqual([]);

  const { page, errors } = await browser.open(SHOPEE_CHAT_URL);
  const frame = await sidebarFrame(page);
  await frame.getByRole('combobox', { name: 'Cari template' }).waitFor();
  const buyer = (await sim(page)).buyerName!;
  expect(buyer).toBeTruthy();
  await page.locator('textarea').first().click();
  await page.keyboard.type('/ongkir');
  await page.keyboard.press('Tab');
  await expect
    .poll(async () => (await sim(page)).composer)
    .toBe(`Gratis ongkir ke seluruh Indonesia ya Kak ${buyer} 🙏`);
  expect((await sim(page)).sendEnabled).toBe(true);
  expect(errors).toEqual([]);
});
