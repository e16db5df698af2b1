import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type ElementHandle, type Frame, type Page } from 'puppeteer-core';
import { findBrowser } from '../../../scripts/find-browser';
import { simulatorResponse } from '../../e2e/support/simulators';

// Firefox (Debian's firefox-esr) driven over WebDriver BiDi by puppeteer-core, with the built Firefox
// package installed as a temporary add-on and the simulators served under the real hostnames by
// BiDi request interception (the Firefox side of Playwright's `context.route`). Why puppeteer-core:
// README, "Firefox".

export const FIREFOX_EXTENSION_DIR = resolve(import.meta.dirname, '../../../.output/firefox-mv3');
/** The add-on id in the Firefox manifest (wxt.config.ts). */
export const ADDON_ID = 'sigap@sigap.invalid';
// Firefox gives each install a random moz-extension UUID; the tests fix it through the pref Firefox
// reads that mapping from, so they can open the options page by its URL.
const ADDON_UUID = '5f0c2a51-7d1e-4b7a-9a0e-51a9000e2e01';
export const EXTENSION_ORIGIN = `moz-extension://${ADDON_UUID}`;
/** How long the background may idle before Firefox suspends it, in this suite. */
export const BACKGROUND_IDLE_MS = 15_000;

export interface FirefoxWithExtension {
  browser: Browser;
  /** Opens a page (simulators served) and collects its uncaught errors for later assertions. */
  open(url: string): Promise<{ page: Page; errors: string[] }>;
  /** Opens one of the extension's own pages, e.g. `options.html#katalog`. */
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

export async function launchFirefoxWithExtension(): Promise<FirefoxWithExtension> {
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No Firefox package at ${FIREFOX_EXTENSION_DIR}: run \`npm run build:firefox\` first.`);
  }
  const executablePath = findBrowser('firefox');
  if (!executablePath)
    throw new Error('Firefox ESR was not found: run `npm run test:firefox`, which says how.');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    defaultViewport: { width: 1400, height: 900 },
    // BiDi refuses to navigate a tab to a moz-extension: URL without it (the options page).
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: ADDON_UUID }),
      // The background (an event page in Firefox) is suspended after this long idle (30 s by default):
      // shorter here, so the suite meets the suspension a working day brings.
      'extensions.background.idle.timeout': BACKGROUND_IDLE_MS,
    },
  });
  try {
    const id = await browser.installExtension(FIREFOX_EXTENSION_DIR);
    if (id !== ADDON_ID) throw new Error(`installed add-on is ${id}, expected ${ADDON_ID}`);
  } catch (error) {
    await browser.close();
    throw error;
  }
  return {
    browser,
    async open(url) {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(String(error)));
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      await serveSimulators(page);
      await page.goto(url);
      return { page, errors };
    },
    async openExtensionPage(path) {
      const page = await browser.newPage();
      const url = `${EXTENSION_ORIGIN}/${path}`;
      // Measured with Firefox 153: the navigation happens, but BiDi reports no navigation events for a
      // moz-extension: document, so puppeteer's goto never resolves. Waiting for the document itself
      // instead; the unanswered goto is left to time out quietly.
      page.goto(url, { timeout: 30_000 }).catch(() => undefined);
      const deadline = Date.now() + 20_000;
      for (;;) {
        const ready = await page
          .evaluate((want) => location.href === want && document.readyState === 'complete', url)
          .catch(() => false);
        if (ready) return page;
        if (Date.now() > deadline) throw new Error(`${url} did not load`);
        await new Promise((done) => setTimeout(done, 100));
      }
    },
    close: () => browser.close(),
  };
}

/**
 * Answers every request of the page (its frames included) for a simulated host from the simulators,
 * through the same table the Chromium suite routes with; any other web request is refused, so nothing
 * leaves the machine. The extension's own moz-extension: loads go on untouched.
 */
export async function serveSimulators(page: Page): Promise<void> {
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return void request.continue();
    const response = simulatorResponse(url);
    if (!response) return void request.abort();
    void request.respond({ status: response.status, contentType: response.contentType, body: response.body });
  });
}

/** The sidebar's frame once it has loaded its page. */
export async function sidebarFrame(page: Page): Promise<Frame> {
  const handle = await page.waitForSelector('#sigap-sidebar iframe');
  const frame = await handle?.contentFrame();
  if (!frame) throw new Error('sidebar iframe has no frame');
  await frame.waitForSelector('main.sidebar, button.tab');
  return frame;
}

/** The first button whose trimmed text matches `pattern`, once there is one. */
export async function buttonNamed(target: Page | Frame, pattern: RegExp): Promise<ElementHandle<Element>> {
  const found = await target.waitForFunction(
    (source, flags) =>
      [...document.querySelectorAll('button')].find((b) =>
        new RegExp(source, flags).test(b.textContent?.trim() ?? ''),
      ),
    {},
    pattern.source,
    pattern.flags,
  );
  const element = found.asElement();
  if (!element) throw new Error(`no button ${pattern}`);
  return element as ElementHandle<Element>;
}

/** The text of the first element matching `selector`, or null. */
export function textOf(target: Page | Frame, selector: string): Promise<string | null> {
  return target.evaluate((s) => document.querySelector(s)?.textContent ?? null, selector);
}
