import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_CATALOG } from '../../lib/catalog/sample';
import { SARAN_KEY } from '../../lib/saran-key';
import { chatBox, sendWithEnter } from './support/chat-box';
import { type ExtensionBrowser, launchWithExtension, sidebarFrame } from './support/extension';
import { seedCatalog } from './support/seed-catalog';
import './support/sim-state';
import { SHOPEE_CHAT_URL, TIKTOK_CHAT_URL } from './support/simulators';

// Saran (issue 8) end to end, in real Chromium on both rebuilt seller-chat simulators: a buyer
// message arrives through the page's own app (the simulator's hook), the sidebar suggests from the
// sample catalog and the default snippets, and the accept key pressed in the page's chat box puts the
// suggestion into the app's own state (its Send enabled), as a typing agent would.

const PAGES = [
  { name: 'Shopee Seller Centre chat', url: SHOPEE_CHAT_URL },
  { name: 'TikTok Shop seller inbox (Tokopedia)', url: TIKTOK_CHAT_URL },
] as const;
/** Playwright's name for the accept key: the physical S key, so Shift is not implied. */
const ACCEPT = SARAN_KEY.replace(/\+S$/, '+KeyS');
const WAIT = { timeout: 15_000 };

let browser: ExtensionBrowser;
beforeAll(async () => {
  browser = await launchWithExtension();
  await seedCatalog(browser, SAMPLE_CATALOG);
});
afterAll(async () => {
  await browser?.close();
});

const sim = (page: Page) => page.evaluate(() => window.__sim.state());
const composer = async (page: Page) => (await sim(page)).composer;

/**
 * The page with the sidebar, on a conversation the shop answered last, so only the messages a test
 * makes arrive are unanswered.
 */
async function openAnswered(url: string): Promise<{ page: Page; frame: Frame; errors: string[] }> {
  const { page, errors } = await browser.open(url);
  await page.setViewportSize({ width: 1366, height: 768 });
  const frame = await sidebarFrame(page);
  await frame.getByTestId('buyer-name').waitFor();
  const answered = (await sim(page)).conversations.find((c) => c.replied);
  if (!answered) throw new Error('the simulator has no conversation the shop answered last');
  await page.evaluate((id) => window.__sim.openConversation(id), answered.id);
  await expect.poll(() => frame.getByTestId('buyer-name').textContent(), WAIT).toBe(answered.buyerName);
  await expect.poll(() => frame.getByTestId('saran').count(), WAIT).toBe(0);
  return { page, frame, errors };
}

const arrive = (page: Page, text: string) => page.evaluate((t) => window.__sim.receiveBuyerMessage(t), text);
const shopAnswers = (page: Page, text: string) => page.evaluate((t) => window.__sim.sendAsShop?.(t), text);

/** The agent, in the page's chat box, presses the accept key. */
async function accept(page: Page): Promise<void> {
  await chatBox(page).click();
  await page.keyboard.press(ACCEPT);
}

for (const { name, url } of PAGES) {
  describe(`Saran on the ${name}`, () => {
    it('suggests the product and the variant asked for; the accept key inserts that variant’s answer and Send is enabled', async () => {
      const { page, frame, errors } = await openAnswered(url);
      await arrive(page, 'hijab pashmina ceruty yg mocca ready kak?');

      const product = frame.getByTestId('suggested-product').first();
      await product.waitFor(WAIT);
      expect(await product.getAttribute('data-sku')).toBe('HJB-PSM');
      expect(await product.getAttribute('data-variant-sku')).toBe('HJB-PSM-MCC');
      expect(await product.textContent()).toContain('Mocca');
      expect(await frame.getByTestId('saran').getByRole('listitem').first().getAttribute('data-sku')).toBe(
        'HJB-PSM',
      );

      await accept(page);
      await expect
        .poll(() => composer(page), WAIT)
        .toBe('Hijab Pashmina Ceruty Babydoll — Mocca: Rp35.000, stok 12');
      const state = await sim(page);
      expect(state.sendEnabled).toBe(true);
      // The page's app sends it as the agent's own message.
      await sendWithEnter(page);
      await expect.poll(async () => (await sim(page)).messages.at(-1)?.from, WAIT).toBe('seller');
      expect((await sim(page)).messages.at(-1)?.text).toBe(
        'Hijab Pashmina Ceruty Babydoll — Mocca: Rp35.000, stok 12',
      );
      expect(errors).toEqual([]);
      await page.close();
    });

    it('does nothing for the accept key when the page itself dispatches it', async () => {
      const { page, frame } = await openAnswered(url);
      await arrive(page, 'hijab pashmina ceruty yg mocca ready kak?');
      await frame.getByTestId('suggested-product').first().waitFor(WAIT);
      await chatBox(page).click();
      // A page script's key events (untrusted), on the chat box and on the window, both ways.
      const claimed = await page.evaluate(() => {
        const box = document.activeElement as HTMLElement;
        const init = { key: 's', code: 'KeyS', altKey: true, bubbles: true, cancelable: true };
        const down = new KeyboardEvent('keydown', init);
        box.dispatchEvent(down);
        window.dispatchEvent(new KeyboardEvent('keydown', init));
        return down.defaultPrevented;
      });
      expect(claimed).toBe(false);
      // Long enough for a relayed key to come back as an insertion (it takes well under 100 ms).
      await page.waitForTimeout(600);
      expect(await composer(page)).toBe('');
      expect((await sim(page)).sendEnabled).toBe(false);
      // The agent's own press still works on the same page.
      await page.keyboard.press(ACCEPT);
      await expect.poll(() => composer(page), WAIT).toContain('Mocca: Rp35.000, stok 12');
      await page.close();
    });

    it('suggests the damaged-goods SOP first for a damaged-goods complaint; ↑/↓ choose what the key inserts', async () => {
      const { page, frame } = await openAnswered(url);
      await arrive(page, 'Kak tumbler stainless 500ml yang saya terima penyok di bagian bawah 😭');
      const snippet = frame.getByTestId('suggested-snippet').first();
      await snippet.waitFor(WAIT);
      expect(await snippet.getAttribute('data-trigger')).toBe('/rusak');
      const first = frame.getByTestId('saran').getByRole('listitem').first();
      expect(await first.getAttribute('data-trigger')).toBe('/rusak');

      await accept(page);
      await expect.poll(() => composer(page), WAIT).toMatch(/^Mohon maaf/);
      expect((await sim(page)).sendEnabled).toBe(true);

      // ↓ in the panel chooses the next suggestion (the tumbler), Esc goes back to the chat box, and
      // the accept key there inserts the chosen one.
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.press('Backspace');
      await expect.poll(() => composer(page), WAIT).toBe('');
      const option = (i: number) => frame.getByTestId('saran').getByRole('listitem').nth(i);
      expect(await option(1).getAttribute('data-sku')).toBe('TMB-SST');
      await option(0).locator('button.saran-main').focus();
      await page.keyboard.press('ArrowDown');
      await expect.poll(() => option(1).getAttribute('data-active'), WAIT).toBe('true');
      await page.keyboard.press('Escape');
      await page.keyboard.press(ACCEPT);
      // A complaint names no variant to answer about: the shop's full product answer.
      await expect.poll(() => composer(page), WAIT).toMatch(/^Nama: Tumbler Stainless Vacuum 500ml\n/);
      expect((await sim(page)).sendEnabled).toBe(true);
      await page.close();
    });

    it('answers a three-question message with a three-line reply, inserted as one message', async () => {
      const { page, frame } = await openAnswered(url);
      // The product under discussion, answered; then three questions about it in one message.
      await arrive(page, 'Kak kaos polos cotton combed 30s ready?');
      await frame.getByTestId('suggested-product').first().waitFor(WAIT);
      await shopAnswers(page, 'Ready kak');
      await expect.poll(() => frame.getByTestId('saran').count(), WAIT).toBe(0);
      await arrive(page, 'ready warna hitam? ukuran L ada? bisa kirim hari ini?');

      const reply = frame.getByTestId('saran-reply');
      await reply.waitFor(WAIT);
      expect(await frame.getByTestId('saran').getByRole('listitem').first().getAttribute('data-testid')).toBe(
        'saran-reply',
      );
      const lines = reply.locator('.saran-line');
      expect(await lines.count()).toBe(3);
      expect(await lines.evaluateAll((ls) => ls.map((l) => l.getAttribute('data-source')))).toEqual([
        'catalog',
        'catalog',
        'hours',
      ]);
      expect(await lines.nth(1).textContent()).toBe(
        'Kaos Polos Cotton Combed 30s — Hitam, L: Rp59.000, stok 18',
      );
      expect(await reply.getAttribute('data-gaps')).toBe('0');

      await accept(page);
      await expect.poll(async () => (await composer(page)).split('\n').length, WAIT).toBe(3);
      const text = await composer(page);
      expect(text.split('\n')[0]).toMatch(/^Kaos Polos Cotton Combed 30s — Hitam, M: Rp59\.000, stok 24/);
      expect(text.split('\n')[1]).toBe('Kaos Polos Cotton Combed 30s — Hitam, L: Rp59.000, stok 18');
      expect(text.split('\n')[2]).toMatch(/dikirim|kirim/);
      expect((await sim(page)).sendEnabled).toBe(true);
      await page.close();
    });
  });
}
