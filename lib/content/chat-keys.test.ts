import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MarketplaceAdapter } from '../marketplaces/types';
import type { ContentToSidebar } from '../messaging';
import type { SnippetKeys } from '../settings';
import { watchChatKeys } from './chat-keys';

// The chat box's keys belong to Sigap only when the agent pressed them (trusted events) and a
// sidebar is connected to render what they ask for. The browser's own trust flag is what the
// content script sees; happy-dom has none, so each event here says whether it is trusted.

const KEYS: SnippetKeys = {
  triggers: ['salam'],
  hotkeys: ['Alt+G'],
  expandKey: 'Tab',
  focusSearchHotkey: 'Alt+K',
};

let box: HTMLTextAreaElement;
let abort: AbortController;
let active: boolean;
let sent: ContentToSidebar[];
let keys: SnippetKeys;
let focusSearch: ReturnType<typeof vi.fn<() => void>>;

beforeEach(() => {
  document.body.innerHTML = '<textarea></textarea>';
  box = document.querySelector('textarea')!;
  abort = new AbortController();
  active = true;
  sent = [];
  keys = KEYS;
  focusSearch = vi.fn<() => void>();
  const adapter = { findComposer: () => box } as unknown as MarketplaceAdapter;
  watchChatKeys({
    adapter,
    signal: abort.signal,
    active: () => active,
    keys: () => keys,
    send: (message) => sent.push(message),
    focusSearch,
  });
});
afterEach(() => abort.abort());

function press(init: KeyboardEventInit, trusted: boolean): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init });
  Object.defineProperty(event, 'isTrusted', { value: trusted });
  box.dispatchEvent(event);
  return event;
}

function typeSalam() {
  box.value = '/salam';
  box.setSelectionRange(6, 6);
}

describe('watchChatKeys', () => {
  it('claims the agent own hotkeys, trigger + Tab and Alt+K', () => {
    expect(press({ key: 'g', code: 'KeyG', altKey: true }, true).defaultPrevented).toBe(true);
    typeSalam();
    expect(press({ key: 'Tab', code: 'Tab' }, true).defaultPrevented).toBe(true);
    expect(press({ key: 'k', code: 'KeyK', altKey: true }, true).defaultPrevented).toBe(true);
    expect(sent).toEqual([
      { type: 'snippet-hotkey', combo: 'Alt+G' },
      { type: 'expand-trigger', trigger: 'salam', start: 0, end: 6 },
    ]);
    expect(focusSearch).toHaveBeenCalledTimes(1);
  });

  it('ignores the same keys when a page script dispatched them', () => {
    expect(press({ key: 'g', code: 'KeyG', altKey: true }, false).defaultPrevented).toBe(false);
    typeSalam();
    expect(press({ key: 'Tab', code: 'Tab' }, false).defaultPrevented).toBe(false);
    expect(press({ key: 'k', code: 'KeyK', altKey: true }, false).defaultPrevented).toBe(false);
    expect(sent).toEqual([]);
    expect(focusSearch).not.toHaveBeenCalled();
  });

  it('relays Saran’s accept key (Alt+S) from the agent, and nothing when a page script sends it', () => {
    expect(press({ key: 's', code: 'KeyS', altKey: true }, false).defaultPrevented).toBe(false);
    expect(sent).toEqual([]);
    expect(press({ key: 's', code: 'KeyS', altKey: true }, true).defaultPrevented).toBe(true);
    expect(sent).toEqual([{ type: 'saran-accept' }]);
    // Alt+Shift+S is the browser command that toggles the sidebar, not this key.
    expect(press({ key: 'S', code: 'KeyS', altKey: true, shiftKey: true }, true).defaultPrevented).toBe(
      false,
    );
    expect(sent).toHaveLength(1);
  });

  it('leaves every key to the page while no sidebar is connected', () => {
    active = false;
    expect(press({ key: 'g', code: 'KeyG', altKey: true }, true).defaultPrevented).toBe(false);
    typeSalam();
    expect(press({ key: 'Tab', code: 'Tab' }, true).defaultPrevented).toBe(false);
    expect(press({ key: 'k', code: 'KeyK', altKey: true }, true).defaultPrevented).toBe(false);
    expect(sent).toEqual([]);
    active = true;
    expect(press({ key: 'Tab', code: 'Tab' }, true).defaultPrevented).toBe(true);
  });

  it('reports the draft only from input the agent made', () => {
    vi.useFakeTimers();
    try {
      box.value = 'dasar bodoh';
      const forged = new Event('input', { bubbles: true });
      Object.defineProperty(forged, 'isTrusted', { value: false });
      box.dispatchEvent(forged);
      vi.advanceTimersByTime(1000);
      expect(sent).toEqual([]);
      const typed = new Event('input', { bubbles: true });
      Object.defineProperty(typed, 'isTrusted', { value: true });
      box.dispatchEvent(typed);
      vi.advanceTimersByTime(1000);
      expect(sent).toEqual([{ type: 'draft', text: 'dasar bodoh' }]);
    } finally {
      vi.useRealTimers();
    }
  });
});
