import { afterAll, beforeAll, expect, it } from 'vitest';
import { type LaunchedBrowser, launchChromium } from './support/chromium';

let browser: LaunchedBrowser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

it('drives Debian Chromium through playwright-core', async () => {
  const page = await browser.context.newPage();
  await browser.context.route('https://seller.shopee.co.id/**', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: '<button id=b onclick="this.textContent=1+1">x</button>',
    }),
  );
  await page.goto('https://seller.shopee.co.id/webchat/conversations');
  await page.click('#b');
  expect(await page.textContent('#b')).toBe('2');
});
