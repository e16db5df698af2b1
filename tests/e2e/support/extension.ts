import type { BrowserContext, Frame, Page } from 'playwright-core';
import { type LaunchedBrowser, launchChromium } from './chromium';
import { routeSimulators } from './simulators';

// A Chromium with the built extension and the simulators served under the real hostnames.

export interface ExtensionBrowser extends LaunchedBrowser {
  extensionId: string;
  /** Opens a page and collects uncaught page errors and console errors for later assertions. */
  open(url: string): Promise<{ page: Page; errors: string[] }>;
}

/** `extensionDir`: another build than this tree's (the bench compares with an older design). */
export async function launchWithExtension(extensionDir?: string): Promise<ExtensionBrowser> {
  const browser = await launchChromium({ extension: true, extensionDir });
  await routeSimulators(browser.context);
  const extensionId = await findExtensionId(browser.context);
  return {
    ...browser,
    extensionId,
    async open(url) {
      const page = await browser.context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      await page.goto(url);
      return { page, errors };
    },
  };
}

async function findExtensionId(context: BrowserContext): Promise<string> {
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker');
  return new URL(worker.url()).host;
}

/** The sidebar's frame once it has loaded its page. */
export async function sidebarFrame(page: Page): Promise<Frame> {
  const handle = await page.waitForSelector('#sigap-sidebar iframe', { state: 'attached' });
  const frame = await handle.contentFrame();
  if (!frame) throw new Error('sidebar iframe has no frame');
  await frame.waitForSelector('main.sidebar, button.tab');
  return frame;
}
