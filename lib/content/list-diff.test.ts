import { describe, expect, it } from 'vitest';
import type { ListedConversation } from '../messaging';
import { createListDiff, ROWS_PER_MESSAGE } from './list-diff';

// What the content script sends of the page's conversation list: all of it once, then only what
// changed, in messages of at most ROWS_PER_MESSAGE rows.

const row = (n: number, over: Partial<ListedConversation> = {}): ListedConversation => ({
  id: `name:Pembeli ${n}`,
  buyerName: `Pembeli ${n}`,
  unread: true,
  lastAt: 1_764_000_000_000 + n,
  ...over,
});
const rows = (count: number) => Array.from({ length: count }, (_, i) => row(i));
const decoded = (json: string) => JSON.parse(json) as unknown[];

describe('createListDiff', () => {
  it('sends the whole list on reset, in messages of at most ROWS_PER_MESSAGE rows, the first one marked', () => {
    const list = rows(2 * ROWS_PER_MESSAGE + 1);
    const out = createListDiff().next(list, true);
    expect(out.map((m) => decoded(m.rows).length)).toEqual([ROWS_PER_MESSAGE, ROWS_PER_MESSAGE, 1]);
    expect(out.map((m) => m.reset)).toEqual([true, false, false]);
    expect(out.every((m) => m.type === 'conversations' && m.gone === '[]')).toBe(true);
    // The compact row: id, buyer name, unread as 1/0, the time.
    expect(decoded(out[0]!.rows)[0]).toEqual(['name:Pembeli 0', 'Pembeli 0', 1, 1_764_000_000_000]);
    expect(out.flatMap((m) => decoded(m.rows)).length).toBe(list.length);
  });

  it('sends a reset of an empty list too, so a new sidebar knows the list is empty', () => {
    expect(createListDiff().next([], true)).toEqual([
      { type: 'conversations', reset: true, rows: '[]', gone: '[]' },
    ]);
  });

  it('sends nothing while the list stays the same, even as new objects', () => {
    const diff = createListDiff();
    diff.next(rows(3), true);
    expect(diff.next(rows(3))).toEqual([]);
  });

  it('sends only the rows that changed or came, and the ids that went', () => {
    const diff = createListDiff();
    diff.next(rows(10_000), true);
    const next = rows(10_000).filter((r) => r.id !== 'name:Pembeli 7');
    next[3] = row(3, { unread: false });
    next.push(row(10_000, { lastAt: null }));
    const [change, ...more] = diff.next(next);
    expect(more).toEqual([]);
    expect(change).toEqual({
      type: 'conversations',
      reset: false,
      rows: JSON.stringify([
        ['name:Pembeli 3', 'Pembeli 3', 0, 1_764_000_000_003],
        ['name:Pembeli 10000', 'Pembeli 10000', 1, null],
      ]),
      gone: JSON.stringify(['name:Pembeli 7']),
    });
  });

  it('reports an emptied list as ids gone', () => {
    const diff = createListDiff();
    diff.next(rows(2), true);
    expect(diff.next([])).toEqual([
      {
        type: 'conversations',
        reset: false,
        rows: '[]',
        gone: JSON.stringify(['name:Pembeli 0', 'name:Pembeli 1']),
      },
    ]);
  });

  it('starts afresh on reset, whatever it sent before', () => {
    const diff = createListDiff();
    diff.next(rows(3), true);
    diff.next(rows(2));
    const [again] = diff.next(rows(2), true);
    expect(again?.reset).toBe(true);
    expect(decoded(again!.rows)).toHaveLength(2);
    expect(again?.gone).toBe('[]');
  });

  it('counts a row the page lists twice once, as its last copy', () => {
    const out = createListDiff().next([row(1), row(1, { unread: false })], true);
    expect(decoded(out[0]!.rows)).toEqual([['name:Pembeli 1', 'Pembeli 1', 0, 1_764_000_000_001]]);
  });

  it('keeps hostile text intact: quotes, brackets and newlines stay inside their JSON strings', () => {
    const name = 'Rina"],["x","y",1,0]\n\u2028';
    const [m] = createListDiff().next([row(1, { id: `name:${name}`, buyerName: name })], true);
    expect(decoded(m!.rows)).toEqual([[`name:${name}`, name, 1, 1_764_000_000_001]]);
  });
});
