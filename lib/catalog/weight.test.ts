import { describe, expect, it } from 'vitest';
import { formatWeight, parseWeight } from './weight';

describe('parseWeight', () => {
  it.each([
    ['500', 500],
    ['1.000', 1000],
    ['1,000', 1000],
    ['12.500', 12500],
    ['500 g', 500],
    ['500gr', 500],
    ['500 Gram', 500],
    ['1 kg', 1000],
    ['1,5 kg', 1500],
    ['1.5kg', 1500],
    ['0,25 Kg', 250],
    ['2 KG', 2000],
    ['1.250 kg', 1250],
    ['300,00', 300],
    ['0', 0],
    ['-0', 0],
  ])('reads %s as %d grams', (raw, grams) => {
    expect(parseWeight(raw)).toEqual({ ok: true, value: grams });
  });

  it('takes an empty cell as unknown', () => {
    expect(parseWeight('  ')).toEqual({ ok: true, value: null });
  });

  it.each([
    ['-200', 'negative'],
    ['-1 kg', 'negative'],
    ['500,5', 'unreadable'],
    ['satu kilo', 'unreadable'],
    ['5 ons', 'unreadable'],
    ['1,5,0', 'unreadable'],
    ['=1+1', 'unreadable'],
  ])('refuses %s (%s)', (raw, problem) => {
    expect(parseWeight(raw)).toEqual({ ok: false, problem });
  });
});

describe('formatWeight', () => {
  it('writes grams below a kilogram and kilograms with a decimal comma above', () => {
    expect([500, 999, 1000, 1200, 1250, 12500].map((g) => formatWeight(g, 'id'))).toEqual([
      '500 gr',
      '999 gr',
      '1 kg',
      '1,2 kg',
      '1,25 kg',
      '12,5 kg',
    ]);
    expect([500, 1250].map((g) => formatWeight(g, 'en'))).toEqual(['500 g', '1.25 kg']);
  });
});
