import { describe, expect, it } from 'vitest';
import { createListDiff } from '../../lib/content/list-diff';
import type { ConversationsChange, ListedConversation } from '../../lib/messaging';
import {
  createConversationRows,
  decodeRow,
  listChangesSince,
  listVersion,
  MAX_BUYER_NAME_LENGTH,
  MAX_ROWS,
} from './conversation-rows';

// The sidebar's copy of the page's conversation list: each row from the page checked before it is
// kept, changes applied in order, and unchanged rows kept as the same objects.

const NOW = Date.UTC(2026, 11, 1, 12);
const change = (rows: unknown[], gone: unknown[] = [], reset = false): ConversationsChange => ({
  type: 'conversations',
  reset,
  rows: JSON.stringify(rows),
  gone: JSON.stringify(gone),
});
const listed = (n: number, over: Partial<ListedConversation> = {}): ListedConversation => ({
  id: `name:B${n}`,
  buyerName: `B${n}`,
  unread: n % 2 === 0,
  lastAt: NOW - n * 60_000,
  ...over,
});

describe('decodeRow', () => {
  it('reads a well-formed row', () => {
    expect(decodeRow(['name:Rina', 'Rina', 1, NOW], NOW)).toEqual({
      id: 'name:Rina',
      buyerName: 'Rina',
      unread: true,
      lastAt: NOW,
    });
    expect(decodeRow(['7', '', 0, null], NOW)).toEqual({
      id: '7',
      buyerName: '',
      unread: false,
      lastAt: null,
    });
  });

  it('refuses rows of the wrong shape or with values no page lists', () => {
    for (const bad of [
      null,
      'name:Rina',
      { id: 'x' },
      ['name:Rina', 'Rina', 1],
      ['name:Rina', 'Rina', 1, NOW, 'extra'],
      ['', 'Rina', 1, NOW],
      [42, 'Rina', 1, NOW],
      ['x'.repeat(2_000_000), 'Rina', 1, NOW],
      ['name:Rina', null, 1, NOW],
      ['name:Rina', 'R'.repeat(MAX_BUYER_NAME_LENGTH + 1), 1, NOW],
      ['name:Rina', 'Rina', true, NOW],
      ['name:Rina', 'Rina', 2, NOW],
    ])
      expect(decodeRow(bad, NOW)).toBeNull();
  });

  it('keeps a row whose time is no time as one whose time could not be read', () => {
    for (const at of [-5e12, 8.64e15, 'kemarin', Number.NaN, NOW + 3 * 86_400_000, 1e308])
      expect(decodeRow(['name:Rina', 'Rina', 1, at], NOW)?.lastAt).toBeNull();
  });
});

describe('createConversationRows', () => {
  it('applies additions, changes and removals in order, keeping the objects of unchanged rows', () => {
    const rows = createConversationRows();
    const first = rows.apply(
      change([
        ['a', 'A', 1, NOW],
        ['b', 'B', 0, NOW - 1],
        ['c', 'C', 1, null],
      ]),
      NOW,
    );
    expect(first.map((r) => r.id)).toEqual(['a', 'b', 'c']);
    const second = rows.apply(change([['b', 'B', 1, NOW]], ['c']), NOW);
    expect(second).toEqual([
      { id: 'a', buyerName: 'A', unread: true, lastAt: NOW },
      { id: 'b', buyerName: 'B', unread: true, lastAt: NOW },
    ]);
    expect(second[0]).toBe(first[0]);
    expect(rows.list).toBe(second);
  });

  it('returns the same array when a change changes nothing', () => {
    const rows = createConversationRows();
    const first = rows.apply(change([['a', 'A', 1, NOW]]), NOW);
    expect(rows.apply(change([['a', 'A', 1, NOW]], ['never-listed']), NOW)).toBe(first);
    expect(rows.apply(change([]), NOW)).toBe(first);
  });

  it('records each change for the list it made, against the list before it', () => {
    const rows = createConversationRows();
    const first = rows.apply(
      change([
        ['a', 'A', 1, NOW],
        ['b', 'B', 1, NOW],
      ]),
      NOW,
    );
    const second = rows.apply(change([['a', 'A', 0, NOW]], ['b']), NOW);
    const third = rows.apply(change([['c', 'C', 1, null]]), NOW);
    const [made, ...more] = listChangesSince(second, listVersion(first)!)!;
    expect(more).toEqual([]);
    expect(made?.base).toBe(listVersion(first));
    expect(made?.version).toBe(listVersion(second));
    expect(made?.upserted).toEqual([{ id: 'a', buyerName: 'A', unread: false, lastAt: NOW }]);
    expect(made?.gone).toEqual(['b']);
    // From the empty list (-1), and across skipped lists, in order; nothing from a list itself.
    expect(listChangesSince(first, -1)?.map((c) => c.version)).toEqual([listVersion(first)]);
    expect(listChangesSince(third, listVersion(first)!)?.map((c) => c.version)).toEqual([
      listVersion(second),
      listVersion(third),
    ]);
    expect(listChangesSince(second, listVersion(second)!)).toEqual([]);
    // Unknown: a list made elsewhere, or a starting point that is not in this list's past.
    expect(listChangesSince([], -1)).toBeNull();
    expect(listChangesSince(second, listVersion(third)!)).toBeNull();
    expect(listChangesSince(second, Number.NaN)).toBeNull();
  });

  it('keeps the last changes only: a list too far ahead is not reachable by changes', () => {
    const rows = createConversationRows();
    const first = rows.apply(change([['a', 'A', 1, NOW]]), NOW);
    let last = first;
    for (let i = 0; i < 100; i++) last = rows.apply(change([[`r${i}`, 'R', 1, null]]), NOW);
    expect(listChangesSince(last, listVersion(first)!)).toBeNull();
    expect(listChangesSince(last, listVersion(last)! - 10)).toHaveLength(10);
  });

  it('starts afresh on a reset, and records no change against the old list', () => {
    const rows = createConversationRows();
    rows.apply(change([['a', 'A', 1, NOW]]), NOW);
    const after = rows.apply(change([['z', 'Z', 1, NOW]], [], true), NOW);
    expect(after.map((r) => r.id)).toEqual(['z']);
    expect(listVersion(after)).toBeNull();
    expect(listChangesSince(after, -1)).toBeNull();
  });

  it('leaves out malformed rows and ids, counting them, and keeps the rest of the change', () => {
    const rows = createConversationRows();
    const list = rows.apply(change([['a', 'A', 1, NOW], ['b', 'B', 'yes', NOW], 'junk'], [42, '']), NOW);
    expect(list.map((r) => r.id)).toEqual(['a']);
    expect(rows.refused).toBe(4);
  });

  it('drops a change it cannot read whole, and keeps the list as it was', () => {
    const rows = createConversationRows();
    const list = rows.apply(change([['a', 'A', 1, NOW]]), NOW);
    for (const bad of [
      { type: 'conversations', reset: false, rows: '[["b","B",1,null]', gone: '[]' },
      { type: 'conversations', reset: false, rows: '{"0":["b","B",1,null]}', gone: '[]' },
      { type: 'conversations', reset: false, rows: '[]', gone: 7 },
      { type: 'conversations', reset: 'yes', rows: '[]', gone: '[]' },
      { type: 'conversations', reset: false, rows: [['b', 'B', 1, null]], gone: '[]' },
    ])
      expect(rows.apply(bad as unknown as ConversationsChange, NOW)).toBe(list);
    expect(rows.list.map((r) => r.id)).toEqual(['a']);
    expect(rows.refused).toBe(5);
  });

  it(`holds at most ${MAX_ROWS} rows; changes to rows it holds still apply`, () => {
    const rows = createConversationRows();
    const many = Array.from({ length: MAX_ROWS + 5 }, (_, i) => [`c${i}`, '', 1, null]);
    rows.apply(change(many), NOW);
    expect(rows.list).toHaveLength(MAX_ROWS);
    expect(rows.refused).toBe(5);
    rows.apply(change([['c0', 'Ani', 1, null]]), NOW);
    expect(rows.list[0]?.buyerName).toBe('Ani');
  });

  it("ends up with the content script's list after any sequence of its changes", () => {
    // Round trip through the content script's diff: what the page lists is what the sidebar holds.
    const diff = createListDiff();
    const rows = createConversationRows();
    let seed = 7;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    let page = Array.from({ length: 1200 }, (_, i) => listed(i));
    for (const m of diff.next(page, true)) rows.apply(m, NOW);
    for (let step = 0; step < 30; step++) {
      page = page
        .filter(() => random() > 0.05)
        .map((r) =>
          random() < 0.05 ? { ...r, unread: !r.unread, lastAt: NOW - Math.floor(random() * 1e6) } : r,
        );
      for (let i = 0; i < 20; i++)
        page.splice(Math.floor(random() * page.length), 0, listed(2000 + step * 20 + i));
      for (const m of diff.next(page)) rows.apply(m, NOW);
      const byId = (a: ListedConversation, b: ListedConversation) => (a.id < b.id ? -1 : 1);
      expect([...rows.list].sort(byId)).toEqual([...page].sort(byId));
    }
  });
});
