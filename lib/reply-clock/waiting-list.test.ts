import { describe, expect, it } from 'vitest';
import { computeReplyState, type ReplyTargets } from './clock';
import { waitingList } from './waiting-list';

const MIN = 60_000;
const now = Date.UTC(2026, 10, 3, 5, 0);
const targets: ReplyTargets = { dueMs: 5 * MIN, overdueMs: 120 * MIN };

describe('waitingList', () => {
  it('lists waiting conversations only, longest first, with wait and status', () => {
    const list = waitingList(
      [
        { id: 'a', buyerName: 'Ani', state: { waitingSince: now - 2 * MIN } },
        { id: 'b', buyerName: 'Budi', state: { waitingSince: null } },
        { id: 'c', buyerName: null, state: { waitingSince: now - 3 * 60 * MIN } },
        { id: 'd', buyerName: 'Dewi', state: { waitingSince: now - 10 * MIN } },
      ],
      now,
      targets,
    );
    expect(list).toEqual([
      { id: 'c', buyerName: null, waitingSince: now - 180 * MIN, waitedMs: 180 * MIN, status: 'overdue' },
      { id: 'd', buyerName: 'Dewi', waitingSince: now - 10 * MIN, waitedMs: 10 * MIN, status: 'due' },
      { id: 'a', buyerName: 'Ani', waitingSince: now - 2 * MIN, waitedMs: 2 * MIN, status: 'ok' },
    ]);
  });

  it('keeps equal waits in a stable order', () => {
    const same = { waitingSince: now - MIN };
    const ids = (order: string[]) =>
      waitingList(
        order.map((id) => ({ id, buyerName: id, state: same })),
        now,
        targets,
      ).map((e) => e.id);
    expect(ids(['z', 'm', 'a'])).toEqual(['a', 'm', 'z']);
    expect(ids(['a', 'z', 'm'])).toEqual(['a', 'm', 'z']);
  });

  it('takes states straight from computeReplyState', () => {
    const state = computeReplyState([{ at: now - 7 * MIN, from: 'buyer' }], now, targets);
    expect(waitingList([{ id: 'x', buyerName: 'X', state }], now, targets)[0]?.status).toBe('due');
  });

  it('is empty when nobody waits', () => {
    expect(waitingList([], now, targets)).toEqual([]);
  });
  it('lists conversations whose wait cannot be read after the others, as unknown', () => {
    const list = waitingList(
      [
        { id: 'z', buyerName: 'Zaki', state: { waitingSince: null, unreadable: 'time' } },
        { id: 'a', buyerName: 'Ani', state: { waitingSince: now - 2 * MIN } },
        { id: 'b', buyerName: 'Budi', state: { waitingSince: null, unreadable: 'sender' } },
        { id: 'c', buyerName: 'Cici', state: { waitingSince: null } },
      ],
      now,
      targets,
    );
    expect(list.map((e) => [e.id, e.status, e.unreadable])).toEqual([
      ['a', 'ok', undefined],
      ['b', 'unknown', 'sender'],
      ['z', 'unknown', 'time'],
    ]);
  });
});
