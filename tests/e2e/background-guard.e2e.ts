import type { ConsoleMessage } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { SAMPLE_CATALOG } from '../../lib/catalog/sample';
import type { StoredReplySample } from '../../lib/db/schema';
import { type ExtensionBrowser, launchWithExtension, sidebarFrame } from './support/extension';
import { readTable } from './support/read-db';
import {
  contentScriptEvaluator,
  contentScriptSender,
  searchOverPort,
  searchPortExpression,
  sendFrom,
} from './support/runtime-message';
import { seedCatalog } from './support/seed-catalog';
import { SHOPEE_CHAT_URL } from './support/simulators';

// The background answers only Sigap's own pages, each only what it needs, and stores only values
// that pass validation: checked with the senders real Chromium reports (the sidebar frame, the
// options page, and Sigap's content-script world in a marketplace page).

let browser: ExtensionBrowser;
const workerLog: string[] = [];
beforeAll(async () => {
  browser = await launchWithExtension();
  await seedCatalog(browser, SAMPLE_CATALOG);
  const [worker] = browser.context.serviceWorkers();
  worker!.on('console', (message: ConsoleMessage) => workerLog.push(message.text()));
});
afterAll(async () => {
  await browser?.close();
});

function sample(conversationId: string, buyerAt: number, replyAt: number, latencyMs = replyAt - buyerAt) {
  return {
    id: `shopee:${conversationId}:${buyerAt}:${replyAt}`,
    marketplace: 'shopee',
    conversationId,
    buyerAt,
    replyAt,
    latencyMs,
    latencyWithinHoursMs: null,
    firstReply: true,
  };
}

it('answers the sidebar frame and the options page their requests', async () => {
  const { page } = await browser.open(SHOPEE_CHAT_URL);
  const frame = await sidebarFrame(page);
  const status = await sendFrom(frame, 'catalogStatus');
  expect(status.res).toEqual({ version: expect.any(Number), count: SAMPLE_CATALOG.length });
  const found = await sendFrom(frame, 'searchCatalog', { queries: ['pashmina'], limit: 3 });
  const results = (found.res as { results: { product: { name: string } }[][] }).results;
  expect(results[0]![0]!.product.name).toMatch(/Pashmina/);
  // The sidebar's own way: its search port.
  const overPort = await searchOverPort(frame, { queries: ['pashmina'], limit: 3 });
  const viaPort = (overPort.res as { results: { product: { name: string } }[][] }).results;
  expect(viaPort[0]![0]!.product.name).toMatch(/Pashmina/);
  expect((await sendFrom(frame, 'whoAmI')).res).toEqual({ tabId: expect.any(Number) });
  expect((await sendFrom(frame, 'getSnippets')).res).toEqual(expect.any(Array));

  const options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  expect((await sendFrom(options, 'searchCatalog', { queries: ['kaos'], limit: 3 })).res).toBeDefined();
  await options.close();
  await page.close();
});

it("refuses every request from Sigap's content-script world: it has none of its own", async () => {
  const { page } = await browser.open(SHOPEE_CHAT_URL);
  await sidebarFrame(page);
  const send = await contentScriptSender(page);
  for (const [type, data] of [
    ['catalogStatus', undefined],
    ['searchCatalog', { queries: ['kaos'], limit: 3 }],
    ['getSnippets', undefined],
    ['snippetUsed', 'default-id-salam'],
    ['whoAmI', undefined],
    ['recordReplySamples', [sample('from-the-page', Date.now() - 60_000, Date.now())]],
  ] as const) {
    const answer = await send(type, data);
    expect(answer.res, type).toBeUndefined();
    expect(answer.err?.name, type).toBe('RefusedError');
  }
  // Nor over the sidebar's search port, which the content-script world can open too.
  const evaluate = await contentScriptEvaluator(page);
  const overPort = (await evaluate(searchPortExpression({ queries: ['kaos'], limit: 3 }))) as {
    res?: unknown;
    err?: { name?: string };
  };
  expect(overPort.res).toBeUndefined();
  expect(overPort.err?.name).toBe('RefusedError');
  const stored = await readTable<StoredReplySample>(browser, 'replySamples');
  expect(stored.filter((s) => s.conversationId === 'from-the-page')).toEqual([]);
  expect(workerLog).toContainEqual(
    expect.stringMatching(
      /searchCatalog is not answered for the content-script \(https:\/\/seller\.shopee\.co\.id/,
    ),
  );
  await page.close();
});

it('takes reply samples from the sidebar only, and stores none that fail validation', async () => {
  const now = Date.now();
  const good = sample('guard-good', now - 5 * 60_000, now - 60_000);
  const hugeId = sample('x'.repeat(2_000_000), now - 5 * 60_000, now - 60_000);
  const negative = { ...sample('guard-negative', now - 60_000, now), latencyMs: -5e12 };

  const options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  expect((await sendFrom(options, 'recordReplySamples', [good])).err?.name).toBe('RefusedError');
  await options.close();

  const { page } = await browser.open(SHOPEE_CHAT_URL);
  const frame = await sidebarFrame(page);
  const answer = await sendFrom(frame, 'recordReplySamples', [hugeId, good, negative]);
  expect(answer.res).toEqual({ stored: 1, refused: 2 });

  const stored = await readTable<StoredReplySample>(browser, 'replySamples');
  expect(stored.filter((s) => s.conversationId.startsWith('guard-'))).toEqual([good]);
  expect(stored.every((s) => s.conversationId.length <= 256 && s.latencyMs >= 0)).toBe(true);
  expect(workerLog).toContainEqual(
    'Sigap refused part of recordReplySamples: sample 0: conversationId has 2000000 characters (at most 256)',
  );
  expect(workerLog).toContainEqual(
    expect.stringMatching(/^Sigap refused part of recordReplySamples: sample 2: latencyMs is -5000000000000/),
  );

  // Laporan counts what is stored, and nothing refused is stored.
  const report = await browser.context.newPage();
  await report.goto(`chrome-extension://${browser.extensionId}/options.html#laporan`);
  const count = report.getByTestId('count');
  await count.waitFor();
  const recent = stored.filter((s) => s.buyerAt >= Date.now() - 7 * 86_400_000);
  await expect.poll(async () => Number(await count.textContent())).toBe(recent.length);
  await report.close();
  await page.close();
});

it('refuses a request whose values are out of range, with the reason in the log', async () => {
  const { page } = await browser.open(SHOPEE_CHAT_URL);
  const frame = await sidebarFrame(page);
  const answer = await sendFrom(frame, 'searchCatalog', { queries: ['x'.repeat(2_000_000)], limit: 5 });
  expect(answer.err?.message).toBe('searchCatalog refused: query 0 has 2000000 characters (at most 500)');
  const overPort = await searchOverPort(frame, { queries: ['kaos'], limit: 99 });
  expect(overPort.err?.message).toBe('searchCatalog refused: limit is 99, outside 1…50');
  expect(workerLog).toContainEqual(
    'Sigap refused searchCatalog: query 0 has 2000000 characters (at most 500)',
  );
  await page.close();
});
