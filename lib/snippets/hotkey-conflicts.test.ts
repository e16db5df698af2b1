import { describe, expect, it } from 'vitest';
import { comboOf } from '../key-combo';
import { describeConflict, hotkeyConflicts } from './hotkey-conflicts';

const snippets = [
  { id: 'a', title: 'Salam pembuka', hotkey: 'Alt+G' },
  { id: 'b', title: 'Penutup', hotkey: 'alt+c' },
  { id: 'c', title: 'Tanpa hotkey', hotkey: null },
];
const check = (combo: string, selfId?: string) =>
  hotkeyConflicts(combo, { snippets, selfId, focusSearchHotkey: 'Alt+K' }).map((c) => c.kind);

describe('hotkeyConflicts', () => {
  it('accepts free combos with Alt, Ctrl or Meta, and bare F-keys the browser leaves alone', () => {
    for (const combo of ['Alt+2', 'Ctrl+Shift+1', 'Alt+Shift+G', 'Meta+Alt+S', 'F2', 'F8']) {
      expect(check(combo), combo).toEqual([]);
    }
  });

  it('names the snippet already using the combo, however it was spelt, but not the one being edited', () => {
    expect(hotkeyConflicts('Alt+c', { snippets, focusSearchHotkey: null })).toEqual([
      { kind: 'snippet', title: 'Penutup' },
    ]);
    expect(check('Alt+C', 'b')).toEqual([]);
  });

  it('refuses the focus-search hotkey', () => {
    expect(check('alt+k')).toEqual(['focus-search']);
  });

  it('refuses Saran’s accept key, which the chat box gives the sidebar', () => {
    expect(check('alt+s')).toEqual(['saran']);
    expect(describeConflict({ kind: 'saran' }, 'id')).toBe(
      'Dipakai Sigap untuk menyisipkan Saran dari kotak chat.',
    );
  });

  it('refuses text editing combos on Windows and macOS', () => {
    for (const combo of [
      'Ctrl+C',
      'Ctrl+V',
      'Ctrl+X',
      'Ctrl+Z',
      'Ctrl+Y',
      'Ctrl+A',
      'Meta+V',
      'Ctrl+Shift+Z',
    ]) {
      expect(check(combo), combo).toEqual(['editing']);
    }
  });

  it('refuses keys that type or move the caret: Enter, Tab, Space, Backspace, bare or shifted letters', () => {
    for (const combo of ['Enter', 'Tab', 'Space', 'Backspace', 'G', 'Shift+G', '1', 'Shift+Enter']) {
      expect(check(combo), combo).toEqual(['typing']);
    }
    const space = comboOf({
      key: ' ',
      code: 'Space',
      altKey: false,
      ctrlKey: false,
      shiftKey: false,
      metaKey: false,
    });
    expect(check(space)).toEqual(['typing']);
  });

  it('refuses browser commands', () => {
    for (const combo of ['Ctrl+W', 'Ctrl+T', 'Ctrl+N', 'Ctrl+R', 'Ctrl+L', 'Alt+F4', 'Ctrl+Shift+T', 'F5']) {
      expect(check(combo), combo).toEqual(['browser']);
    }
  });

  it('calls a lone modifier incomplete', () => {
    const ctrl = comboOf({
      key: 'Control',
      code: 'ControlLeft',
      altKey: false,
      ctrlKey: true,
      shiftKey: false,
      metaKey: false,
    });
    expect(check(ctrl)).toEqual(['incomplete']);
  });

  it('lists every reason at once', () => {
    expect(
      hotkeyConflicts('Ctrl+C', {
        snippets: [{ id: 'x', title: 'Salin', hotkey: 'Ctrl+C' }],
        focusSearchHotkey: 'Ctrl+C',
      }).map((c) => c.kind),
    ).toEqual(['editing', 'focus-search', 'snippet']);
  });

  it('explains each reason in both languages', () => {
    const conflict = { kind: 'snippet', title: 'Penutup' } as const;
    expect(describeConflict(conflict, 'id')).toBe('Sudah dipakai template “Penutup”.');
    expect(describeConflict(conflict, 'en')).toBe('Already used by the template “Penutup”.');
    expect(describeConflict({ kind: 'browser' }, 'en')).toMatch(/browser/);
  });

  it('refuses the space-bar combos the desktop takes, as typed in the hotkey field', () => {
    for (const event of [
      { key: ' ', code: 'Space', altKey: true },
      { key: ' ', code: 'Space', ctrlKey: true },
      { key: ' ', code: 'Space', metaKey: true },
    ]) {
      const combo = comboOf({ altKey: false, ctrlKey: false, shiftKey: false, metaKey: false, ...event });
      expect(hotkeyConflicts(combo, { snippets: [], focusSearchHotkey: null })).toContainEqual({
        kind: 'browser',
      });
    }
  });
});
