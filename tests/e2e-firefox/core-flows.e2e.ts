import { resolve } from 'node:path';
import type { Frame, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_CATALOG } from '../../lib/catalog/sample';
import { CHAT_BOX } from '../e2e/support/chat-box';
import '../e2e/support/sim-state';
import { SHOPEE_CHAT_URL, TIKTOK_CHAT_URL, TOKOPEDIA_CLASSIC_URL } from '../e2e/support/simulators';
import {
  BACKGROUND_IDLE_MS,
  buttonNamed,
  type FirefoxWithExtension,
  launchFirefoxWithExtension,
  sidebarFrame,
  textOf,
} from './support/firefox';

// Sigap's core flows in Debian's Firefox ESR, with the Firefox package as a temporary add-on, on the
// rebuilt Shopee and TikTok Shop (today's Tokopedia) simulators: the same pages and the same page
// state (`window.__sim`) the Chromium suite checks, so "the page registered it" means the page's own
// app state changed, not just the DOM.

const TOKOPEDIA_EXPORT = resolve(import.meta.dirname, '../fixtures/catalog/tokopedia-export.csv');
const PAGES = [
  { name: 'Shopee /new-webchat', url: SHOPEE_CHAT_URL, market: 'Shopee' },
  { name: 'TikTok Shop inbox (seller-id.tokopedia.com)', url: TIKTOK_CHAT_URL, market: 'Tokopedia' },
] as const;

const target = SAMPLE_CATALOG.find((p) => p.variants.length > 1 && p.stock !== 0) ?? SAMPLE_CATALOG[0]!;
// A typo the way agents type fast: the first word's second-to-last letter dropped.
const firstWord = target.name.split(' ')[0]!;
const typo = `${firstWord.slice(0, -2)}${firstWord.slice(-1)} ${target.name.split(' ').slice(1, 3).join(' ')}`;

let firefox: FirefoxWithExtension;
beforeAll(async () => {
  firefox = await launchFirefoxWithExtension();
  // The sample catalog, loaded the way a new user does (and `npm run demo`): "Muat katalog contoh".
  const options = await firefox.openExtensionPage('options.html#katalog');
  await (await buttonNamed(options, /^Muat katalog contoh$/)).click();
  await options.waitForFunction(() => document.body.textContent?.includes('Impor selesai'));
  await options.close();
}, 90_000);
afterAll(async () => {
  await firefox?.close();
});

const sim = (page: Page) => page.evaluate(() => window.__sim.state());
const status = (frame: Frame) =>
  frame.evaluate(() => document.querySelector('[data-status]')?.getAttribute('data-status') ?? null);

async function openChat(url: string) {
  const opened = await firefox.open(url);
  const frame = await sidebarFrame(opened.page);
  await frame.waitForSelector('[data-testid="buyer-name"]');
  return { ...opened, frame };
}

async function focusChatBox(page: Page) {
  const box = await page.waitForSelector(CHAT_BOX);
  await box!.click();
}

async function insertFromSidebar(frame: Frame, text: string) {
  await frame.locator('.quick-insert textarea').fill(text);
  await (await buttonNamed(frame, /^Sisipkan ke chat$/)).click();
}

/** Sends what the chat box holds the way an agent does on these pages: Enter. */
async function send(page: Page) {
  await focusChatBox(page);
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await sim(page)).composer).toBe('');
}

async function searchProduct(frame: Frame, query: string) {
  const box = await frame.waitForSelector('[role="combobox"][aria-label="Cari produk"]:not([disabled])');
  await box!.click();
  await box!.type(query);
  return box!;
}

const firstResult = (frame: Frame) => textOf(frame, '.results [role="option"]');

for (const { name, url, market } of PAGES) {
  describe(name, () => {
    it('mounts the sidebar, shows the buyer name and finds the chat box by its markers', async () => {
      const { page, frame, errors } = await openChat(url);
      const state = await sim(page);
      // The frame's own address (BiDi reports no navigation of a moz-extension frame to puppeteer).
      expect(await frame.evaluate(() => location.href)).toMatch(
        /^moz-extension:\/\/[0-9a-f-]+\/sidebar\.html$/,
      );
      await expect.poll(() => textOf(frame, '[data-testid="buyer-name"]')).toBe(state.buyerName);
      await expect
        .poll(() => frame.$eval('[data-testid="composer-health"]', (el) => el.getAttribute('data-found')))
        .toBe('true');
      expect(await textOf(frame, '[data-testid="composer-health"]')).toBe(`Kotak chat: penanda ${market}`);
      expect(errors).toEqual([]);
      await page.close();
    });

    it('inserts a snippet from the sidebar list and from /salam + Tab, as the page registers typing', async () => {
      const { page, frame, errors } = await openChat(url);
      const buyer = (await sim(page)).buyerName!;
      const greeting = await frame.waitForSelector('.snippet-list [role="option"]::-p-text(Salam pembuka)');
      await greeting!.click();
      await expect
        .poll(async () => (await sim(page)).composer)
        .toMatch(/^Selamat (pagi|siang|sore|malam) Kak /);
      expect((await sim(page)).composer).toContain(buyer);
      expect((await sim(page)).sendEnabled).toBe(true);
      await send(page);

      await focusChatBox(page);
      await page.keyboard.type('/salam');
      await page.keyboard.press('Tab');
      await expect
        .poll(async () => (await sim(page)).composer)
        .toMatch(/^Selamat (pagi|siang|sore|malam) Kak /);
      const state = await sim(page);
      expect(state.composer).toContain(buyer);
      expect(state.composer).not.toContain('/salam');
      expect(state.sendEnabled).toBe(true);
      // The caret sits where the greeting ends: typing goes on there, and the page sees it.
      await page.keyboard.type('X');
      await expect.poll(async () => (await sim(page)).composer).toBe(`${state.composer}X`);
      expect(errors).toEqual([]);
      await page.close();
    });

    it('finds a product typed with a typo and Enter inserts its answer', async () => {
      const { page, frame, errors } = await openChat(url);
      const box = await searchProduct(frame, typo);
      await expect.poll(() => firstResult(frame)).toContain(target.name);
      await box.press('Enter');
      await expect.poll(async () => (await sim(page)).composer).toContain(target.name);
      const state = await sim(page);
      expect(state.composer).toMatch(/Rp\d/);
      expect(state.sendEnabled).toBe(true);
      expect(errors).toEqual([]);
      await page.close();
    });

    it('starts the reply clock on a buyer message and stops it on the reply', async () => {
      const { page, frame, errors } = await openChat(url);
      // Answer whatever already waits, so the clock starts from the new message.
      await insertFromSidebar(frame, 'Halo Kak, terima kasih sudah menunggu');
      await expect.poll(async () => (await sim(page)).composer).toBe('Halo Kak, terima kasih sudah menunggu');
      await send(page);
      await expect.poll(() => status(frame)).toBe('idle');

      await page.evaluate(() => window.__sim.receiveBuyerMessage('Kak, yang warna hitam ready?'));
      await expect.poll(() => status(frame)).toBe('ok');
      expect(await textOf(frame, '[data-testid="wait-time"]')).toMatch(/menunggu \d+ dtk/);

      await insertFromSidebar(frame, 'Ready Kak 😊');
      await expect.poll(async () => (await sim(page)).composer).toBe('Ready Kak 😊');
      await send(page);
      await expect.poll(async () => (await sim(page)).messages.at(-1)?.from).toBe('seller');
      await expect.poll(() => status(frame)).toBe('idle');
      expect(errors).toEqual([]);
      await page.close();
    });
  });
}

it('inserts into a contenteditable editor (classic Tokopedia chat) through execCommand', async () => {
  const { page, frame, errors } = await openChat(TOKOPEDIA_CLASSIC_URL);
  await expect.poll(() => textOf(frame, '[data-testid="buyer-name"]')).toBe((await sim(page)).buyerName);
  await insertFromSidebar(frame, 'Baik Kak, kami cek dulu 😊');
  await expect.poll(async () => (await sim(page)).composer).toBe('Baik Kak, kami cek dulu 😊');
  expect((await sim(page)).sendEnabled).toBe(true);
  expect(errors).toEqual([]);
  await page.close();
});

it('a CSV imported on the options page is searchable in the sidebar, and Enter answers with it', async () => {
  const options = await firefox.openExtensionPage('options.html#katalog');
  const input = await options.waitForSelector('input[type=file]');
  await (input as import('puppeteer-core').ElementHandle<HTMLInputElement>).uploadFile(TOKOPEDIA_EXPORT);
  await (await buttonNamed(options, /^Impor \d+ produk$/)).click();
  await options.waitForFunction(() => document.body.textContent?.includes('Impor selesai'));
  await options.close();

  const { page, frame } = await openChat(SHOPEE_CHAT_URL);
  const box = await searchProduct(frame, 'madu hutn 500gr');
  await expect.poll(() => firstResult(frame)).toContain('Madu Hutan Asli 500gr');
  await box.press('Enter');
  await expect.poll(async () => (await sim(page)).composer).toContain('Rp125.000');
  expect((await sim(page)).composer).toContain('Madu Hutan Asli 500gr');
  expect((await sim(page)).sendEnabled).toBe(true);
  await page.close();
});

it('copies to the clipboard when the layout is unknown, and the text pastes back', async () => {
  const { page, errors } = await firefox.open(`${SHOPEE_CHAT_URL}?layout=unknown`);
  const frame = await sidebarFrame(page);
  await expect
    .poll(() => frame.$eval('.health', (el) => el.getAttribute('data-health')))
    .toBe('unknown-layout');
  await insertFromSidebar(frame, 'Pesanan dikirim hari ini');
  await expect.poll(() => textOf(frame, '[data-testid="notice"]')).toContain('disalin ke clipboard');
  // Firefox lets a page read the clipboard only through a paste the user makes: Ctrl+V into a field.
  await page.evaluate(() => {
    const area = document.createElement('textarea');
    area.id = 'paste-here';
    document.body.prepend(area);
  });
  await page.click('#paste-here');
  await page.keyboard.down('Control');
  await page.keyboard.press('v');
  await page.keyboard.up('Control');
  await expect
    .poll(() => page.$eval('#paste-here', (el) => (el as HTMLTextAreaElement).value))
    .toBe('Pesanan dikirim hari ini');
  expect(errors).toEqual([]);
  await page.close();
});

it('keeps the same sidebar, still linked to its page, while the background would have been suspended', async () => {
  const { page, frame, errors } = await openChat(SHOPEE_CHAT_URL);
  // A mark in the sidebar's document: a remounted sidebar would be a new document without it.
  await frame.evaluate(() => {
    (window as unknown as { sameSidebar: boolean }).sameSidebar = true;
  });
  // Idle for more than twice the suspension delay: nothing here sends the background anything.
  await new Promise((done) => setTimeout(done, 2 * BACKGROUND_IDLE_MS + 3000));
  const current = await sidebarFrame(page);
  expect(await current.evaluate(() => (window as unknown as { sameSidebar?: boolean }).sameSidebar)).toBe(
    true,
  );
  await insertFromSidebar(current, 'Masih tersambung, Kak');
  await expect.poll(async () => (await sim(page)).composer).toBe('Masih tersambung, Kak');
  expect(errors).toEqual([]);
  await page.close();
}, 90_000);
