import { describe, expect, it } from 'vitest';
import { comboOf, normaliseCombo } from './key-combo';

const key = (over: Partial<Parameters<typeof comboOf>[0]>) => ({
  key: '',
  code: '',
  altKey: false,
  ctrlKey: false,
  shiftKey: false,
  metaKey: false,
  ...over,
});

describe('comboOf', () => {
  it('reads letters and digits from the physical key, so Alt+G works on macOS', () => {
    expect(comboOf(key({ key: '©', code: 'KeyG', altKey: true }))).toBe('Alt+G');
    expect(comboOf(key({ key: '¡', code: 'Digit1', altKey: true }))).toBe('Alt+1');
    expect(comboOf(key({ key: 'Enter', code: 'Enter', ctrlKey: true, shiftKey: true }))).toBe(
      'Ctrl+Shift+Enter',
    );
  });

  it('names the space bar, so Alt+Space matches the hotkey saved as "Alt+Space"', () => {
    expect(comboOf(key({ key: ' ', code: 'Space', altKey: true }))).toBe('Alt+Space');
    expect(comboOf(key({ key: ' ', code: '', ctrlKey: true }))).toBe('Ctrl+Space');
    expect(normaliseCombo('Alt+Space')).toBe('Alt+Space');
    expect(normaliseCombo('alt+space')).toBe('Alt+Space');
    expect(normaliseCombo('Alt+ ')).toBe('Alt+Space');
  });

  it('normalises combos people type', () => {
    expect(normaliseCombo('alt+g')).toBe('Alt+G');
    expect(normaliseCombo('Shift + CTRL + 1')).toBe('Ctrl+Shift+1');
  });
});
