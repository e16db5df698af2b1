import { describe, expect, it } from 'vitest';
import { MARKED_PARTS } from '../../lib/marketplaces/parts.test-helper';
import type { PageState } from '../../lib/messaging';
import { waitingConversations } from './waiting-conversations';

const page = (list: PageState['list']): PageState => ({
  marketplace: 'shopee',
  marketplaceLabel: 'Shopee',
  url: 'u',
  health: 'ok',
  parts: MARKED_PARTS,
  conversation: null,
  list,
});

describe('waitingConversations', () => {
  it('uses what was read of a conversation, and the unread row time for one never opened', () => {
    const out = waitingConversations(
      page([
        { id: 'a', buyerName: 'Ani', unread: false, lastAt: 1000 },
        { id: 'b', buyerName: 'Budi', unread: true, lastAt: 2000 },
        { id: 'c', buyerName: 'Cici', unread: false, lastAt: 3000 },
      ]),
      { a: { buyerName: 'Ani', waitingSince: 500, lastAt: 1000 } },
    );
    expect(out.map((c) => [c.id, c.state.waitingSince])).toEqual([
      ['a', 500],
      ['b', 2000],
      ['c', null],
    ]);
  });

  it('an unread row newer than what was read means the buyer wrote again', () => {
    const seen = { a: { buyerName: 'Ani', waitingSince: null, lastAt: 1000 } };
    const [row] = waitingConversations(
      page([{ id: 'a', buyerName: 'Ani', unread: true, lastAt: 4000 }]),
      seen,
    );
    expect(row?.state.waitingSince).toBe(4000);
  });

  it('keeps conversations seen in this tab that the list no longer shows', () => {
    const out = waitingConversations(page([]), { z: { buyerName: 'Zaki', waitingSince: 42, lastAt: 42 } });
    expect(out).toEqual([{ id: 'z', buyerName: 'Zaki', state: { waitingSince: 42 } }]);
  });
  it('lists an unread row without a readable time as unknown, never as not waiting', () => {
    const [never, answered, waiting] = waitingConversations(
      page([
        { id: 'n', buyerName: 'Nina', unread: true, lastAt: null },
        { id: 'a', buyerName: 'Ani', unread: true, lastAt: null },
        { id: 'w', buyerName: 'Wati', unread: true, lastAt: null },
      ]),
      {
        a: { buyerName: 'Ani', waitingSince: null, lastAt: 1000 },
        w: { buyerName: 'Wati', waitingSince: 900, lastAt: 1000 },
      },
    );
    expect(never?.state).toEqual({ waitingSince: null, unreadable: 'time' });
    // Answered when read, unread again now with no time to compare: the buyer may have written since.
    expect(answered?.state).toEqual({ waitingSince: null, unreadable: 'time' });
    // Already waiting: a newer message does not move the start of the wait.
    expect(waiting?.state).toEqual({ waitingSince: 900 });
  });

  it('keeps what was read of a conversation whose messages could not tell', () => {
    const seen = { u: { buyerName: 'Uli', waitingSince: null, unreadable: 'sender' as const, lastAt: 1000 } };
    const [row] = waitingConversations(
      page([{ id: 'u', buyerName: 'Uli', unread: false, lastAt: 1000 }]),
      seen,
    );
    expect(row?.state).toEqual({ waitingSince: null, unreadable: 'sender' });
  });

  it('trusts what was just read of the open conversation over its row', () => {
    const open = { ...page([{ id: 'o', buyerName: 'Oki', unread: true, lastAt: null }]) };
    open.conversation = { id: 'o', buyerName: 'Oki', messages: [] };
    const [row] = waitingConversations(open, { o: { buyerName: 'Oki', waitingSince: null, lastAt: 1000 } });
    expect(row?.state).toEqual({ waitingSince: null });
  });

  it('takes a row id such as "constructor" for an id, not for something it has seen', () => {
    const [row] = waitingConversations(
      page([{ id: 'constructor', buyerName: 'X', unread: true, lastAt: 7 }]),
      {},
    );
    expect(row?.state).toEqual({ waitingSince: 7 });
  });
});
