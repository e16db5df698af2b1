import { parsePrice, parseStock } from './price';

describe('parsePrice', () => {
  it.each([
    ['125000', 125000],
    ['125.000', 125000],
    ['Rp 125.000', 125000],
    ['Rp125.000,00', 125000],
    ['rp. 125.000', 125000],
    ['IDR 1.250.000', 1250000],
    ['125,000', 125000],
    ['1,250,000.00', 1250000],
    ['125000.00', 125000],
    ['125000,00', 125000],
    [' 59\u00a0000 ', 59000],
    ['0', 0],
  ])('reads %s as %i Rupiah', (raw, expected) => {
    expect(parsePrice(raw)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['1,5 jt', 'abbreviated'],
    ['150rb', 'abbreviated'],
    ['125k', 'abbreviated'],
    ['-45000', 'negative'],
    ['Rp -45.000', 'negative'],
    ['(45.000)', 'negative'],
    ['12.500,50', 'fraction'],
    ['1,5', 'fraction'],
    ['12.5', 'fraction'],
    ['abc', 'unreadable'],
    ['=100*2', 'unreadable'],
    ['1.25.000', 'unreadable'],
    ['', 'empty'],
  ])('rejects %s (%s), never guesses', (raw, problem) => {
    expect(parsePrice(raw)).toEqual({ ok: false, problem });
  });
});

describe('parseStock', () => {
  it('reads whole numbers and thousands', () => {
    expect(parseStock('12')).toEqual({ ok: true, value: 12 });
    expect(parseStock('0')).toEqual({ ok: true, value: 0 });
    expect(parseStock('1.200')).toEqual({ ok: true, value: 1200 });
    expect(parseStock('1,200')).toEqual({ ok: true, value: 1200 });
    expect(parseStock('15.0')).toEqual({ ok: true, value: 15 });
  });

  it('treats an empty cell as unknown, not as sold out', () => {
    expect(parseStock('')).toEqual({ ok: true, value: null });
    expect(parseStock('  ')).toEqual({ ok: true, value: null });
  });

  it('rejects negatives and non-integers', () => {
    expect(parseStock('-3')).toEqual({ ok: false, problem: 'negative' });
    expect(parseStock('2.5')).toEqual({ ok: false, problem: 'unreadable' });
    expect(parseStock('dua')).toEqual({ ok: false, problem: 'unreadable' });
  });
});
