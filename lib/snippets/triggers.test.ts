import { describe, expect, it } from 'vitest';
import { findTrigger, isExpandKey, normaliseTrigger } from './triggers';

const snippets = [
  { id: 'a', trigger: 'salam', lang: 'id' as const },
  { id: 'b', trigger: 'makasih', lang: 'id' as const },
  { id: 'c', trigger: 'salah-kirim', lang: 'id' as const },
  { id: 'd', trigger: 'refund', lang: 'id' as const },
  { id: 'e', trigger: 'refund', lang: 'en' as const },
  { id: 'f', trigger: null, lang: 'id' as const },
];
const find = (text: string, caret = text.length) => {
  const m = findTrigger(text, caret, snippets);
  return m && { id: m.snippet.id, start: m.start, end: m.end };
};

describe('findTrigger', () => {
  it('finds a trigger at the start of the text, after a space and after a newline', () => {
    expect(find('/salam')).toEqual({ id: 'a', start: 0, end: 6 });
    expect(find('Oke /makasih')).toEqual({ id: 'b', start: 4, end: 12 });
    expect(find('Baik\n/salah-kirim')).toEqual({ id: 'c', start: 5, end: 17 });
    expect(find('Baik\t/salam')).toEqual({ id: 'a', start: 5, end: 11 });
  });

  it('finds a trigger in the middle of the text when the caret is right after it', () => {
    const text = 'Halo /salam sampai jumpa';
    expect(find(text, 11)).toEqual({ id: 'a', start: 5, end: 11 });
  });

  it('leaves triggers inside words and URLs alone', () => {
    expect(find('abc/salam')).toBeNull();
    expect(find('https://x.com/salam')).toBeNull();
    expect(find('toko.id/salam')).toBeNull();
    expect(find('lihat toko.id/salam')).toBeNull();
    expect(find('//salam')).toBeNull();
    expect(find('(/salam')).toBeNull();
  });

  it('does not expand when more was typed before the expansion key (fast typing)', () => {
    expect(find('/salamx')).toBeNull();
    expect(find('/salam ')).toBeNull();
    expect(find('/salam kak')).toBeNull();
    // The caret sits inside the word: "/sal|am" is not a trigger either.
    expect(find('/salam', 4)).toBeNull();
  });

  it('matches regardless of case, and counts emoji before it in UTF-16 units', () => {
    expect(find('/SALAM')).toEqual({ id: 'a', start: 0, end: 6 });
    expect(find('🙏 /Salam')).toEqual({ id: 'a', start: 3, end: 9 });
  });

  it('ignores unknown triggers, a bare slash and out-of-range carets', () => {
    expect(find('/halo')).toBeNull();
    expect(find('/')).toBeNull();
    expect(find('')).toBeNull();
    expect(find('/salam', 99)).toBeNull();
  });

  it('prefers the snippet in the requested language when two share a trigger', () => {
    expect(findTrigger('/refund', 7, snippets)?.snippet.id).toBe('d');
    expect(findTrigger('/refund', 7, snippets, 'en')?.snippet.id).toBe('e');
  });
});

describe('normaliseTrigger', () => {
  it('drops the slash and lower-cases; refuses what cannot be typed as one token', () => {
    expect(normaliseTrigger('/Salam ')).toBe('salam');
    expect(normaliseTrigger('salah_kirim')).toBe('salah_kirim');
    expect(normaliseTrigger('salah kirim')).toBeNull();
    expect(normaliseTrigger('/')).toBeNull();
    expect(normaliseTrigger('a/b')).toBeNull();
    expect(normaliseTrigger('x'.repeat(33))).toBeNull();
  });
});

describe('isExpandKey', () => {
  it('expands on the configured key alone', () => {
    expect(isExpandKey({ key: 'Tab' })).toBe(true);
    expect(isExpandKey({ key: ' ' })).toBe(false);
    expect(isExpandKey({ key: ' ' }, 'Space')).toBe(true);
    expect(isExpandKey({ key: 'Tab' }, 'Space')).toBe(false);
  });

  it('leaves modified keys and IME composition alone', () => {
    expect(isExpandKey({ key: 'Tab', shiftKey: true })).toBe(false);
    expect(isExpandKey({ key: ' ', ctrlKey: true }, 'Space')).toBe(false);
    expect(isExpandKey({ key: 'Tab', isComposing: true })).toBe(false);
    expect(isExpandKey({ key: 'Enter' })).toBe(false);
  });
});
