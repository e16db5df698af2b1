import { describe, expect, it } from 'vitest';
import { Vocabulary } from './vocabulary';

function vocabulary(words: string[]): Vocabulary {
  return new Vocabulary(words, new Map(words.map((w, i) => [w, i])));
}

const expanded = (v: Vocabulary, word: string) => v.expand(word).map((e) => v.tokens[e.id]);

describe('Vocabulary.expand', () => {
  const v = vocabulary(['hitam', 'sneakers', 'trv', 'kaos', 'kaoskaki', '00123', 'xl']);

  it('finds one typo in a short word and two in a long one', () => {
    expect(expanded(v, 'hitm')).toContain('hitam');
    expect(expanded(v, 'snekers')).toContain('sneakers');
    expect(expanded(v, 'snaekres')).toContain('sneakers');
  });

  it('takes no word two edits away from a short typed word', () => {
    // 'zzqxv' is 2 edits from nothing here, but a length gap of 2 once read as a second typo of 'trv'.
    expect(expanded(v, 'zzqxv')).toEqual([]);
    expect(expanded(v, 'hiyxm')).toEqual([]);
  });

  it('expands prefixes and keeps the exact word first', () => {
    expect(expanded(v, 'kaos')).toEqual(['kaos', 'kaoskaki']);
    expect(expanded(v, 'snea')).toEqual(['sneakers']);
  });

  it('gives numbers and words with other characters no typo search', () => {
    expect(expanded(v, '00124')).toEqual([]);
    expect(() => vocabulary(['café', 'ok']).expand('cafr')).not.toThrow();
  });
});
