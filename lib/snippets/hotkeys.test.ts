import { describe, expect, it } from 'vitest';
import {
  DEFAULT_HOTKEYS,
  formatHotkey,
  hotkeyOfEvent,
  matchesHotkey,
  normaliseHotkey,
  parseHotkey,
  pinnedSlot,
  pinnedSnippets,
  snippetForEvent,
} from './hotkeys';

const press = (over: Partial<Parameters<typeof hotkeyOfEvent>[0]>) => ({
  key: '',
  code: '',
  altKey: false,
  ctrlKey: false,
  shiftKey: false,
  metaKey: false,
  ...over,
});

describe('hotkey strings', () => {
  it.each([
    ['alt+g', 'Alt+G'],
    ['Alt+1', 'Alt+1'],
    ['Shift + CTRL + 1', 'Ctrl+Shift+1'],
    ['option+k', 'Alt+K'],
    ['cmd+shift+p', 'Shift+Meta+P'],
    ['ctrl+esc', 'Ctrl+Escape'],
    ['alt+up', 'Alt+ArrowUp'],
    ['Alt+f2', 'Alt+F2'],
    ['ctrl+space', 'Ctrl+Space'],
    ['Ctrl+ ', 'Ctrl+Space'],
    ['Ctrl++', 'Ctrl++'],
    ['alt+/', 'Alt+/'],
    ['Enter', 'Enter'],
  ])('normalises %j to %s', (typed, canonical) => {
    expect(normaliseHotkey(typed)).toBe(canonical);
  });

  it.each([[''], ['Alt+'], ['Alt'], ['Ctrl+Shift'], ['Hyper+G'], ['Alt+Foo'], ['Alt+GG']])(
    'refuses %j',
    (typed) => {
      expect(parseHotkey(typed)).toBeNull();
    },
  );

  it('formats a parsed hotkey back to the same string', () => {
    expect(formatHotkey(parseHotkey('Ctrl+Alt+Shift+Meta+X')!)).toBe('Ctrl+Alt+Shift+Meta+X');
  });
});

describe('matching key presses', () => {
  it('reads letters and digits from the physical key, so Alt+G works on macOS', () => {
    expect(hotkeyOfEvent(press({ key: '©', code: 'KeyG', altKey: true }))).toBe('Alt+G');
    expect(hotkeyOfEvent(press({ key: '¡', code: 'Digit1', altKey: true }))).toBe('Alt+1');
    expect(matchesHotkey(press({ key: '©', code: 'KeyG', altKey: true }), 'alt+g')).toBe(true);
    expect(
      matchesHotkey(press({ key: '!', code: 'Digit1', altKey: true, shiftKey: true }), 'Alt+Shift+1'),
    ).toBe(true);
  });

  it('needs exactly the same modifiers', () => {
    expect(matchesHotkey(press({ key: 'g', code: 'KeyG' }), 'Alt+G')).toBe(false);
    expect(matchesHotkey(press({ key: 'g', code: 'KeyG', altKey: true, ctrlKey: true }), 'Alt+G')).toBe(
      false,
    );
    expect(matchesHotkey(press({ key: 'g', code: 'KeyG', altKey: true }), null)).toBe(false);
    expect(matchesHotkey(press({ key: 'g', code: 'KeyG', altKey: true }), 'nonsense+')).toBe(false);
  });

  it('names other keys, and ignores a press of a modifier alone', () => {
    expect(hotkeyOfEvent(press({ key: 'Enter', code: 'Enter', shiftKey: true }))).toBe('Shift+Enter');
    expect(hotkeyOfEvent(press({ key: ' ', code: 'Space', ctrlKey: true }))).toBe('Ctrl+Space');
    expect(hotkeyOfEvent(press({ key: 'Alt', code: 'AltLeft', altKey: true }))).toBeNull();
  });
});

describe('pinned snippets and lookup', () => {
  const snippets = [
    { id: 'c', hotkey: 'Alt+3' },
    { id: 'g', hotkey: 'Alt+G' },
    { id: 'a', hotkey: 'alt+1' },
    { id: 'n', hotkey: null },
    { id: 'x', hotkey: 'Ctrl+1' },
  ];

  it('takes Alt+1…Alt+9 as the pinned row, in digit order', () => {
    expect(DEFAULT_HOTKEYS.pinned).toHaveLength(9);
    expect(pinnedSlot('Alt+9')).toBe(9);
    expect(pinnedSlot('Alt+0')).toBeNull();
    expect(pinnedSlot('Alt+Shift+1')).toBeNull();
    expect(pinnedSnippets(snippets).map((s) => s.id)).toEqual(['a', 'c']);
  });

  it('finds the snippet bound to a key press', () => {
    expect(snippetForEvent(press({ key: '¡', code: 'Digit1', altKey: true }), snippets)?.id).toBe('a');
    expect(snippetForEvent(press({ key: 'g', code: 'KeyG', altKey: true }), snippets)?.id).toBe('g');
    expect(snippetForEvent(press({ key: 'q', code: 'KeyQ', altKey: true }), snippets)).toBeUndefined();
  });
});
