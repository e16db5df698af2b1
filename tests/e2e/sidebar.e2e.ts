import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { browser as Browser } from 'wxt/browser';
import { type ExtensionBrowser, launchWithExtension, sidebarFrame } from './support/extension';
import './support/sim-state';
import {
  SHOPEE_CHAT_URL,
  SHOPEE_DRIFT_URL,
  SHOPEE_NON_CHAT_URL,
  TOKOPEDIA_CHAT_URL,
  TOKOPEDIA_ID_CHAT_URL,
} from './support/simulators';

// Most of these run on the old Shopee simulator (SHOPEE_DRIFT_URL, a layout-drift case): they test the
// mechanics it models (its character counter, its Send button); tests/e2e/real-chat.e2e.ts covers the
// rebuilt pages.
// The foundation, end to end in real Chromium with the built extension: the sidebar mounts where it
// should and nowhere else, follows the single-page apps, inserts text the page's app accepts, falls
// back to the clipboard, and gives a hostile page nothing.

let browser: ExtensionBrowser;
beforeAll(async () => {
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
});

const sim = (page: Page) => page.evaluate(() => window.__sim.state());

async function insertFromSidebar(frame: Frame, text: string) {
  await frame.getByLabel('Teks untuk dikirim').fill(text);
  await frame.getByRole('button', { name: 'Sisipkan ke chat' }).click();
}

async function box(page: Page, selector: string) {
  const found = await page.locator(selector).first().boundingBox();
  if (!found) throw new Error(`${selector} has no box`);
  return found;
}

describe('on Shopee seller chat', () => {
  it('mounts the sidebar with the conversation and a healthy adapter, clear of the chat box', async () => {
    const { page, errors } = await browser.open(SHOPEE_DRIFT_URL);
    const frame = await sidebarFrame(page);
    expect(frame.url()).toBe(`chrome-extension://${browser.extensionId}/sidebar.html`);
    const state = await sim(page);
    await expect.poll(() => frame.getByTestId('buyer-name').textContent()).toBe(state.buyerName);
    expect(await frame.locator('header').textContent()).toContain('Shopee');
    expect(await frame.locator('.health').getAttribute('data-health')).toBe('ok');

    const sidebar = await box(page, '#sigap-sidebar');
    for (const selector of ['textarea', '.send-button']) {
      const target = await box(page, selector);
      expect(target.x + target.width, `${selector} is covered`).toBeLessThanOrEqual(sidebar.x);
    }
    // The README's screenshot shows the sidebar settled: waiting list, catalog status and snippets.
    await frame.getByRole('option', { name: /Salam pembuka/ }).waitFor();
    await frame.getByText('Katalog masih kosong', { exact: false }).waitFor();
    await frame.getByText('Menunggu balasan').waitFor();
    mkdirSync(resolve(import.meta.dirname, '../../docs'), { recursive: true });
    await page.screenshot({ path: resolve(import.meta.dirname, '../../docs/sidebar-shopee.png') });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('inserts text the page app accepts: Send enabled, counter, caret at the end, Ctrl+Z undoes', async () => {
    const { page } = await browser.open(SHOPEE_DRIFT_URL);
    const frame = await sidebarFrame(page);
    const text = 'Halo Kak 🙏\nStok ready ya';
    await insertFromSidebar(frame, text);
    await expect.poll(async () => (await sim(page)).composer).toBe(text);
    const state = await sim(page);
    expect(state.sendEnabled).toBe(true);
    expect(state.counter).toBe(`${text.length}/600`);
    expect(await frame.getByTestId('notice').textContent()).toContain('Disisipkan');
    const caret = await page.evaluate(() => {
      const el = document.activeElement as HTMLTextAreaElement;
      return { tag: el.tagName, start: el.selectionStart, end: el.selectionEnd, length: el.value.length };
    });
    expect(caret).toEqual({ tag: 'TEXTAREA', start: text.length, end: text.length, length: text.length });

    await page.keyboard.type('!');
    expect((await sim(page)).composer).toBe(`${text}!`);
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await sim(page)).composer).toBe('');
    expect((await sim(page)).sendEnabled).toBe(false);
    await page.close();
  });

  it('follows single-page navigation: one sidebar, the new conversation read', async () => {
    const { page } = await browser.open(SHOPEE_DRIFT_URL);
    const frame = await sidebarFrame(page);
    await page.evaluate(() => {
      window.__marker = 42;
    });
    const other = (await sim(page)).conversations.find((c) => c.buyerName !== 'Siti Rahmawati');
    if (!other) throw new Error('simulator has one conversation only');
    await page.evaluate((id) => window.__sim.openConversation(id), other.id);
    await expect.poll(() => frame.getByTestId('buyer-name').textContent()).toBe(other.buyerName);
    expect(page.url()).toContain(other.id);
    expect(await page.evaluate(() => window.__marker)).toBe(42);
    expect(await page.locator('#sigap-sidebar').count()).toBe(1);

    // Leaving chat inside the app removes the sidebar and gives the page its width back.
    await page.evaluate(() => window.__sim.navigate('/portal/product/list'));
    await expect.poll(() => page.locator('#sigap-sidebar').count()).toBe(0);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).marginRight)).toBe('0px');
    await page.evaluate(() => window.__sim.navigate('/webchat/conversations'));
    await expect.poll(() => page.locator('#sigap-sidebar').count()).toBe(1);
    await page.close();
  });

  it('does not mount on a non-chat page of the same host, nor on other sites', async () => {
    const { page } = await browser.open(SHOPEE_NON_CHAT_URL);
    await browser.context.route('https://shopee.co.id/**', (route) =>
      route.fulfill({ contentType: 'text/html', body: '<h1>Toko</h1><textarea></textarea>' }),
    );
    const buyerSite = await browser.context.newPage();
    await buyerSite.goto('https://shopee.co.id/webchat/conversations');
    // Give a content script, if one were injected, time to mount.
    await page.waitForTimeout(1500);
    expect(await page.locator('#sigap-sidebar').count()).toBe(0);
    expect(await buyerSite.locator('#sigap-sidebar').count()).toBe(0);
    await page.close();
    await buyerSite.close();
  });

  it('says when the layout is unknown and copies to the clipboard instead, with nothing thrown', async () => {
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: 'https://seller.shopee.co.id',
    });
    const { page, errors } = await browser.open(`${SHOPEE_CHAT_URL}?layout=unknown`);
    const frame = await sidebarFrame(page);
    await expect.poll(() => frame.locator('.health').getAttribute('data-health')).toBe('unknown-layout');
    await insertFromSidebar(frame, 'Pesanan dikirim hari ini');
    await expect.poll(() => frame.getByTestId('notice').textContent()).toContain('disalin ke clipboard');
    await page.bringToFront();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('Pesanan dikirim hari ini');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('collapses to a slim tab and remembers it across reloads', async () => {
    const { page } = await browser.open(SHOPEE_DRIFT_URL);
    let frame = await sidebarFrame(page);
    await frame.getByRole('button', { name: 'Ciutkan sidebar' }).click();
    await expect.poll(async () => (await box(page, '#sigap-sidebar')).width).toBe(32);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).marginRight)).toBe('32px');
    await page.reload();
    frame = await sidebarFrame(page);
    await expect.poll(async () => (await box(page, '#sigap-sidebar')).width).toBe(32);
    await frame.getByRole('button', { name: 'Buka sidebar Sigap' }).click();
    await expect.poll(async () => (await box(page, '#sigap-sidebar')).width).toBe(360);
    await page.close();
  });

  it('is resized by keyboard on its edge, and the width is remembered', async () => {
    const { page } = await browser.open(SHOPEE_DRIFT_URL);
    await sidebarFrame(page);
    await page.locator('#sigap-sidebar [role=separator]').focus();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(async () => (await box(page, '#sigap-sidebar')).width).toBe(392);
    await page.reload();
    await sidebarFrame(page);
    await expect.poll(async () => (await box(page, '#sigap-sidebar')).width).toBe(392);
    await page.locator('#sigap-sidebar [role=separator]').focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await box(page, '#sigap-sidebar')).width).toBe(360);
    await page.close();
  });

  it('toggles on the relayed keyboard command', async () => {
    const { page } = await browser.open(SHOPEE_DRIFT_URL);
    await sidebarFrame(page);
    await page.bringToFront();
    const [worker] = browser.context.serviceWorkers();
    // What lib/commands.ts sends for the manifest command (headless Chromium cannot fire commands).
    await worker!.evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: typeof Browser };
      const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
      await chrome.tabs.sendMessage(tab!.id!, { sigap: 'toggle-sidebar' }, { frameId: 0 });
    });
    await expect.poll(async () => (await box(page, '#sigap-sidebar')).width).toBe(32);
    await worker!.evaluate(() =>
      (globalThis as unknown as { chrome: typeof Browser }).chrome.storage.local.set({
        sidebar: { open: true, width: 360 },
      }),
    );
    await expect.poll(async () => (await box(page, '#sigap-sidebar')).width).toBe(360);
    await page.close();
  });

  it('gives a hostile page nothing: forged messages do nothing, the frame cannot be read', async () => {
    const { page } = await browser.open(SHOPEE_DRIFT_URL);
    const frame = await sidebarFrame(page);
    const buyer = await frame.getByTestId('buyer-name').textContent();
    const probe = await page.evaluate(async () => {
      const iframe = document.querySelector<HTMLIFrameElement>('#sigap-sidebar iframe')!;
      const forged = [
        { type: 'insert', requestId: 1, text: 'HACKED' },
        {
          type: 'page-state',
          state: { marketplace: 'shopee', health: 'ok', conversation: { buyerName: 'Penipu' } },
        },
      ];
      for (const message of forged) {
        window.postMessage(message, '*');
        iframe.contentWindow?.postMessage(message, '*');
      }
      let readable = true;
      try {
        readable = !!iframe.contentDocument?.body;
      } catch {
        readable = false;
      }
      const runtime = (window as unknown as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome
        ?.runtime;
      await new Promise((r) => setTimeout(r, 500));
      return { readable, canMessageExtension: typeof runtime?.sendMessage === 'function' };
    });
    expect(probe).toEqual({ readable: false, canMessageExtension: false });
    expect((await sim(page)).composer).toBe('');
    expect(await frame.getByTestId('buyer-name').textContent()).toBe(buyer);
    await page.close();
  });
});

describe('on Tokopedia seller chat', () => {
  for (const url of [TOKOPEDIA_CHAT_URL, TOKOPEDIA_ID_CHAT_URL]) {
    it(`inserts into the contenteditable editor on ${new URL(url).host}`, async () => {
      const { page, errors } = await browser.open(url);
      const frame = await sidebarFrame(page);
      await expect.poll(() => frame.locator('.health').getAttribute('data-health')).toBe('ok');
      expect(await frame.locator('header').textContent()).toContain('Tokopedia');
      const state = await sim(page);
      expect(await frame.getByTestId('buyer-name').textContent()).toBe(state.buyerName);
      await insertFromSidebar(frame, 'Baik Kak, kami cek dulu 😊');
      await expect.poll(async () => (await sim(page)).composer).toBe('Baik Kak, kami cek dulu 😊');
      expect((await sim(page)).sendEnabled).toBe(true);
      await page.keyboard.press('Control+z');
      await expect.poll(async () => (await sim(page)).composer).toBe('');
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});
