import { describe, expect, it } from 'vitest';
import { tokenize } from './normalize';
import { WordInterner } from './word-interner';

function scanned(interner: WordInterner, text: string): { words: string[]; padded: string[] } {
  const words: string[] = [];
  const padded: string[] = [];
  interner.scan(text, (id, zeroPadded) => {
    words.push(interner.words[id]!);
    if (zeroPadded) {
      const bare = interner.internUnpadded(id);
      padded.push(bare >= 0 ? interner.words[bare]! : '(none)');
    }
  });
  return { words, padded };
}

describe('WordInterner', () => {
  const texts = [
    'Kaos Polos HITAM xl',
    'SKU-00123 / sku00123',
    'Café crème brûlée — 500ml, 30s!',
    'Sepatu   Lari\tPria\n42',
    'ｆｕｌｌ－ｗｉｄｔｈ ＫＡＯＳ',
    '',
    '---',
    'İstanbul ǅemal ß',
  ];

  it('finds exactly the words tokenize finds, in order', () => {
    const interner = new WordInterner();
    for (const text of texts) expect(scanned(interner, text).words).toEqual(tokenize(text));
  });

  it('gives a word one id however often and wherever it appears', () => {
    const interner = new WordInterner();
    const ids: number[] = [];
    interner.scan('kaos KAOS kaosan kaos', (id) => ids.push(id));
    expect(ids[0]).toBe(ids[1]);
    expect(ids[0]).toBe(ids[3]);
    expect(ids[2]).not.toBe(ids[0]);
    expect(interner.words).toEqual(['kaos', 'kaosan']);
  });

  it('keeps ids apart across table growth', () => {
    const interner = new WordInterner();
    const text = Array.from({ length: 30_000 }, (_, i) => `w${i.toString(36)}x`).join(' ');
    interner.scan(text, () => {});
    const again: string[] = [];
    interner.scan(text, (id) => again.push(interner.words[id]!));
    expect(again).toEqual(tokenize(text));
    expect(new Set(interner.words).size).toBe(interner.words.length);
  });

  it('looks up a word it has seen, and only those', () => {
    const interner = new WordInterner();
    interner.scan('Kaos Polos 00123', () => {});
    expect(['kaos', 'polos', '00123', '123', 'kao', 'Kaos', ''].map((w) => interner.get(w))).toEqual([
      0,
      1,
      2,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('flags numbers with leading zeros and finds them without', () => {
    const interner = new WordInterner();
    expect(scanned(interner, 'SKU-00123 0 000 120').padded).toEqual(['123', '(none)', '(none)']);
  });
});

describe('WordInterner tables', () => {
  it('restores a vocabulary of a few hundred thousand words (a 100k-product catalog has that many)', () => {
    const built = new WordInterner();
    // Letters only: a run of letters is one word (digits would split it).
    const letters = (i: number) =>
      [...i.toString(26)].map((d) => String.fromCharCode(97 + Number.parseInt(d, 26))).join('');
    const words = Array.from({ length: 300_000 }, (_, i) => `w${letters(i)}`);
    built.scan(words.join(' '), () => {});
    const restored = WordInterner.fromTables(structuredClone(built.tables()));
    expect(built.words).toHaveLength(300_000);
    expect(restored.words).toHaveLength(built.words.length);
    for (const word of [built.words[0]!, built.words[123_456]!, built.words.at(-1)!])
      expect(restored.get(word)).toBe(built.get(word));
    expect(restored.get('tidakada')).toBeUndefined();
  });
});
