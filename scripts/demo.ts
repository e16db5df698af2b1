// `npm run demo`: builds Sigap and opens Chromium with it loaded on the marketplace simulators, served
// under the real seller-chat hostnames (nothing leaves the machine). Without a display (or with
// --headless) it takes a screenshot of the sidebar instead and exits.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { launchChromium } from '../tests/e2e/support/chromium';
import { routeSimulators, SHOPEE_CHAT_URL, TIKTOK_CHAT_URL } from '../tests/e2e/support/simulators';
import { requireBrowser } from './find-browser';

const root = resolve(import.meta.dirname, '..');
const noDisplay = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const headless = process.argv.includes('--headless') || noDisplay;

// Chromium first: found, installed (root on Debian/Ubuntu, and said so), or one sentence and exit 1.
requireBrowser('chromium');

const build = spawnSync('npx', ['wxt', 'build'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const browser = await launchChromium({ extension: true, headless });
await routeSimulators(browser.context);

// The sample catalog, loaded the way a new user would: "Muat katalog contoh" on the Katalog page.
const [worker] = browser.context.serviceWorkers().length
  ? browser.context.serviceWorkers()
  : [await browser.context.waitForEvent('serviceworker')];
const extensionId = new URL(worker!.url()).host;
const options = browser.context.pages()[0] ?? (await browser.context.newPage());
await options.goto(`chrome-extension://${extensionId}/options.html#katalog`);
await options.getByRole('button', { name: 'Muat katalog contoh' }).click();
await options.getByText('Impor selesai').waitFor();

const shopee = await browser.context.newPage();
await shopee.goto(SHOPEE_CHAT_URL);
// Today's Tokopedia seller chat is the TikTok Shop seller centre inbox.
const tokopedia = await browser.context.newPage();
await tokopedia.goto(TIKTOK_CHAT_URL);
await shopee.bringToFront();

if (headless) {
  await shopee.waitForSelector('#sigap-sidebar iframe');
  await shopee.waitForTimeout(1500);
  const file = resolve(root, 'demo-screenshot.png');
  await shopee.screenshot({ path: file });
  console.log(`No display: saved a screenshot of the demo to ${file}`);
  await browser.close();
} else {
  console.log(
    'Sigap demo is running: the Shopee Seller Centre chat and the Tokopedia (TikTok Shop) seller chat simulators are open. Close the browser to stop.',
  );
  await new Promise<void>((done) => browser.context.on('close', () => done()));
}
