import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchWithExtension, sidebarFrame } from './support/extension';
import './support/sim-state';
import { SHOPEE_CHAT_URL, TOKOPEDIA_CHAT_URL } from './support/simulators';

// What a hostile marketplace page script can try against Sigap, each reproduced as the security
// review did: switch it off with WXT's "newer content script started" signal, frame sidebar.html
// itself or repoint Sigap's frame, remove the sidebar, and dispatch its own key events.

let browser: ExtensionBrowser;
beforeAll(async () => {
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
});

const sim = (page: Page) => page.evaluate(() => window.__sim.state());
const marginRight = (page: Page) =>
  page.evaluate(() => getComputedStyle(document.documentElement).marginRight);

async function insertFrom(frame: Frame, text: string) {
  await frame.getByLabel('Teks untuk dikirim').fill(text);
  await frame.getByRole('button', { name: 'Sisipkan ke chat' }).click();
}

/**
 * The same in a nearly invisible frame, which Chromium does not paint: Playwright would wait for it
 * to settle forever, and a click by coordinates lands on the page beneath.
 */
async function insertFromHidden(frame: Frame, text: string) {
  await frame.getByLabel('Teks untuk dikirim').fill(text, { force: true });
  await frame.getByRole('button', { name: 'Sisipkan ke chat' }).dispatchEvent('click');
}

/** Sigap's own sidebar, connected: it shows the open conversation's buyer. */
async function connectedSidebar(page: Page): Promise<Frame> {
  const frame = await sidebarFrame(page);
  const buyer = (await sim(page)).buyerName;
  await expect
    .poll(() =>
      frame
        .getByTestId('buyer-name')
        .textContent()
        .catch(() => null),
    )
    .toBe(buyer);
  return frame;
}

async function expectWorkingSidebar(page: Page) {
  expect(await page.locator('#sigap-sidebar').count()).toBe(1);
  const frame = await connectedSidebar(page);
  await insertFrom(frame, 'Siap kak');
  await expect.poll(async () => (await sim(page)).composer).toBe('Siap kak');
}

/** Opens a chat page whose own script runs `attack` before anything else (an init script). */
async function openWith(url: string, attack: () => void): Promise<Page> {
  const page = await browser.context.newPage();
  await page.addInitScript(attack);
  await page.goto(url);
  return page;
}

describe('a page that forges "a newer Sigap started"', () => {
  it('does not remove the sidebar, stop the keys or stop following navigation', async () => {
    const { page } = await browser.open(SHOPEE_CHAT_URL);
    await connectedSidebar(page);
    await page.evaluate((id) => {
      // WXT 0.20's ContentScriptContext listens for this window message (its name is public: the
      // extension id, the entrypoint, the event); 0.21 uses a document event of the same name.
      const type = `${id}:chat:wxt:content-script-started`;
      for (let i = 0; i < 3; i++) {
        window.postMessage({ type, contentScriptName: 'chat', messageId: `forged-${i}` }, '*');
        const detail = { contentScriptName: 'chat', messageId: `forged-event-${i}` };
        document.dispatchEvent(new CustomEvent(type, { detail }));
        document.dispatchEvent(new CustomEvent('wxt:content-script-started', { detail }));
      }
    }, browser.extensionId);
    await page.waitForTimeout(1000);
    expect(await page.locator('#sigap-sidebar').count()).toBe(1);
    expect(await marginRight(page)).toBe('360px');

    await page.locator('textarea').click();
    await page.keyboard.press('Alt+g');
    await expect.poll(async () => (await sim(page)).composer).toMatch(/^Selamat/);
    // The snippet came through the sidebar, so the port is alive too.
    await page.evaluate(() => window.__sim.navigate('/portal/product/list'));
    await expect.poll(() => page.locator('#sigap-sidebar').count()).toBe(0);
    await page.evaluate(() => window.__sim.navigate('/webchat/conversations'));
    await expect.poll(() => page.locator('#sigap-sidebar').count()).toBe(1);
    await page.close();
  });
});

describe('a page that frames sidebar.html itself', () => {
  it('gets no page state and cannot insert, even when it copies Sigap frame the moment it appears', async () => {
    const page = await openWith(SHOPEE_CHAT_URL, () => {
      // Copies Sigap's frame (URL and all) as soon as it is in the DOM, before it has loaded, into a
      // nearly invisible frame, and feeds the copy anything that might pass for a key.
      const copy = (id: string, src: string, opacity: number) => {
        const frame = document.createElement('iframe');
        frame.id = id;
        frame.src = src;
        frame.style.cssText = `position:fixed;left:0;bottom:0;width:420px;height:700px;opacity:${opacity};z-index:9`;
        document.body.append(frame);
        // From the first moment, so the copy speaks before Sigap's own frame has even loaded: a
        // content script that let in whichever frame spoke first would let in the copy.
        let posts = 0;
        const feed = setInterval(() => {
          for (const data of [{ sigapKey: `guess-${posts}` }, { key: 'guess' }, 'guess'])
            frame.contentWindow?.postMessage(data, '*');
          if (++posts > 300) clearInterval(feed);
        }, 5);
      };
      new MutationObserver(() => {
        const own = document.querySelector<HTMLIFrameElement>('#sigap-sidebar iframe');
        // Painted, so it loads as fast as Sigap's own frame (Chromium holds back a hidden one).
        if (own?.src && !document.getElementById('copycat')) copy('copycat', own.src, 1);
      }).observe(document, { childList: true, subtree: true });
      (window as unknown as { copyLater: typeof copy }).copyLater = copy;
    });
    const own = await connectedSidebar(page);
    // A second, nearly invisible copy made once Sigap's own sidebar is connected.
    await page.evaluate(() => {
      const src = document.querySelector<HTMLIFrameElement>('#sigap-sidebar iframe')!.src;
      (window as unknown as { copyLater: (id: string, src: string, o: number) => void }).copyLater(
        'copycat2',
        src,
        0.02,
      );
    });
    for (const id of ['copycat', 'copycat2']) {
      const handle = await page.waitForSelector(`#${id}`, { state: 'attached' });
      const copy = await handle.contentFrame();
      if (!copy) throw new Error(`${id} has no frame`);
      await copy.waitForSelector('main.sidebar');
      await page.waitForTimeout(1000);
      expect(await copy.locator('.health').getAttribute('data-health'), id).toBe('connecting');
      expect(await copy.getByTestId('buyer-name').count(), id).toBe(0);
      await insertFromHidden(copy, `HACKED by ${id}`);
      // Unconnected, the copy can only fall back to the clipboard, and says so.
      await copy.getByTestId('notice').waitFor({ state: 'attached' });
      expect(await copy.getByTestId('notice').textContent(), id).toMatch(/clipboard|Salin manual/);
      await page.waitForTimeout(300);
      expect((await sim(page)).composer, id).toBe('');
    }
    // Sigap's own frame kept its connection.
    await insertFrom(own, 'Baik kak');
    await expect.poll(async () => (await sim(page)).composer).toBe('Baik kak');
    await page.close();
  });
});

describe('a page that repoints Sigap frame', () => {
  it('gets a fresh, working sidebar back after changing the src', async () => {
    const { page } = await browser.open(SHOPEE_CHAT_URL);
    await connectedSidebar(page);
    await page.evaluate(() => {
      document.querySelector<HTMLIFrameElement>('#sigap-sidebar iframe')!.src =
        'data:text/html,<h1>Sigap</h1><p>Ketik kata sandi Anda</p>';
    });
    await expect
      .poll(() => page.locator('#sigap-sidebar iframe').getAttribute('src'))
      .toMatch(/^chrome-extension:\/\/[^/]+\/sidebar\.html/);
    await expectWorkingSidebar(page);
    await page.close();
  });

  it('gets a fresh, working sidebar back after navigating the frame without touching src', async () => {
    const { page } = await browser.open(TOKOPEDIA_CHAT_URL);
    await connectedSidebar(page);
    const before = await page.locator('#sigap-sidebar iframe').elementHandle();
    await page.evaluate(() => {
      const frame = document.querySelector<HTMLIFrameElement>('#sigap-sidebar iframe')!;
      frame.contentWindow!.location.href = 'https://seller.tokopedia.com/fake-sidebar';
    });
    await expect.poll(() => before!.evaluate((el) => el.isConnected)).toBe(false);
    expect(await page.locator('#sigap-sidebar').count()).toBe(1);
    const frame = await connectedSidebar(page);
    await insertFrom(frame, 'Siap kak');
    await expect.poll(async () => (await sim(page)).composer).toBe('Siap kak');
    await page.close();
  });
});

describe('a page that removes the sidebar', () => {
  it('gets it back once; a page that keeps removing it gets its margin and its own Tab back', async () => {
    const { page } = await browser.open(SHOPEE_CHAT_URL);
    await connectedSidebar(page);
    await page.evaluate(() => document.getElementById('sigap-sidebar')!.remove());
    await expect.poll(() => page.locator('#sigap-sidebar iframe').count()).toBe(1);
    await expectWorkingSidebar(page);
    await page.evaluate(() => window.__sim.openConversation(window.__sim.state().conversations[1]!.id));

    await page.evaluate(() => {
      new MutationObserver(() => document.getElementById('sigap-sidebar')?.remove()).observe(
        document.documentElement,
        { childList: true },
      );
      document.getElementById('sigap-sidebar')?.remove();
    });
    await expect.poll(() => marginRight(page)).toBe('0px');
    await page.waitForTimeout(1500);
    expect(await page.locator('#sigap-sidebar').count()).toBe(0);
    expect(await page.locator('#sigap-dock-style').count()).toBe(0);
    expect(await marginRight(page)).toBe('0px');

    // With no sidebar connected, Tab and the snippet hotkeys are the page's again.
    await page.evaluate(() => {
      const seen: { key: string; prevented: boolean }[] = [];
      (window as unknown as { seen: typeof seen }).seen = seen;
      window.addEventListener('keydown', (e) => seen.push({ key: e.key, prevented: e.defaultPrevented }));
    });
    await page.locator('textarea').click();
    await page.keyboard.type('/salam');
    await page.keyboard.press('Tab');
    await page.locator('textarea').focus();
    await page.keyboard.press('Alt+g');
    const seen = await page.evaluate(
      () => (window as unknown as { seen: { key: string; prevented: boolean }[] }).seen,
    );
    expect(seen.filter((e) => e.key === 'Tab' || e.key === 'g')).toEqual([
      { key: 'Tab', prevented: false },
      { key: 'g', prevented: false },
    ]);
    expect((await sim(page)).composer).toBe('/salam');
    await page.close();
  });
});

describe('a page that dispatches its own key events', () => {
  for (const url of [SHOPEE_CHAT_URL, TOKOPEDIA_CHAT_URL]) {
    it(`inserts nothing on ${new URL(url).host}; the real keyboard still does`, async () => {
      const { page } = await browser.open(url);
      const frame = await connectedSidebar(page);
      await frame.getByRole('combobox', { name: 'Cari template' }).waitFor();
      const selector = url === SHOPEE_CHAT_URL ? 'textarea' : '[contenteditable=true]';
      await page.locator(selector).first().click();
      await page.evaluate(async (selector) => {
        const box = document.querySelector<HTMLElement>(selector)!;
        box.focus();
        const press = (init: KeyboardEventInit) => {
          for (const type of ['keydown', 'keypress', 'keyup'])
            box.dispatchEvent(
              new KeyboardEvent(type, { bubbles: true, cancelable: true, composed: true, ...init }),
            );
        };
        press({ key: 'g', code: 'KeyG', altKey: true });
        press({ key: 'c', code: 'KeyC', altKey: true });
        press({ key: '1', code: 'Digit1', altKey: true });
        press({ key: 'k', code: 'KeyK', altKey: true });
        // "/salam" typed by the script (the editor takes it as typing), then a forged Tab.
        document.execCommand('insertText', false, '/salam');
        press({ key: 'Tab', code: 'Tab' });
        await new Promise((r) => setTimeout(r, 1000));
      }, selector);
      expect((await sim(page)).composer).toBe('/salam');
      expect(await page.evaluate(() => document.activeElement?.tagName)).not.toBe('IFRAME');

      await page.keyboard.press('Tab');
      await expect
        .poll(async () => (await sim(page)).composer)
        .toMatch(/^Selamat (pagi|siang|sore|malam) Kak/);
      await page.keyboard.press('Alt+c');
      await expect.poll(async () => (await sim(page)).composer).toMatch(/Terima kasih, Kak/);
      await page.close();
    });
  }
});

describe('when the extension itself goes (reloaded, updated, removed)', () => {
  it('a sidebar left by a Sigap that died without cleaning up is replaced, not doubled', async () => {
    // Firefox drops an unloaded extension's scripts but not the elements they added; a new Sigap
    // then starts on a page that still has the old, dead sidebar and margin.
    const page = await openWith(SHOPEE_CHAT_URL, () => {
      addEventListener('DOMContentLoaded', () => {
        const dead = document.createElement('div');
        dead.id = 'sigap-sidebar';
        dead.innerHTML = '<iframe src="about:blank"></iframe>';
        const margin = document.createElement('style');
        margin.id = 'sigap-dock-style';
        margin.textContent = 'html{margin-right:500px!important;}';
        document.documentElement.append(dead, margin);
      });
    });
    await expectWorkingSidebar(page);
    expect(await page.locator('#sigap-dock-style').count()).toBe(1);
    expect(await marginRight(page)).toBe('360px');
    await page.close();
  });

  it('the content script left behind removes its sidebar and margin and lets go of the keys', async () => {
    // A browser of its own: the extension does not come back in this one.
    const own = await launchWithExtension();
    try {
      const { page } = await own.open(SHOPEE_CHAT_URL);
      await connectedSidebar(page);
      const [worker] = own.context.serviceWorkers();
      await worker!.evaluate(() => {
        const { chrome } = globalThis as unknown as { chrome: { runtime: { reload(): void } } };
        setTimeout(() => chrome.runtime.reload(), 10);
      });
      await expect.poll(() => page.locator('#sigap-sidebar').count(), { timeout: 10_000 }).toBe(0);
      expect(await page.locator('#sigap-dock-style').count()).toBe(0);
      expect(await marginRight(page)).toBe('0px');
      await page.locator('textarea').click();
      await page.keyboard.type('/salam');
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.tagName)).not.toBe('TEXTAREA');
      expect((await sim(page)).composer).toBe('/salam');
    } finally {
      await own.close();
    }
  });
});
