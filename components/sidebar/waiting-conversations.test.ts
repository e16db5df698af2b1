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
});
