import { describe, expect, it } from 'vitest';
import { defaultSnippets } from './defaults';
import { groupSnippets, orderSnippets, searchSnippets } from './search';

const s = (title: string, category: string, useCount = 0, order = 0, trigger: string | null = null) => ({
  title,
  category,
  body: `${title} Kak`,
  trigger,
  useCount,
  order,
});

describe('sidebar order', () => {
  const list = [
    s('Penutup', 'closing', 5, 0),
    s('Rusak', 'sop', 1, 1),
    s('Telat', 'sop', 9, 2),
    s('Salam', 'greeting', 0, 3),
    s('Aneh', 'tidak-dikenal', 0, 4),
    s('Refund', 'sop', 1, 0),
  ];

  it('groups by category in conversation order, most used first, then the own order', () => {
    expect(groupSnippets(list).map((g) => [g.category, g.snippets.map((x) => x.title)])).toEqual([
      ['greeting', ['Salam']],
      ['sop', ['Telat', 'Refund', 'Rusak']],
      ['closing', ['Penutup']],
      ['other', ['Aneh']],
    ]);
  });

  it('lifts one category to the top (the away messages when the shop is closed)', () => {
    const away = [...list, s('Tutup', 'away')];
    expect(orderSnippets(away, { first: 'away' }).map((x) => x.title)[0]).toBe('Tutup');
    expect(orderSnippets(away).map((x) => x.title)).toEqual([
      'Salam',
      'Telat',
      'Refund',
      'Rusak',
      'Tutup',
      'Penutup',
      'Aneh',
    ]);
  });
});

describe('searchSnippets', () => {
  const list = defaultSnippets('id');
  const titles = (q: string) => searchSnippets(list, q).map((x) => x.trigger);

  it('puts a trigger that starts with the query first, with or without the slash', () => {
    expect(titles('/sal')[0]).toBe('salam');
    expect(titles('sal').slice(0, 2)).toEqual(['salam', 'salahkirim']);
    expect(titles('refund')[0]).toBe('refund');
  });

  it('finds snippets through typos, words of the body and the category label in either language', () => {
    expect(titles('resi')).toContain('telat');
    expect(titles('rsak')).toContain('rusak');
    expect(titles('penutup')).toEqual(expect.arrayContaining(['makasih', 'belanja']));
    expect(titles('closing')).toEqual(expect.arrayContaining(['makasih', 'belanja']));
  });

  it('gives the grouped order for an empty query and nothing for nonsense', () => {
    expect(searchSnippets(list, '  ')).toEqual(orderSnippets(list));
    expect(searchSnippets(list, 'qqqzzzxxx')).toEqual([]);
  });
});
