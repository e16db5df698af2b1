import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchWithExtension, sidebarFrame } from './support/extension';
import './support/sim-state';
import { SHOPEE_CHAT_URL, TOKOPEDIA_CHAT_URL } from './support/simulators';

// Snippets from the chat box itself: "/salam" + Tab and Alt+G put the greeting, with the buyer's
// name, into the page's chat box as typed (Send enabled) and Ctrl+Z takes the expansion back.

let browser: ExtensionBrowser;
beforeAll(async () => {
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
});

const composerSelector: Record<string, string> = {
  [SHOPEE_CHAT_URL]: 'textarea',
  [TOKOPEDIA_CHAT_URL]: '[contenteditable=true]',
};

async function openChat(url: string) {
  const { page, errors } = await browser.open(url);
  const frame = await sidebarFrame(page);
  // The sidebar has loaded the snippets once their list shows.
  await frame.getByRole('combobox', { name: 'Cari template' }).waitFor();
  const composer = page.locator(composerSelector[url]!).first();
  await composer.click();
  return { page, frame, errors, composer };
}

const sim = (page: import('playwright-core').Page) => page.evaluate(() => window.__sim.state());

describe.each([SHOPEE_CHAT_URL, TOKOPEDIA_CHAT_URL])('on %s', (url) => {
  it('expands /salam + Tab into the greeting with the buyer name; Ctrl+Z undoes it', async () => {
    const { page, errors } = await openChat(url);
    const buyer = (await sim(page)).buyerName!;
    await page.keyboard.type('/salam');
    await page.keyboard.press('Tab');
    await expect
      .poll(async () => (await sim(page)).composer)
      .toMatch(/^Selamat (pagi|siang|sore|malam) Kak /);
    const state = await sim(page);
    expect(state.composer).toContain(buyer);
    expect(state.composer).not.toContain('/salam');
    expect(state.composer).not.toMatch(/\{/);
    expect(state.sendEnabled).toBe(true);
    // The caret sits where {kursor} was (the end of this greeting): typing continues there.
    await page.keyboard.type('X');
    await expect.poll(async () => (await sim(page)).composer).toBe(`${state.composer}X`);
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await sim(page)).composer).toBe(state.composer);
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await sim(page)).composer).toBe('/salam');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('leaves a trigger inside a word or URL alone', async () => {
    const { page } = await openChat(url);
    await page.keyboard.type('toko.id/salam');
    await page.keyboard.press('Tab');
    await page.waitForTimeout(300);
    expect((await sim(page)).composer).toBe('toko.id/salam');
    await page.close();
  });

  it('inserts the greeting on Alt+G and the closing on Alt+C', async () => {
    const { page } = await openChat(url);
    await page.keyboard.press('Alt+g');
    await expect.poll(async () => (await sim(page)).composer).toMatch(/^Selamat/);
    await page.keyboard.press('Alt+c');
    await expect.poll(async () => (await sim(page)).composer).toMatch(/Terima kasih, Kak/);
    expect((await sim(page)).sendEnabled).toBe(true);
    await page.close();
  });
});

it('Alt+K in the chat box moves the keyboard to the sidebar search', async () => {
  const { page, frame } = await openChat(SHOPEE_CHAT_URL);
  await page.keyboard.press('Alt+k');
  await expect
    .poll(() => frame.evaluate(() => document.activeElement?.getAttribute('aria-label')))
    .toBe('Cari produk');
  await page.close();
});

it('a snippet with a fill-in field asks for it first', async () => {
  const { page, frame } = await openChat(SHOPEE_CHAT_URL);
  await page.keyboard.type('/telat');
  await page.keyboard.press('Tab');
  const field = frame.getByLabel('Nomor resi');
  await field.waitFor();
  await field.fill('JP1234567');
  await field.press('Enter');
  await expect.poll(async () => (await sim(page)).composer).toContain('JP1234567');
  expect((await sim(page)).composer).not.toContain('/telat');
  await page.close();
});
