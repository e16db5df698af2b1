import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchWithExtension, sidebarFrame } from './support/extension';
import './support/sim-state';
import { SHOPEE_CHAT_URL, TOKOPEDIA_CHAT_URL } from './support/simulators';

// "Copy layout report" end to end: the report the agent copies from the sidebar describes the chat
// page's structure and holds none of its people: no buyer name, no message, no number they typed.

let browser: ExtensionBrowser;
beforeAll(async () => {
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
});

const sim = (page: Page) => page.evaluate(() => window.__sim.state());

const ARRIVING = 'Kak, nomor WA saya 081298765432 atas nama Rina Kusumawati, paket JNE JP9876543210 🙏';

/** What the page shows about its people, in lower case: whole texts, and every longer word of them. */
async function privateTexts(page: Page): Promise<string[]> {
  const state = await sim(page);
  const texts = [
    ...state.conversations.flatMap((c) => [c.buyerName, c.lastMessage]),
    ...state.messages.map((m) => m.text),
    ARRIVING,
  ].map((t) => t.toLowerCase());
  const words = texts.flatMap((t) => t.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 4));
  // The marketplace's own name is the page's, not a person's (it also names the report's first line).
  const ours = new Set(['shopee', 'tokopedia', 'tiktok']);
  return [...new Set([...texts, ...words, '081298765432', '9876543210', '🙏'])].filter((t) => !ours.has(t));
}

describe.each([
  [SHOPEE_CHAT_URL, ['textarea', '[data-cy', '[role=grid]', '×']],
  [TOKOPEDIA_CHAT_URL, ['[contenteditable=true]', '×']],
])('on %s', (url, structure) => {
  it('copies the page structure with none of its buyer names, messages or numbers', async () => {
    const origin = new URL(url).origin;
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    const { page, errors } = await browser.open(url);
    const frame = await sidebarFrame(page);
    await expect
      .poll(async () => frame.getByTestId('buyer-name').textContent())
      .toBe((await sim(page)).buyerName);
    await page.evaluate((text) => window.__sim.receiveBuyerMessage(text), ARRIVING);
    await expect.poll(async () => (await sim(page)).messages.some((m) => m.text === ARRIVING)).toBe(true);

    await frame.getByRole('button', { name: 'Salin laporan tata letak' }).click();
    await frame.getByText('Laporan tata letak disalin', { exact: false }).waitFor();
    await page.bringToFront();
    const report = await page.evaluate(() => navigator.clipboard.readText());

    expect(report.split('\n')[0]).toBe(
      `${url.includes('shopee') ? 'shopee' : 'tokopedia'} ${new URL(url).host}`,
    );
    for (const piece of structure) expect(report).toContain(piece);
    const lower = report.toLowerCase();
    expect((await privateTexts(page)).filter((text) => lower.includes(text))).toEqual([]);
    expect(report).not.toContain('sigap-sidebar');
    // Links read as the page's, not as the extension's (the frame parses the markup with its base).
    expect(report).not.toContain(browser.extensionId);
    expect(errors).toEqual([]);
    await page.close();
  });
});
