import { afterAll, beforeAll, expect, it } from 'vitest';
import type { StoredReplySample } from '../../lib/db/schema';
import { type ExtensionBrowser, launchWithExtension, sidebarFrame } from './support/extension';
import { readTable } from './support/read-db';
import './support/sim-state';
import { sendWithEnter } from './support/chat-box';
import { SHOPEE_CHAT_URL, TOKOPEDIA_CHAT_URL } from './support/simulators';

// The reply clock on both simulators: a buyer message arrives, the clock runs and turns amber (the
// shop's target set to seconds so the test need not wait minutes), the agent's reply stops it, and
// the answered stretch is stored as a sample.

let browser: ExtensionBrowser;
beforeAll(async () => {
  browser = await launchWithExtension();
  const [worker] = browser.context.serviceWorkers();
  await worker!.evaluate(() =>
    (
      globalThis as unknown as { chrome: { storage: { local: { set(o: object): Promise<void> } } } }
    ).chrome.storage.local.set({
      replyTargets: { dueMs: 2000, overdueMs: 60 * 60_000 },
    }),
  );
});
afterAll(async () => {
  await browser?.close();
});

for (const url of [SHOPEE_CHAT_URL, TOKOPEDIA_CHAT_URL]) {
  it(`runs, turns amber and stops on the reply on ${new URL(url).host}`, async () => {
    const { page, errors } = await browser.open(url);
    const frame = await sidebarFrame(page);
    const opened = await page.evaluate(() => window.__sim.state());
    // Today's pages hold no conversation id in the URL: Sigap names the conversation by its buyer.
    const ids = [opened.conversationId, `name:${opened.buyerName}`];
    // Answer whatever already waits, so the clock starts from the new message.
    await frame.getByLabel('Teks untuk dikirim').fill('Halo Kak, terima kasih sudah menunggu');
    await frame.getByRole('button', { name: 'Sisipkan ke chat' }).click();
    await sendWithEnter(page);
    const badge = frame.locator('[data-status]').first();
    await expect.poll(() => badge.getAttribute('data-status')).toBe('idle');

    await page.evaluate(() => window.__sim.receiveBuyerMessage('Kak, yang warna hitam ready?'));
    await expect.poll(() => badge.getAttribute('data-status')).toBe('ok');
    expect(await frame.getByTestId('wait-time').textContent()).toMatch(/menunggu \d+ dtk/);
    await expect.poll(() => badge.getAttribute('data-status'), { timeout: 6000 }).toBe('due');

    await frame.getByLabel('Teks untuk dikirim').fill('Ready Kak 😊');
    await frame.getByRole('button', { name: 'Sisipkan ke chat' }).click();
    await sendWithEnter(page);
    await expect.poll(() => badge.getAttribute('data-status')).toBe('idle');

    await expect
      .poll(
        async () =>
          (await readTable<StoredReplySample>(browser, 'replySamples')).filter(
            (s) => ids.includes(s.conversationId) && s.latencyMs >= 2000,
          ).length,
      )
      .toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });
}

it('shows the stored replies in the Laporan page', async () => {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/options.html#laporan`);
  const count = page.getByTestId('count');
  await count.waitFor();
  const stored = (await readTable<StoredReplySample>(browser, 'replySamples')).filter(
    (s) => s.buyerAt >= Date.now() - 7 * 86_400_000,
  );
  expect(Number(await count.textContent())).toBe(stored.length);
  expect(stored.length).toBeGreaterThanOrEqual(2);
  await page.getByLabel('Marketplace').selectOption('tokopedia');
  await expect
    .poll(async () => Number(await count.textContent()))
    .toBe(stored.filter((s) => s.marketplace === 'tokopedia').length);
  await page.close();
});

it('lists waiting conversations longest first and opens one on click', async () => {
  const { page } = await browser.open(SHOPEE_CHAT_URL);
  const frame = await sidebarFrame(page);
  const state = await page.evaluate(() => window.__sim.state());
  const other = state.conversations.find((c) => c.id !== state.conversationId)!;
  await page.evaluate(
    (id) => window.__sim.receiveBuyerMessage('Halo kak, masih ada?', { conversationId: id }),
    other.id,
  );
  const row = frame.getByRole('button', { name: new RegExp(other.buyerName) });
  await expect.poll(() => row.count()).toBeGreaterThan(0);
  await row.first().click();
  await expect.poll(() => page.evaluate(() => window.__sim.state().conversationId)).toBe(other.id);
  await expect.poll(() => frame.getByTestId('buyer-name').textContent()).toBe(other.buyerName);
  await page.close();
});
