import { describe, expect, it } from 'vitest';
import { triggerAtCaret } from './trigger-at-caret';

const known = ['salam', 'makasih', 'rusak'];

describe('triggerAtCaret', () => {
  it('finds a known trigger at the start, after a space and after a newline', () => {
    expect(triggerAtCaret('/salam', 6, known)).toEqual({ trigger: 'salam', start: 0, end: 6 });
    expect(triggerAtCaret('Oke /makasih', 12, known)).toEqual({ trigger: 'makasih', start: 4, end: 12 });
    expect(triggerAtCaret('Baik\n/rusak', 11, known)).toEqual({ trigger: 'rusak', start: 5, end: 11 });
  });

  it('ignores triggers inside words, in URLs, unknown words, and text typed after the trigger', () => {
    expect(triggerAtCaret('abc/salam', 9, known)).toBeNull();
    expect(triggerAtCaret('https://toko.id/salam', 21, known)).toBeNull();
    expect(triggerAtCaret('/halo', 5, known)).toBeNull();
    // Fast typing: "/salamx" is not "/salam".
    expect(triggerAtCaret('/salamx', 7, known)).toBeNull();
    // The caret is not right after the trigger.
    expect(triggerAtCaret('/salam kak', 10, known)).toBeNull();
  });

  it('matches regardless of case and counts emoji before it correctly', () => {
    expect(triggerAtCaret('🙏 /SALAM', 9, known)).toEqual({ trigger: 'salam', start: 3, end: 9 });
  });
});
