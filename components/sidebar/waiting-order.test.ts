import { describe, expect, it, vi } from 'vitest';
import { createListDiff } from '../../lib/content/list-diff';
import type { ListedConversation, PageState } from '../../lib/messaging';
import { orderWaiting } from '../../lib/reply-clock/waiting-list';
import { createConversationRows } from './conversation-rows';
import { type SeenConversation, waitingConversations } from './waiting-conversations';
import { createWaitingOrder } from './waiting-order';

// The kept order of "Menunggu balasan" must always be the order worked out from scratch
// (orderWaiting over waitingConversations), while costing only what changed.

const counted = vi.hoisted(() => ({ comparisons: 0 }));
vi.mock('../../lib/reply-clock/waiting-list', async (original) => {
  const actual = await original<typeof import('../../lib/reply-clock/waiting-list')>();
  return {
    ...actual,
    compareWaiting: (
      a: Parameters<typeof actual.compareWaiting>[0],
      b: Parameters<typeof actual.compareWaiting>[1],
    ) => {
      counted.comparisons++;
      return actual.compareWaiting(a, b);
    },
  };
});

const NOW = Date.UTC(2026, 11, 1, 12);
type Seen = Record<string, SeenConversation>;

function fromScratch(list: readonly ListedConversation[], seen: Seen, openId: string | null) {
  const page = { list, conversation: openId ? { id: openId, buyerName: null, messages: [] } : null };
  return orderWaiting(waitingConversations(page as unknown as PageState, seen));
}

function randomFrom(seed: number) {
  return () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed / 2 ** 31;
  };
}

const listed = (n: number, random: () => number): ListedConversation => ({
  id: `name:B${n}`,
  buyerName: random() < 0.1 ? '' : `B${n}`,
  unread: random() < 0.7,
  // Some rows share a time (ties go by id), some show none.
  lastAt: random() < 0.1 ? null : NOW - Math.floor(random() * 50) * 60_000,
});

function seenOne(random: () => number): SeenConversation {
  const kind = random();
  return kind < 0.3
    ? { buyerName: 'Seen', waitingSince: null, lastAt: NOW - 10 * 60_000 }
    : kind < 0.4
      ? { buyerName: 'Seen', waitingSince: null, unreadable: 'time', lastAt: null }
      : { buyerName: 'Seen', waitingSince: NOW - Math.floor(random() * 90) * 60_000, lastAt: NOW - 60_000 };
}

describe('createWaitingOrder', () => {
  it('gives the order worked out from scratch after any sequence of list, seen and open changes', () => {
    for (const seed of [1, 2, 3]) {
      const random = randomFrom(seed);
      const order = createWaitingOrder();
      const diff = createListDiff();
      const rows = createConversationRows();
      let page = Array.from({ length: 300 }, (_, i) => listed(i, random));
      let seen: Seen = {};
      let openId: string | null = null;
      for (const m of diff.next(page, true)) rows.apply(m, NOW);
      for (let step = 0; step < 60; step++) {
        const what = random();
        if (what < 0.4) {
          // The page's list changes: rows go, change and come (through the real wire).
          page = page
            .filter(() => random() > 0.03)
            .map((r) => (random() < 0.05 ? listed(Number(r.id.slice(6)), random) : r));
          for (let i = 0; i < 5; i++) page.push(listed(1000 + step * 5 + i, random));
          for (const m of diff.next(page)) rows.apply(m, NOW);
        } else if (what < 0.7) {
          // A conversation read while open; some were never in the list.
          const id =
            random() < 0.8 ? (page[Math.floor(random() * page.length)]?.id ?? 'x') : `name:Gone${step}`;
          seen = { ...seen, [id]: seenOne(random) };
        } else if (what < 0.9) {
          openId = random() < 0.2 ? null : (page[Math.floor(random() * page.length)]?.id ?? null);
        } else {
          // A list of unknown origin (a test, a reset): compared row by row.
          const copy = rows.list.map((r) => (random() < 0.1 ? { ...r } : r));
          expect(order.update(copy, seen, openId)).toEqual(fromScratch(copy, seen, openId));
          continue;
        }
        expect(order.update(rows.list, seen, openId)).toEqual(fromScratch(rows.list, seen, openId));
      }
    }
  });

  it('answers the same array while nothing it depends on changed', () => {
    const order = createWaitingOrder();
    const list = [{ id: 'a', buyerName: 'A', unread: true, lastAt: NOW }];
    const seen: Seen = { b: { buyerName: 'B', waitingSince: NOW - 1000, lastAt: NOW - 1000 } };
    const first = order.update(list, seen, 'b');
    expect(first.map((p) => p.id)).toEqual(['b', 'a']);
    expect(order.update(list, seen, 'b')).toBe(first);
    // A new list or seen object with the same content changes nothing either.
    expect(order.update([...list], { ...seen }, 'b')).toBe(first);
  });

  it('forgets what the inputs no longer hold (a store reset between two uses)', () => {
    const order = createWaitingOrder();
    order.update([], { s: { buyerName: 'S', waitingSince: NOW, lastAt: NOW } }, 's');
    expect(order.update([], {}, null)).toEqual([]);
  });

  it('moves a changed row into place at 10,000 rows without sorting them again', () => {
    const random = randomFrom(9);
    const diff = createListDiff();
    const rows = createConversationRows();
    const order = createWaitingOrder();
    const page = Array.from({ length: 10_000 }, (_, i) => ({
      ...listed(i, random),
      unread: true,
      lastAt: NOW - i,
    }));
    // The panel's first render has no list yet; then the list comes 500 rows a message.
    order.update([], {}, null);
    for (const m of diff.next(page, true)) order.update(rows.apply(m, NOW), {}, null);

    // A new buyer message in one conversation, then another answered, the agent opening a third;
    // one render follows both list changes.
    page[5000] = { ...page[5000]!, lastAt: NOW + 1 };
    for (const m of diff.next(page)) rows.apply(m, NOW);
    page[6000] = { ...page[6000]!, unread: false };
    for (const m of diff.next(page)) rows.apply(m, NOW);
    counted.comparisons = 0;
    const sort = vi.spyOn(Array.prototype, 'sort');
    const set = vi.spyOn(Map.prototype, 'set');
    const places = order.update(rows.list, {}, page[42]!.id);
    const sorted = sort.mock.contexts.map((array) => (array as unknown[]).length);
    const mapWrites = set.mock.calls.length;
    sort.mockRestore();
    set.mockRestore();
    // No sort of the list, no map of its 10,000 rows rebuilt (the changes conversation-rows recorded
    // are applied), and two binary searches per moved row (out of its old place, into its new one):
    // ~4 × log2(10,000) comparisons.
    expect(sorted.filter((length) => length > 100)).toEqual([]);
    expect(mapWrites).toBeLessThan(100);
    expect(counted.comparisons).toBeLessThan(100);
    expect(places).toEqual(fromScratch(rows.list, {}, page[42]!.id));
    expect(places.at(-1)?.id).toBe(page[5000]!.id);
    expect(places.some((p) => p.id === page[6000]!.id)).toBe(false);
  });
});
