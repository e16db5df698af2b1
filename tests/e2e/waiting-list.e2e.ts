import { afterAll, beforeAll, expect, it } from 'vitest';
import { type ExtensionBrowser, launchWithExtension, sidebarFrame } from './support/extension';
import { addWaitingRows } from './support/many-conversations';
import './support/sim-state';
import { SHOPEE_CHAT_URL } from './support/simulators';

// "Menunggu balasan" with 10,000 waiting chats in real Chromium: every one is counted, only the
// rows in view are in the sidebar's DOM, and the keyboard still reaches the first and the last.

let browser: ExtensionBrowser;
beforeAll(async () => {
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
});

it('lists 10,000 waiting chats with a few rows in the DOM, and the keyboard reaches every one', async () => {
  const { page, errors } = await browser.open(SHOPEE_CHAT_URL);
  const frame = await sidebarFrame(page);
  const list = frame.locator('.waiting-list');
  await list.waitFor();
  const before = Number(await list.getAttribute('data-count'));
  expect(await addWaitingRows(page, 10_000)).toBe(10_000);
  await expect
    .poll(async () => Number(await list.getAttribute('data-count')), { timeout: 30_000 })
    .toBe(before + 10_000);
  const total = before + 10_000;

  const rows = frame.locator('.waiting-list__row');
  expect(await rows.count()).toBeLessThanOrEqual(15);
  // One tab stop; ↓ moves to the next row; End scrolls to and focuses the very last one.
  expect(await frame.locator('.waiting-list__row[tabindex="0"]').count()).toBe(1);
  await frame.locator('.waiting-list__row[tabindex="0"]').focus();
  const focusedPlace = () =>
    frame.evaluate(() => document.activeElement?.closest('li')?.getAttribute('aria-posinset') ?? null);
  expect(await focusedPlace()).toBe('1');
  await frame.locator('.waiting-list__row[tabindex="0"]').press('ArrowDown');
  await expect.poll(focusedPlace).toBe('2');
  await page.keyboard.press('End');
  await expect.poll(focusedPlace).toBe(String(total));
  expect(await rows.count()).toBeLessThanOrEqual(15);
  await page.keyboard.press('PageUp');
  await expect.poll(focusedPlace).toBe(String(total - 6));
  await page.keyboard.press('Home');
  await expect.poll(focusedPlace).toBe('1');

  // The longest wait is first (61 days) and the row says whose chat it opens.
  const first = frame.locator('.waiting-list__row').first();
  expect(await first.getAttribute('aria-label')).toMatch(/^Buka chat Pembeli \d+, menunggu \d+ hari/);
  expect(errors).toEqual([]);
  await page.close();
});
