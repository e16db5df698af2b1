import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ORIGIN, openEditorPage, reloadEditorPage, serveComposerPages } from './composer/support';
import { type LaunchedBrowser, launchChromium } from './support/chromium';

// Each editor kind, and the strategy expected to win for it in Chromium.
interface EditorKind {
  name: string;
  page: string;
  selector: string;
  strategy: string;
  /** Has app state (counter, Send button, state dump) to check besides the DOM. */
  app: boolean;
  multiline: boolean;
}

const KINDS: EditorKind[] = [
  {
    name: 'plain textarea',
    page: 'plain',
    selector: '#textarea',
    strategy: 'text-control:exec-command',
    app: false,
    multiline: true,
  },
  {
    name: 'input type=text',
    page: 'plain',
    selector: '#input',
    strategy: 'text-control:exec-command',
    app: false,
    multiline: false,
  },
  {
    name: 'plain contenteditable',
    page: 'plain',
    selector: '#editable',
    strategy: 'contenteditable:exec-command',
    app: false,
    multiline: true,
  },
  {
    name: 'React 19 controlled textarea',
    page: 'react-textarea',
    selector: '#composer',
    strategy: 'text-control:exec-command',
    app: true,
    multiline: true,
  },
  {
    name: 'input-driven contenteditable',
    page: 'model-editor',
    selector: '#composer',
    strategy: 'contenteditable:exec-command',
    app: true,
    multiline: true,
  },
  {
    name: 'Lexical-like model editor',
    page: 'lexical-like',
    selector: '#composer',
    strategy: 'contenteditable:beforeinput',
    app: true,
    multiline: true,
  },
];

let browser: LaunchedBrowser;
beforeAll(async () => {
  browser = await launchChromium();
  await serveComposerPages(browser.context);
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: ORIGIN });
});
afterAll(async () => {
  await browser?.close();
});

type Replace = { start: number; end: number };

function insert(page: Page, selector: string, text: string, replace?: Replace) {
  return page.evaluate(
    ([s, t, r]) =>
      window.__composer.insertText(document.querySelector<HTMLElement>(s)!, t, r ? { replace: r } : {}),
    [selector, text, replace] as const,
  );
}

function read(page: Page, selector: string) {
  return page.evaluate(
    (s) => window.__composer.readEditorText(document.querySelector<HTMLElement>(s)!),
    selector,
  );
}

function placeCaret(page: Page, selector: string, offset: number) {
  return page.evaluate(([s, o]) => window.__composer.placeCaret(document.querySelector<HTMLElement>(s)!, o), [
    selector,
    offset,
  ] as const);
}

async function appState(page: Page) {
  return page.evaluate(() => ({
    text: JSON.parse(document.querySelector('#state')!.textContent!) as string,
    counter: document.querySelector('#counter')!.textContent,
    sendEnabled: !document.querySelector<HTMLButtonElement>('#send')!.disabled,
  }));
}

async function expectLanded(page: Page, kind: EditorKind, text: string, caret: number) {
  expect(await read(page, kind.selector)).toEqual({ text, caret });
  if (kind.app) {
    expect(await appState(page)).toEqual({
      text,
      counter: `${text.length}/500`,
      sendEnabled: text.trim() !== '',
    });
  }
}

async function typeInto(page: Page, selector: string, text: string) {
  await page.click(selector);
  await page.keyboard.type(text);
}

describe.each(KINDS)('$name', (kind) => {
  let page: Page;
  beforeAll(async () => {
    page = await openEditorPage(browser.context, kind.page);
  });
  afterAll(async () => {
    await page.close();
  });
  const fresh = () => reloadEditorPage(page);

  it('inserts into the empty editor, updates the app and leaves the caret after the text', async () => {
    await fresh();
    if (kind.app) expect((await appState(page)).sendEnabled).toBe(false);
    const text = 'Halo Kak, ada yang bisa dibantu?';
    expect(await insert(page, kind.selector, text)).toEqual({ ok: true, strategy: kind.strategy });
    await expectLanded(page, kind, text, text.length);
    // A real keystroke proves the browser's caret, not just our reading of it, is after the text.
    await page.keyboard.type('!');
    await expectLanded(page, kind, `${text}!`, text.length + 1);
  });

  it('puts the caret at a cursor marker after insertion', async () => {
    await fresh();
    const [before, after] = 'Halo Kak {kursor}, ada yang bisa dibantu?'.split('{kursor}') as [string, string];
    expect(await insert(page, kind.selector, before + after)).toMatchObject({ ok: true });
    expect(await placeCaret(page, kind.selector, before.length)).toBe(true);
    await page.keyboard.type('Budi');
    await expectLanded(page, kind, `${before}Budi${after}`, before.length + 4);
  });

  it('inserts in the middle of existing text', async () => {
    await fresh();
    await typeInto(page, kind.selector, 'Halo Kak');
    expect(await placeCaret(page, kind.selector, 5)).toBe(true);
    expect(await insert(page, kind.selector, 'juga ')).toEqual({ ok: true, strategy: kind.strategy });
    await expectLanded(page, kind, 'Halo juga Kak', 10);
  });

  it('replaces a typed trigger with the snippet', async () => {
    await fresh();
    await typeInto(page, kind.selector, 'Pagi /salam');
    const typed = await read(page, kind.selector);
    expect(typed).toEqual({ text: 'Pagi /salam', caret: 11 });
    const greeting = 'Selamat pagi, Kak!';
    const start = typed.text.lastIndexOf('/salam');
    const result = await insert(page, kind.selector, greeting, { start, end: typed.caret! });
    expect(result).toEqual({ ok: true, strategy: kind.strategy });
    await expectLanded(page, kind, `Pagi ${greeting}`, start + greeting.length);
  });

  it('counts emoji in UTF-16 units, as value and the app do', async () => {
    await fresh();
    const text = 'Halo Kak 🙏😊';
    expect(await insert(page, kind.selector, text)).toEqual({ ok: true, strategy: kind.strategy });
    await expectLanded(page, kind, text, 13);
    expect(await insert(page, kind.selector, ' 👍', { start: 8, end: 8 })).toMatchObject({ ok: true });
    await expectLanded(page, kind, 'Halo Kak 👍 🙏😊', 11);
  });

  it.runIf(kind.multiline)('inserts newlines as line breaks', async () => {
    await fresh();
    await typeInto(page, kind.selector, 'Halo');
    const text = '\nBaris satu\nBaris dua';
    expect(await insert(page, kind.selector, text)).toEqual({ ok: true, strategy: kind.strategy });
    await expectLanded(page, kind, `Halo${text}`, 4 + text.length);
    await page.keyboard.type('.');
    await expectLanded(page, kind, `Halo${text}.`, 5 + text.length);
  });

  it.runIf(!kind.multiline)('refuses newlines it cannot hold and leaves the value as it was', async () => {
    await fresh();
    await typeInto(page, kind.selector, 'Halo');
    expect(await insert(page, kind.selector, 'satu\ndua')).toEqual({ ok: false, reason: 'rejected' });
    expect((await read(page, kind.selector)).text).toBe('Halo');
  });

  // The browser's native undo, except for the Lexical-like editor, whose own history handles Ctrl+Z.
  it('is removed, exactly, by one Ctrl+Z', async () => {
    await fresh();
    await typeInto(page, kind.selector, 'Halo ');
    // Several lines are several editing commands or events; they must still be one undo step.
    const text = kind.multiline ? 'Kak 🙏\nada yang\nbisa dibantu?' : 'Kak 🙏';
    expect(await insert(page, kind.selector, text)).toMatchObject({ ok: true });
    await expectLanded(page, kind, `Halo ${text}`, `Halo ${text}`.length);
    await page.keyboard.press('Control+z');
    await expectLanded(page, kind, 'Halo ', 5);
  });

  it('does not touch the clipboard', async () => {
    await fresh();
    await page.evaluate(() => navigator.clipboard.writeText('isi clipboard agen'));
    expect(await insert(page, kind.selector, 'Baik Kak,\nkami cek dulu')).toMatchObject({
      ok: kind.multiline,
    });
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('isi clipboard agen');
  });
});

// Controls: each app page must notice an insertion that bypasses its events, or the tests above
// could pass against a page that would accept anything.
describe('the test apps ignore changes they were not told about', () => {
  it.each([
    [
      'react-textarea',
      () => {
        const el = document.querySelector<HTMLTextAreaElement>('#composer')!;
        el.value = 'Halo';
        el.dispatchEvent(new Event('input', { bubbles: true }));
      },
    ],
    [
      'model-editor',
      () => {
        document.querySelector('#composer')!.textContent = 'Halo';
      },
    ],
    [
      'lexical-like',
      () => {
        const el = document.querySelector<HTMLElement>('#composer')!;
        el.focus();
        document.execCommand('insertText', false, 'Halo');
      },
    ],
  ])('%s', async (name, naive) => {
    const page = await openEditorPage(browser.context, name);
    await page.evaluate(naive);
    expect(await appState(page)).toEqual({ text: '', counter: '0/500', sendEnabled: false });
    await page.close();
  });
});

describe('constraints and fallbacks', () => {
  it('rejects text cut by maxlength and leaves no partial text behind', async () => {
    const page = await openEditorPage(browser.context, 'plain');
    await typeInto(page, '#short', 'Halo');
    expect(await insert(page, '#short', ' Kak, terima kasih')).toEqual({ ok: false, reason: 'rejected' });
    expect(await read(page, '#short')).toEqual({ text: 'Halo', caret: 4 });
    await page.close();
  });

  it('reports read-only and non-editable elements', async () => {
    const page = await openEditorPage(browser.context, 'plain');
    expect(await insert(page, '#readonly', 'x')).toEqual({ ok: false, reason: 'not-editable' });
    expect(await insert(page, '#static', 'x')).toEqual({ ok: false, reason: 'not-editable' });
    expect(await page.textContent('#static')).toBe('bukan editor');
    await page.close();
  });

  it('moves focus to the target instead of typing into the focused field', async () => {
    const page = await openEditorPage(browser.context, 'plain');
    await typeInto(page, '#other', 'cari produk');
    expect(await insert(page, '#textarea', 'Halo Kak')).toMatchObject({ ok: true });
    expect(await page.inputValue('#other')).toBe('cari produk');
    expect(await page.inputValue('#textarea')).toBe('Halo Kak');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('textarea');
    await page.close();
  });

  it('inserts with execCommand even when the document has no system focus', async () => {
    const page = await openEditorPage(browser.context, 'react-textarea');
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Emulation.setFocusEmulationEnabled', { enabled: false });
    const other = await browser.context.newPage();
    await other.bringToFront();
    expect(await page.evaluate(() => document.hasFocus())).toBe(false);
    expect(await insert(page, '#composer', 'Halo Kak')).toEqual({
      ok: true,
      strategy: 'text-control:exec-command',
    });
    expect(await appState(page)).toEqual({ text: 'Halo Kak', counter: '8/500', sendEnabled: true });
    await other.close();
    await page.close();
  });

  describe('without execCommand', () => {
    async function openWithoutExecCommand(name: string) {
      const page = await openEditorPage(browser.context, name);
      await page.evaluate(() => {
        Document.prototype.execCommand = () => false;
      });
      return page;
    }

    it('falls back to setRangeText for a React textarea, which still sees the change', async () => {
      const page = await openWithoutExecCommand('react-textarea');
      await typeInto(page, '#composer', 'Pagi /salam');
      const result = await insert(page, '#composer', 'Selamat pagi 🙏', { start: 5, end: 11 });
      expect(result).toEqual({ ok: true, strategy: 'text-control:set-range-text' });
      const text = 'Pagi Selamat pagi 🙏';
      expect(await read(page, '#composer')).toEqual({ text, caret: text.length });
      expect(await appState(page)).toEqual({ text, counter: `${text.length}/500`, sendEnabled: true });
      await page.close();
    });

    it('uses the editor’s paste handling when it takes no beforeinput', async () => {
      const page = await openWithoutExecCommand('model-editor');
      await typeInto(page, '#composer', 'Halo Kak');
      expect(await placeCaret(page, '#composer', 4)).toBe(true);
      const result = await insert(page, '#composer', ',\nada yang bisa');
      expect(result).toEqual({ ok: true, strategy: 'contenteditable:paste' });
      const text = 'Halo,\nada yang bisa Kak';
      expect(await read(page, '#composer')).toEqual({ text, caret: 'Halo,\nada yang bisa'.length });
      expect(await appState(page)).toEqual({ text, counter: `${text.length}/500`, sendEnabled: true });
      await page.close();
    });

    it('rejects a plain contenteditable, which has no synthetic-event path', async () => {
      const page = await openWithoutExecCommand('plain');
      await typeInto(page, '#editable', 'Halo');
      expect(await insert(page, '#editable', ' Kak')).toEqual({ ok: false, reason: 'rejected' });
      expect((await read(page, '#editable')).text).toBe('Halo');
      await page.close();
    });
  });
});
