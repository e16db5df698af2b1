import { describe, expect, it } from 'vitest';
import { editDistance } from './normalize';

/** The textbook optimal-string-alignment distance, whole table, no early exit. */
function reference(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

/** Words of a few letters from a small alphabet, so that near misses are common. */
function words(count: number, seed: number): string[] {
  let state = seed;
  const next = () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
  return Array.from({ length: count }, () =>
    Array.from({ length: 1 + Math.floor(next() * 11) }, () => 'aeknrst'[Math.floor(next() * 7)]).join(''),
  );
}

describe('editDistance', () => {
  it('counts single slips: a missing, extra, wrong or swapped letter', () => {
    expect(editDistance('hitam', 'hitam', 1)).toBe(0);
    expect(editDistance('hitm', 'hitam', 1)).toBe(1);
    expect(editDistance('hiitam', 'hitam', 1)).toBe(1);
    expect(editDistance('hotam', 'hitam', 1)).toBe(1);
    expect(editDistance('htiam', 'hitam', 1)).toBe(1);
    expect(editDistance('snekers', 'sneakers', 2)).toBe(1);
  });

  it('compares with the start of the second word when given its length', () => {
    expect(editDistance('sneak', 'sneakers', 1, 5)).toBe(0);
    expect(editDistance('snaek', 'sneakers', 1, 5)).toBe(1);
    expect(editDistance('snxxk', 'sneakers', 1, 5)).toBe(2);
    // A length past the end is the whole word.
    expect(editDistance('sneakers', 'sneakers', 1, 50)).toBe(0);
  });

  it('agrees with the full table wherever it is within max, and says more than max otherwise', () => {
    const list = words(300, 7);
    for (const a of list.slice(0, 60)) {
      for (const b of list) {
        for (const max of [1, 2]) {
          for (const length of [b.length, Math.max(0, b.length - 2)]) {
            const expected = reference(a, b.slice(0, length));
            const got = editDistance(a, b, max, length);
            if (expected <= max) expect(got, `${a} ~ ${b.slice(0, length)}`).toBe(expected);
            else expect(got, `${a} ~ ${b.slice(0, length)}`).toBeGreaterThan(max);
          }
        }
      }
    }
  });
});
