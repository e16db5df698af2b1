// Saves the DOM of the new marketplace simulators as fixtures for the adapters' unit tests:
//   tests/fixtures/marketplaces/shopee-webchat.html  (Shopee Seller Centre chat, /new-webchat)
//   tests/fixtures/marketplaces/tiktok-chat.html     (TikTok Shop seller inbox, /chat/inbox/current)
// Run with `npx tsx scripts/save-fixtures.ts` after changing a simulator. The pages are opened in
// Chromium under the real hostnames (routed as in the e2e tests) at a fixed clock, time zone and
// window size, so the output is the same on every run: a conversation open, scrolled to its end,
// the last message a buyer's question waiting for an answer. Scripts and the stylesheet link are
// dropped; the page's generated <style> (hashed class names) stays, as in a saved page.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_PATH } from '../tests/e2e/support/chromium';
import '../tests/e2e/support/sim-state';
import { routeSimulators, SHOPEE_CHAT_URL, TIKTOK_CHAT_URL } from '../tests/e2e/support/simulators';

const root = resolve(import.meta.dirname, '..');
const FIXED_TIME = '2026-12-15T10:30:00+07:00'; // a Tuesday morning in Jakarta
const VIEWPORT = { width: 1366, height: 768 };

interface Target {
  file: string;
  url: string;
  simulator: string;
  /** Waits until the page shows what the fixture must hold. */
  ready: string;
}

const TARGETS: Target[] = [
  {
    file: 'shopee-webchat.html',
    url: SHOPEE_CHAT_URL,
    simulator: 'tests/e2e/simulators/shopee-webchat',
    ready: '[id="#message-virtualized-list"] [data-cy="webchat-message-receive"]',
  },
  {
    file: 'tiktok-chat.html',
    url: `${TIKTOK_CHAT_URL}?shop_region=ID`,
    simulator: 'tests/e2e/simulators/tiktok-chat',
    ready: '.chatd-scrollView-content [data-testid="chat.chatroom.message_card"]',
  },
];

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--disable-gpu'] });
try {
  const context = await browser.newContext({
    viewport: VIEWPORT,
    timezoneId: 'Asia/Jakarta',
    locale: 'id-ID',
  });
  await context.clock.setFixedTime(new Date(FIXED_TIME));
  await routeSimulators(context);
  for (const target of TARGETS) {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(target.url);
    await page.waitForSelector(target.ready);
    await page.waitForTimeout(300); // let resize observers settle the layout
    const saved = await page.evaluate(() => {
      const state = window.__sim.state();
      const clone = document.documentElement.cloneNode(true) as HTMLElement;
      for (const node of clone.querySelectorAll(
        'script, link[rel="stylesheet"], [aria-hidden="true"]:empty',
      )) {
        node.remove();
      }
      const last = state.messages[state.messages.length - 1];
      return {
        html: clone.outerHTML,
        open: `${state.buyerName} (simulator id ${state.conversationId})`,
        lastFrom: last?.from ?? 'none',
        lastText: last?.text ?? '',
      };
    });
    if (errors.length) throw new Error(`${target.file}: page errors: ${errors.join('; ')}`);
    if (saved.lastFrom !== 'buyer') throw new Error(`${target.file}: the last message is not the buyer's`);
    const header = [
      '<!-- biome-ignore-all lint: a saved page, kept as the page renders it; it is not ours to fix. -->',
      '<!doctype html>',
      `<!-- Saved by scripts/save-fixtures.ts from Sigap's simulator ${target.simulator} (NOT from the`,
      '     live site), served under the real URL in Chromium:',
      `     ${target.url}`,
      `     clock fixed at ${FIXED_TIME}, time zone Asia/Jakarta, window ${VIEWPORT.width}x${VIEWPORT.height}.`,
      "     The simulator's DOM follows public evidence of the real page (shared/research/real-chat-dom.md);",
      "     its app.js names each structural fact's source and marks what is not evidenced. Hashed class",
      "     names are the simulator's own. Scripts and the stylesheet link are removed.",
      `     Open conversation: ${saved.open}; it ends with a buyer message waiting:`,
      `     "${saved.lastText.replace(/--/g, '- -')}" -->`,
    ].join('\n');
    const path = resolve(root, 'tests/fixtures/marketplaces', target.file);
    writeFileSync(path, `${header}\n${saved.html}\n`);
    console.log(`Saved ${path} (${Math.round(saved.html.length / 1024)} kB)`);
    await page.close();
  }
  await context.close();
} finally {
  await browser.close();
}
