import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHOPEE_SELLER_HOSTS } from '../../lib/marketplaces/hosts';
import { type LaunchedBrowser, launchChromium } from './support/chromium';
import './support/sim-state';
import {
  routeSimulators,
  SHOPEE_CHAT_URL,
  SHOPEE_DRIFT_URL,
  SHOPEE_LEGACY_CHAT_URL,
  SHOPEE_NON_CHAT_URL,
  simulatorResponse,
} from './support/simulators';

// The Shopee Seller Centre chat simulator itself (no extension): it must behave like the real page
// where Sigap depends on it, or Sigap's tests on it prove nothing. The marker names checked here are
// the evidenced ones (see the simulator's app.js for each source).

const ROW = '[data-cy^="webchat-conversation-cell-root"]';
const GRID = '[id="#message-virtualized-list"]';
const TEXTAREA = '[data-cy="webchat-conversation-detail-input"] > #inputField > textarea';
// The send icon sits alone in the chat box's last div (the simulator's own layout; evidence: an <i>).
const SEND_ICON = '[data-cy="webchat-conversation-detail-input"] > div:last-child i';

let browser: LaunchedBrowser;

beforeAll(async () => {
  browser = await launchChromium();
  await routeSimulators(browser.context);
});
afterAll(async () => {
  await browser?.close();
});

async function open(url = SHOPEE_CHAT_URL): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(url);
  await page.waitForFunction(() => !!window.__sim);
  await page.waitForFunction((grid) => !!document.querySelector(`${grid} [role=rowgroup] > *`), GRID);
  return { page, errors };
}

const state = (page: Page) => page.evaluate(() => window.__sim.state());
/** The messages' texts as the grid's DOM holds them right now (text nodes only, no times). */
const renderedTexts = (page: Page) =>
  page.evaluate((grid) => {
    const list = document.querySelector(grid);
    return [...(list?.querySelectorAll('[data-cy^="webchat-message-"]') ?? [])].map((node) => {
      const textDiv = node.querySelector('pre > div');
      if (!textDiv) return node.textContent ?? '';
      return [...textDiv.childNodes]
        .filter((child) => child.nodeType === Node.TEXT_NODE)
        .map((child) => child.textContent)
        .join('');
    });
  }, GRID);
const rowNames = (page: Page) =>
  page.$$eval(ROW, (rows) =>
    rows.map((row) => row.querySelector('[data-cy="webchat-conversation-cell-name"]')?.getAttribute('title')),
  );

describe('routing', () => {
  const body = (url: string) => simulatorResponse(new URL(url))?.body.toString('utf8') ?? '';

  it('serves the new chat on every Shopee Seller Centre host, for /new-webchat and /webchat', () => {
    for (const host of SHOPEE_SELLER_HOSTS) {
      expect(body(`https://${host}/new-webchat/conversations`)).toContain('/__sim/shopee-webchat/app.js');
      expect(body(`https://${host}/webchat/conversations`)).toContain('/__sim/shopee-webchat/app.js');
      expect(body(`https://${host}/portal/product/list`)).toContain('Produk Saya');
      expect(body(`https://${host}/portal/product/list`)).not.toContain('app.js');
    }
  });

  it('serves the old simulator for ?sim=drift, and nothing for other hosts', () => {
    expect(body(SHOPEE_DRIFT_URL)).toContain('/__sim/shopee/app.js');
    expect(body(`${SHOPEE_CHAT_URL}?sim=drift`)).toContain('/__sim/shopee/app.js');
    expect(
      simulatorResponse(new URL('https://seller.shopee.co.id.evil.com/new-webchat/conversations')),
    ).toBeNull();
    expect(simulatorResponse(new URL('http://seller.shopee.co.id/new-webchat/conversations'))).toBeNull();
    expect(
      simulatorResponse(new URL('https://seller.shopee.co.id/__sim/..%2Fsupport%2Fsimulators.ts'))?.status,
    ).toBe(404);
    expect(
      simulatorResponse(new URL('https://seller.shopee.co.id/__sim/common/sim-kit.js'))?.contentType,
    ).toContain('javascript');
  });
});

describe('Shopee Seller Centre chat simulator', () => {
  it('renders the evidenced markers with no page errors', async () => {
    const { page, errors } = await open();
    const found = await page.evaluate(
      ({ grid, textarea }) => ({
        list: !!document.querySelector(
          '[data-cy="webchat-conversation-list"] .ReactVirtualized__Grid__innerScrollContainer',
        ),
        sections: ['tab_unreplied', 'tab_manually_replied'].map(
          (id) =>
            document
              .getElementById(id)
              ?.parentElement?.classList.contains('ReactVirtualized__Grid__innerScrollContainer') ?? false,
        ),
        current: document.querySelectorAll('[data-cy="webchat-conversation-cell-root-current"]').length,
        container: !!document.querySelector(
          '[data-cy="webchat-conversation-detail-message-container"] #messageSection',
        ),
        gridRole: document.querySelector(grid)?.getAttribute('role'),
        rowgroup: document.querySelector(grid)?.firstElementChild?.getAttribute('role'),
        textarea: document.querySelector<HTMLTextAreaElement>(textarea)?.placeholder,
        textareaHashed: document.querySelector(textarea)?.className.length ?? 0,
        sendIsButton: !!document.querySelector('[data-cy="webchat-conversation-detail-input"] button'),
        receive: document.querySelectorAll('[data-cy="webchat-message-receive"]').length,
        send: document.querySelectorAll('[data-cy="webchat-message-send"]').length,
        station: !!document.querySelector('#workstation [data-cy="webchat-station-root"]'),
      }),
      { grid: GRID, textarea: TEXTAREA },
    );
    expect(found).toMatchObject({
      list: true,
      sections: [true, true],
      current: 1,
      container: true,
      gridRole: 'grid',
      rowgroup: 'rowgroup',
      textarea: 'Tulis pesan',
      sendIsButton: false,
    });
    expect(found.textareaHashed).toBeGreaterThan(5);
    expect(found.receive).toBeGreaterThan(0);
    expect(found.send).toBeGreaterThan(0);
    expect(found.station).toBe(true);
    expect(new URL(page.url()).pathname).toBe('/new-webchat/conversations');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('puts the time inside the text, so a naive textContent reads them together', async () => {
    const { page } = await open();
    const last = await page.evaluate(() => {
      const nodes = document.querySelectorAll('[data-cy="webchat-message-receive"] pre');
      return nodes[nodes.length - 1]?.textContent;
    });
    const { messages } = await state(page);
    const final = messages[messages.length - 1]!;
    expect(final.from).toBe('buyer');
    expect(last).toBe(`${final.text}${final.time}`);
    await page.close();
  });

  it('keeps its own state: a bare value assignment is ignored, the native setter and typing are not', async () => {
    const { page } = await open();
    await page.evaluate((selector) => {
      const box = document.querySelector<HTMLTextAreaElement>(selector)!;
      box.value = 'Halo kak';
      box.dispatchEvent(new Event('input', { bubbles: true }));
    }, TEXTAREA);
    expect(await state(page)).toMatchObject({ composer: '', sendEnabled: false });
    await page.focus(TEXTAREA);
    await page.keyboard.press('Enter');
    expect((await state(page)).messages.at(-1)?.from).toBe('buyer'); // nothing was sent

    // As with React, the same value through the native setter is still "no change" to the
    // tracker; a new value is taken.
    const nativeSet = (text: string) =>
      page.evaluate(
        ({ selector, text }) => {
          const box = document.querySelector<HTMLTextAreaElement>(selector)!;
          Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!.call(box, text);
          box.dispatchEvent(new Event('input', { bubbles: true }));
        },
        { selector: TEXTAREA, text },
      );
    await nativeSet('Halo kak');
    expect((await state(page)).composer).toBe('');
    await nativeSet('Halo kak, ready');
    expect(await state(page)).toMatchObject({ composer: 'Halo kak, ready', sendEnabled: true });

    await page.fill(TEXTAREA, '');
    await page.keyboard.type('Ready kak');
    expect(await state(page)).toMatchObject({ composer: 'Ready kak', sendEnabled: true });
    await page.close();
  });

  it('limits a message to 600 characters in its own state', async () => {
    const { page } = await open();
    await page.fill(TEXTAREA, 'a'.repeat(700));
    expect((await state(page)).composer).toHaveLength(600);
    expect(await page.inputValue(TEXTAREA)).toHaveLength(600);
    await page.close();
  });

  it('sends on Enter, breaks the line on Shift+Enter, and empties the chat box', async () => {
    const { page } = await open();
    await page.click(TEXTAREA);
    await page.keyboard.type('Mocca kosong kak');
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.type('Navy ready');
    expect((await state(page)).composer).toBe('Mocca kosong kak\nNavy ready');
    await page.keyboard.press('Enter');
    const after = await state(page);
    expect(after.messages.at(-1)).toMatchObject({ from: 'seller', text: 'Mocca kosong kak\nNavy ready' });
    expect(after.composer).toBe('');
    expect(await page.inputValue(TEXTAREA)).toBe('');
    expect((await renderedTexts(page)).at(-1)).toBe('Mocca kosong kak\nNavy ready');
    expect(await page.locator('[data-cy="webchat-message-send"]').last().isVisible()).toBe(true);
    await page.close();
  });

  it('sends with the <i> send icon, and only what the app holds', async () => {
    const { page } = await open();
    const count = (await state(page)).messages.length;
    await page.click(SEND_ICON); // empty: nothing happens
    expect((await state(page)).messages).toHaveLength(count);
    await page.fill(TEXTAREA, 'Bisa kak, dikirim hari ini');
    await page.click(SEND_ICON);
    expect((await state(page)).messages.at(-1)).toMatchObject({
      from: 'seller',
      text: 'Bisa kak, dikirim hari ini',
    });
    await page.close();
  });

  it('switches chats without changing the URL, on the new and the legacy path', async () => {
    for (const url of [SHOPEE_CHAT_URL, SHOPEE_LEGACY_CHAT_URL]) {
      const { page } = await open(url);
      const before = page.url();
      await page.click(`${ROW}:has([title="Budi Santoso"])`);
      const after = await state(page);
      expect(after).toMatchObject({ conversationId: 'sp-002', buyerName: 'Budi Santoso' });
      expect(page.url()).toBe(before);
      const current = await page.$$eval('[data-cy="webchat-conversation-cell-root-current"]', (rows) =>
        rows.map((row) =>
          row.querySelector('[data-cy="webchat-conversation-cell-name"]')?.getAttribute('title'),
        ),
      );
      expect(current).toEqual(['Budi Santoso']);
      expect(
        await page.textContent('[data-cy="webchat-conversation-detail"] .shopee-react-dropdown'),
      ).toContain('Budi Santoso');
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
      await page.close();
    }
  });

  it('keeps a draft per chat', async () => {
    const { page } = await open();
    await page.fill(TEXTAREA, 'Draf untuk Siti');
    await page.click(`${ROW}:has([title="Rina Wulandari"])`);
    expect(await page.inputValue(TEXTAREA)).toBe('');
    await page.click(`${ROW}:has([title="Siti Rahmawati"])`);
    expect(await page.inputValue(TEXTAREA)).toBe('Draf untuk Siti');
    expect((await state(page)).composer).toBe('Draf untuk Siti');
    await page.close();
  });

  it('keeps only the rows in view of a 200-chat list in the DOM', async () => {
    const { page } = await open(`${SHOPEE_CHAT_URL}?conversations=200`);
    expect((await state(page)).conversations).toHaveLength(200);
    const first = await rowNames(page);
    expect(first.length).toBeGreaterThan(3);
    expect(first.length).toBeLessThan(30);
    await page.evaluate(() => window.__sim.scrollConversations?.('bottom'));
    const last = await rowNames(page);
    expect(last.length).toBeLessThan(30);
    expect(last.filter((name) => first.includes(name))).toEqual([]);
    // A chat whose row is scrolled away still opens (as a search result click would).
    await page.evaluate(() => window.__sim.openConversation('sp-001'));
    expect((await state(page)).buyerName).toBe('Siti Rahmawati');
    await page.close();
  });

  it('keeps only the visible messages in the DOM and renders older ones on scroll', async () => {
    const { page } = await open();
    const all = (await state(page)).messages;
    const first = all[0]!;
    const last = all.at(-1)!;
    const atEnd = await renderedTexts(page);
    expect(atEnd.length).toBeLessThan(all.length);
    expect(atEnd).toContain(last.text);
    expect(atEnd).not.toContain(first.text);

    // A person scrolls up with the wheel over the grid.
    const box = (await page.locator(GRID).boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    for (let i = 0; i < 40; i++) await page.mouse.wheel(0, -400);
    await page.waitForFunction(
      ({ grid, text }) => document.querySelector(grid)?.textContent?.includes(text),
      { grid: GRID, text: first.text },
    );
    const atTop = await renderedTexts(page);
    expect(atTop).toContain(first.text);
    expect(atTop).not.toContain(last.text);

    await page.evaluate(() => window.__sim.scrollMessages?.('bottom'));
    expect(await renderedTexts(page)).toContain(last.text);
    await page.evaluate(() => window.__sim.scrollMessages?.('top'));
    expect(await renderedTexts(page)).toContain(first.text);
    await page.close();
  });

  it('receives buyer messages in the open chat and in others', async () => {
    const { page } = await open();
    await page.evaluate(() => window.__sim.receiveBuyerMessage('Kak, jadi bisa COD?'));
    expect((await renderedTexts(page)).at(-1)).toBe('Kak, jadi bisa COD?');
    expect((await state(page)).conversations.find((c) => c.id === 'sp-001')?.unread).toBe(0);

    // A buyer in the "replied" section writes again: the chat moves to the top of "unreplied".
    await page.evaluate(() =>
      window.__sim.receiveBuyerMessage('Kak, resinya berapa?', { conversationId: 'sp-008' }),
    );
    const joko = (await state(page)).conversations.find((c) => c.id === 'sp-008');
    expect(joko).toMatchObject({ unread: 1, replied: false, lastMessage: 'Kak, resinya berapa?' });
    const row = await page.evaluate(() => {
      const inner = document.querySelector('[data-cy="webchat-conversation-list"] [role=rowgroup]')!;
      const children = [...inner.children];
      const cell = children[1]?.querySelector('[data-cy^="webchat-conversation-cell-root"]');
      return {
        firstIsSection: children[0]?.id,
        name: cell?.querySelector('[data-cy="webchat-conversation-cell-name"]')?.getAttribute('title'),
        badge: cell?.querySelector('[data-cy="webchat-conversation-cell-message"]')?.nextElementSibling
          ?.textContent,
      };
    });
    expect(row).toEqual({ firstIsSection: 'tab_unreplied', name: 'Joko Susilo', badge: '1' });
    await page.close();
  });

  it('shows a reply sent from another device without touching the draft', async () => {
    const { page } = await open();
    await page.fill(TEXTAREA, 'Sedang saya ketik');
    await page.evaluate(() => window.__sim.sendAsShop?.('Dijawab dari aplikasi Seller Centre'));
    const after = await state(page);
    expect(after.messages.at(-1)).toMatchObject({
      from: 'seller',
      text: 'Dijawab dari aplikasi Seller Centre',
    });
    expect(after.composer).toBe('Sedang saya ketik');
    expect(await page.inputValue(TEXTAREA)).toBe('Sedang saya ketik');
    expect((await renderedTexts(page)).at(-1)).toBe('Dijawab dari aplikasi Seller Centre');
    await page.close();
  });

  it('keeps the list, messages, chat box and send icon usable at 1366×768 with 360 px reserved', async () => {
    const { page } = await open();
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.addStyleTag({ content: 'html { margin-right: 360px !important; }' });
    await page.waitForTimeout(200);
    const boxes = await page.evaluate(
      ({ grid, textarea, send }) => {
        const rect = (selector: string) => {
          const r = document.querySelector(selector)!.getBoundingClientRect();
          return { left: r.left, right: r.right, top: r.top, bottom: r.bottom, width: r.width };
        };
        const s = rect(send);
        const hit = document.elementFromPoint((s.left + s.right) / 2, (s.top + s.bottom) / 2);
        return {
          list: rect('[data-cy="webchat-conversation-list"]'),
          grid: rect(grid),
          textarea: rect(textarea),
          send: s,
          station: rect('#workstation'),
          sendHit: !!hit && !!hit.closest('i') && document.querySelector(send)!.contains(hit),
        };
      },
      { grid: GRID, textarea: TEXTAREA, send: SEND_ICON },
    );
    for (const box of [boxes.list, boxes.grid, boxes.textarea, boxes.send, boxes.station]) {
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.right).toBeLessThanOrEqual(1006);
      expect(box.bottom).toBeLessThanOrEqual(768);
    }
    expect(boxes.list.width).toBeGreaterThanOrEqual(200);
    expect(boxes.grid.width).toBeGreaterThanOrEqual(350);
    expect(boxes.textarea.width).toBeGreaterThanOrEqual(300);
    expect(boxes.sendHit).toBe(true);
    expect((await state(page)).rightPanelOpen).toBe(true);

    // Usable: a person types and clicks Send in that layout.
    await page.click(TEXTAREA);
    await page.keyboard.type('Siap kak');
    await page.click(SEND_ICON);
    expect((await state(page)).messages.at(-1)).toMatchObject({ from: 'seller', text: 'Siap kak' });

    // Closing the right panel gives the chat the room.
    await page.evaluate(() => window.__sim.setRightPanel?.(false));
    expect(await page.locator('#workstation').isVisible()).toBe(false);
    const wider = await page.locator(GRID).boundingBox();
    expect(wider!.width).toBeGreaterThan(boxes.grid.width + 200);
    await page.close();
  });

  it('gives its hashed class names anew on every load', async () => {
    const a = await open();
    const b = await open();
    const classOf = (page: Page) => page.evaluate((s) => document.querySelector(s)!.className, TEXTAREA);
    expect(await classOf(a.page)).not.toBe(await classOf(b.page));
    await a.page.close();
    await b.page.close();
  });

  it('renders the non-chat portal and a page without the chat markup', async () => {
    const portal = await open();
    await portal.page.evaluate(() => window.__sim.navigate('/portal/product/list'));
    expect(await portal.page.$$(ROW)).toHaveLength(0);
    await portal.page.evaluate(() => window.__sim.navigate('/new-webchat/conversations'));
    // The app renders the list after the navigation settles, not inside navigate().
    await expect.poll(async () => (await portal.page.$$(ROW)).length).toBeGreaterThan(0);
    await portal.page.close();

    const page = await browser.context.newPage();
    await page.goto(SHOPEE_NON_CHAT_URL);
    expect(await page.textContent('h1')).toBe('Produk Saya');
    await page.goto(`${SHOPEE_CHAT_URL}?layout=unknown`);
    await page.waitForFunction(() => !!window.__sim);
    expect(await page.$$('[data-cy]')).toHaveLength(0);
    expect(await page.$('textarea')).toBeNull();
    await page.close();
  });
});
