import { resolve } from 'node:path';
import { buildSync } from 'esbuild';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LaunchedBrowser, launchChromium } from './support/chromium';
import './support/sim-state';
import {
  routeSimulators,
  SHOPEE_CHAT_URL,
  SHOPEE_DRIFT_URL,
  SHOPEE_NON_CHAT_URL,
  simulatorResponse,
  TOKOPEDIA_CHAT_URL,
  TOKOPEDIA_ID_CHAT_URL,
} from './support/simulators';

// The simulators must behave like the marketplaces where Sigap depends on them (their composers keep
// their own state and ignore changes they were not told about), and the adapters must read them.

const REPO = resolve(import.meta.dirname, '../..');
let adaptersBundle = '';
let browser: LaunchedBrowser;

beforeAll(async () => {
  const built = buildSync({
    entryPoints: [resolve(REPO, 'lib/marketplaces/index.ts')],
    bundle: true,
    format: 'iife',
    globalName: '__adapters',
    write: false,
    platform: 'browser',
    target: 'chrome120',
    logLevel: 'silent',
  });
  adaptersBundle = built.outputFiles[0]?.text ?? '';
  browser = await launchChromium();
  await routeSimulators(browser.context);
});
afterAll(async () => {
  await browser?.close();
});

async function open(url: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(url);
  await page.waitForFunction(() => !!window.__sim);
  return { page, errors };
}

const state = (page: Page) => page.evaluate(() => window.__sim.state());
const floorMinute = (ms: number) => Math.floor(ms / 60_000) * 60_000;

async function injectAdapters(page: Page): Promise<void> {
  await page.addScriptTag({ content: adaptersBundle });
}

/** What the adapter for the page's URL reads, in a serialisable shape. */
function readWithAdapter(page: Page) {
  return page.evaluate(() => {
    const adapter = window.__adapters.adapterForUrl(location.href);
    if (!adapter) return null;
    const read = adapter.read(document);
    return {
      adapter: adapter.id,
      parts: read.parts,
      conversation: read.conversation ?? { id: null, buyerName: null, messages: [] },
      composer: read.composer
        ? { tag: read.composer.tagName, editable: read.composer.isContentEditable }
        : null,
      sendIsPageButton: !!read.send && read.send === document.querySelector('.send-button'),
      list: read.rows.map(({ element, ...item }) => ({ ...item, isRow: element.isConnected })),
    };
  });
}

describe('simulatorResponse', () => {
  it('maps the real hosts to the simulators and leaves other hosts alone', () => {
    const html = (url: string) => simulatorResponse(new URL(url))?.body.toString('utf8') ?? '';
    expect(html(SHOPEE_DRIFT_URL)).toContain('/__sim/shopee/app.js');
    expect(html(SHOPEE_NON_CHAT_URL)).toContain('Produk Saya');
    expect(html(SHOPEE_NON_CHAT_URL)).not.toContain('textarea');
    expect(html(TOKOPEDIA_CHAT_URL)).toContain('/__sim/tokopedia/app.js');
    expect(html(TOKOPEDIA_ID_CHAT_URL)).toContain('/__sim/tokopedia/app.js');
    expect(
      simulatorResponse(new URL('https://seller.shopee.co.id/__sim/shopee/app.js'))?.contentType,
    ).toMatch(/javascript/);
    // An encoded "../" must not reach files outside the simulators.
    expect(
      simulatorResponse(new URL('https://seller.shopee.co.id/__sim/..%2Fsupport%2Fsimulators.ts'))?.status,
    ).toBe(404);
    expect(simulatorResponse(new URL('https://seller.shopee.co.id/__sim/shopee/nope.js'))?.status).toBe(404);
    expect(simulatorResponse(new URL('https://example.com/webchat/conversations'))).toBeNull();
    expect(simulatorResponse(new URL('https://seller.shopee.co.id.evil.com/webchat'))).toBeNull();
  });
});

describe('Shopee simulator', () => {
  it('ignores a plain .value assignment followed by input, like a React controlled textarea', async () => {
    const { page, errors } = await open(SHOPEE_DRIFT_URL);
    await page.evaluate(() => {
      const textarea = document.querySelector('textarea')!;
      textarea.value = 'Halo kak';
      textarea.dispatchEvent(new Event('input', { bubbles: true }));
    });
    const after = await state(page);
    expect(after.composer).toBe('');
    expect(after.sendEnabled).toBe(false);
    expect(after.counter).toBe('0/600');
    expect(await page.isDisabled('button[aria-label="Kirim pesan"]')).toBe(true);
    // The prototype's native setter bypasses the tracker, as with React: the app then takes the value.
    await page.evaluate(() => {
      const textarea = document.querySelector('textarea')!;
      Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!.call(
        textarea,
        'Halo kak!',
      );
      textarea.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(await state(page)).toMatchObject({ composer: 'Halo kak!', counter: '9/600', sendEnabled: true });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('enables Send and counts characters when the agent types', async () => {
    const { page } = await open(SHOPEE_DRIFT_URL);
    await page.click('textarea');
    await page.keyboard.type('Ready kak');
    const typed = await state(page);
    expect(typed.composer).toBe('Ready kak');
    expect(typed.counter).toBe('9/600');
    expect(typed.sendEnabled).toBe(true);
    expect(await page.isDisabled('button[aria-label="Kirim pesan"]')).toBe(false);
    await page.close();
  });

  it('sends on Enter (Shift+Enter breaks the line) and on the Send button, then clears', async () => {
    const { page } = await open(SHOPEE_DRIFT_URL);
    const before = (await state(page)).messages.length;
    await page.click('textarea');
    await page.keyboard.type('Baris satu');
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.type('baris dua');
    await page.keyboard.press('Enter');
    let now = await state(page);
    expect(now.messages).toHaveLength(before + 1);
    expect(now.messages.at(-1)).toMatchObject({ from: 'seller', text: 'Baris satu\nbaris dua' });
    expect(now.composer).toBe('');
    expect(now.counter).toBe('0/600');
    expect(await page.inputValue('textarea')).toBe('');
    expect(await page.locator('.chat-message pre').last().textContent()).toBe('Baris satu\nbaris dua');
    const shown = await page.locator('.chat-message').last().locator('.chat-message__time').textContent();
    expect(shown).toMatch(/^\d{2}:\d{2}$/);

    await page.keyboard.type('Terima kasih');
    await page.click('button[aria-label="Kirim pesan"]');
    now = await state(page);
    expect(now.messages.at(-1)).toMatchObject({ from: 'seller', text: 'Terima kasih' });
    // An empty chat box sends nothing.
    await page.keyboard.press('Enter');
    expect((await state(page)).messages).toHaveLength(before + 2);
    await page.close();
  });

  it('navigates between conversations with pushState, without a reload', async () => {
    const { page } = await open(SHOPEE_DRIFT_URL);
    await page.evaluate(() => {
      window.__marker = 42;
    });
    await page.click('[role="row"]:has-text("Budi Santoso")');
    expect(new URL(page.url()).pathname).toBe('/webchat/conversations/7318401122334455002');
    expect(await page.evaluate(() => window.__marker)).toBe(42);
    expect((await state(page)).buyerName).toBe('Budi Santoso');
    expect(await page.textContent('.shopee-react-dropdown')).toContain('Budi Santoso');
    await page.goBack();
    expect(new URL(page.url()).pathname).toBe('/webchat/conversations/7318401122334455001');
    expect((await state(page)).buyerName).toBe('Siti Rahmawati');
    expect(await page.evaluate(() => window.__marker)).toBe(42);
    await page.close();
  });

  it('adds a bubble when a buyer message arrives, without disturbing the agent typing', async () => {
    const { page } = await open(SHOPEE_DRIFT_URL);
    await page.click('textarea');
    await page.keyboard.type('Sebentar ');
    const bubbles = await page.locator('.chat-message').count();
    await page.evaluate(() => window.__sim.receiveBuyerMessage('Kak, jadi dikirim hari ini?'));
    expect(await page.locator('.chat-message').count()).toBe(bubbles + 1);
    expect(await page.locator('.chat-message pre').last().textContent()).toBe('Kak, jadi dikirim hari ini?');
    await page.keyboard.type('ya kak');
    expect((await state(page)).composer).toBe('Sebentar ya kak');
    // A message for another conversation marks that row unread instead.
    await page.evaluate(() =>
      window.__sim.receiveBuyerMessage('Halo?', { conversationId: '7318401122334455004' }),
    );
    const agus = (await state(page)).conversations.find((c) => c.buyerName === 'Agus Pratama');
    expect(agus).toMatchObject({ unread: 1, lastMessage: 'Halo?' });
    await page.close();
  });

  it('is read by the Shopee adapter', async () => {
    const { page } = await open(SHOPEE_DRIFT_URL);
    await injectAdapters(page);
    const sim = await state(page);
    const read = await readWithAdapter(page);
    expect(read?.adapter).toBe('shopee');
    expect(read?.conversation.id).toBe(sim.conversationId);
    expect(read?.conversation.buyerName).toBe('Siti Rahmawati');
    expect(read?.conversation.messages.map(({ from, text }) => ({ from, text }))).toEqual(
      sim.messages.map(({ from, text }) => ({ from, text })),
    );
    expect(read?.conversation.messages.map((m) => m.at)).toEqual(sim.messages.map((m) => floorMinute(m.at)));
    expect(read?.conversation.messages.map((m) => m.rawTime)).toEqual(sim.messages.map((m) => m.time));
    expect(read?.conversation.messages.some((m) => m.from === 'auto')).toBe(true);
    expect(read?.composer).toEqual({ tag: 'TEXTAREA', editable: false });
    expect(read?.sendIsPageButton).toBe(true);
    // A layout drift case: no Shopee marker of today's page is on it, so everything but the
    // conversation list is read through the page signals, and the reading says so.
    expect(read?.parts).toMatchObject({
      composer: 'geometry',
      messages: 'geometry',
      senders: 'geometry',
      list: 'none',
    });
    expect(read?.list).toEqual([]);

    // After a new message and a navigation, the adapter follows.
    await page.evaluate(() => window.__sim.receiveBuyerMessage('Kak?'));
    await page.click('[role="row"]:has-text("Dewi Lestari")');
    const next = await readWithAdapter(page);
    expect(next?.conversation.id).toBe('7318401122334455003');
    expect(next?.conversation.buyerName).toBe('Dewi Lestari');
    expect(next?.conversation.messages.map((m) => m.text)).toEqual(
      (await state(page)).messages.map((m) => m.text),
    );
    await page.close();
  });

  it('wakes the adapter watch once per burst and stops when aborted', async () => {
    const { page } = await open(SHOPEE_DRIFT_URL);
    await injectAdapters(page);
    const calls = await page.evaluate(async () => {
      const adapter = window.__adapters.shopee;
      const abort = new AbortController();
      let count = 0;
      adapter.watch(document, abort.signal, () => count++);
      const wait = (ms: number) => new Promise((done) => setTimeout(done, ms));
      window.__sim.receiveBuyerMessage('satu');
      window.__sim.receiveBuyerMessage('dua');
      window.__sim.receiveBuyerMessage('tiga');
      await wait(350);
      const afterBurst = count;
      abort.abort();
      window.__sim.receiveBuyerMessage('empat');
      await wait(350);
      return { afterBurst, afterAbort: count };
    });
    expect(calls).toEqual({ afterBurst: 1, afterAbort: 1 });
    await page.close();
  });

  it('offers an unknown layout the adapter finds nothing in, without throwing', async () => {
    const { page, errors } = await open(`${SHOPEE_CHAT_URL}?layout=unknown`);
    await injectAdapters(page);
    const read = await readWithAdapter(page);
    expect(read?.conversation.messages).toEqual([]);
    expect(read?.conversation.buyerName).toBeNull();
    expect(read?.composer).toBeNull();
    expect(read?.sendIsPageButton).toBe(false);
    expect(read?.list).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('serves a Seller Centre page that is not chat', async () => {
    const page = await browser.context.newPage();
    await page.goto(SHOPEE_NON_CHAT_URL);
    await injectAdapters(page);
    expect(await page.locator('textarea, [contenteditable="true"]').count()).toBe(0);
    expect(await page.evaluate(() => window.__adapters.adapterForUrl(location.href))).toBeNull();
    expect(await page.textContent('h1')).toBe('Produk Saya');
    await page.close();
  });
});

describe('Tokopedia simulator', () => {
  const editor = '[data-testid="txtChatReply"]';
  const sendButton = '[data-testid="btnChatSend"]';

  it('ignores DOM changes to the editor that no input event reports', async () => {
    const { page, errors } = await open(TOKOPEDIA_CHAT_URL);
    await page.evaluate((selector) => {
      document.querySelector(selector)!.textContent = 'Halo kak';
    }, editor);
    const after = await state(page);
    expect(after.composer).toBe('');
    expect(after.sendEnabled).toBe(false);
    expect(await page.isDisabled(sendButton)).toBe(true);
    // The same change followed by an input event is taken.
    await page.evaluate((selector) => {
      document.querySelector(selector)!.dispatchEvent(new InputEvent('input', { bubbles: true }));
    }, editor);
    expect((await state(page)).composer).toBe('Halo kak');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('enables Send when the agent types and sends on Enter', async () => {
    const { page } = await open(TOKOPEDIA_CHAT_URL);
    const before = (await state(page)).messages.length;
    await page.click(editor);
    await page.keyboard.type('Bisa kak, maksimal 7 hari');
    expect(await state(page)).toMatchObject({ composer: 'Bisa kak, maksimal 7 hari', sendEnabled: true });
    expect(await page.isDisabled(sendButton)).toBe(false);
    await page.keyboard.press('Enter');
    const sent = await state(page);
    expect(sent.messages).toHaveLength(before + 1);
    expect(sent.messages.at(-1)).toMatchObject({ from: 'seller', text: 'Bisa kak, maksimal 7 hari' });
    expect(sent).toMatchObject({ composer: '', sendEnabled: false });
    expect(await page.textContent(editor)).toBe('');
    await page.close();
  });

  it('navigates without a reload and receives buyer messages', async () => {
    const { page } = await open(TOKOPEDIA_CHAT_URL);
    await page.evaluate(() => {
      window.__marker = 7;
    });
    await page.click('[aria-label="ChatListItem"]:has-text("Joko Susilo")');
    expect(new URL(page.url()).pathname).toBe('/chat/5512340002');
    expect(await page.evaluate(() => window.__marker)).toBe(7);
    const count = await page.locator('[data-testid^="chatBubble"]').count();
    await page.evaluate(() => window.__sim.receiveBuyerMessage('Halo, ada yang bisa jawab?'));
    expect(await page.locator('[data-testid^="chatBubble"]').count()).toBe(count + 1);
    expect(await page.locator('.messageWrapper > div').last().textContent()).toBe(
      'Halo, ada yang bisa jawab?',
    );
    await page.close();
  });

  for (const url of [TOKOPEDIA_CHAT_URL, TOKOPEDIA_ID_CHAT_URL]) {
    it(`is read by the Tokopedia adapter on ${new URL(url).hostname}`, async () => {
      const { page } = await open(url);
      await injectAdapters(page);
      await page.click('[aria-label="ChatListItem"]:has-text("Joko Susilo")');
      const sim = await state(page);
      const read = await readWithAdapter(page);
      expect(read?.adapter).toBe('tokopedia');
      expect(read?.conversation.id).toBe('5512340002');
      expect(read?.conversation.buyerName).toBe('Joko Susilo');
      expect(read?.conversation.messages.map(({ from, text }) => ({ from, text }))).toEqual(
        sim.messages.map(({ from, text }) => ({ from, text })),
      );
      expect(read?.conversation.messages.map((m) => m.at)).toEqual(
        sim.messages.map((m) => floorMinute(m.at)),
      );
      expect(read?.conversation.messages.map((m) => m.from)).toContain('auto');
      expect(read?.composer).toEqual({ tag: 'DIV', editable: true });
      expect(read?.sendIsPageButton).toBe(true);
      expect(read?.list.map((item) => [item.id, item.buyerName, item.unread])).toEqual(
        sim.conversations.map((c) => [c.id, c.buyerName, c.unread > 0]),
      );
      await page.close();
    });
  }

  it('offers an unknown layout the adapter finds nothing in', async () => {
    const { page, errors } = await open(`${TOKOPEDIA_CHAT_URL}?layout=unknown`);
    await injectAdapters(page);
    const read = await readWithAdapter(page);
    expect(read?.conversation).toMatchObject({ buyerName: null, messages: [] });
    expect(read?.composer).toBeNull();
    expect(read?.list).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
