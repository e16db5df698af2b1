import { describe, expect, it } from 'vitest';
import { MARKED_PARTS } from '../../lib/marketplaces/parts.test-helper';
import type { PageState } from '../../lib/messaging';
import { leftWithoutClosing } from './closing-reminder';

const page = (id: string, messages: [string, 'buyer' | 'seller', number][]): PageState => ({
  marketplace: 'shopee',
  marketplaceLabel: 'Shopee',
  url: 'u',
  health: 'ok',
  parts: MARKED_PARTS,
  list: [],
  conversation: {
    id,
    buyerName: `Buyer ${id}`,
    messages: messages.map(([text, from, at], i) => ({ id: `${i}`, text, from, at })),
  },
});

describe('leftWithoutClosing', () => {
  it('names the buyer of a worked conversation left without a closing', () => {
    const worked = page('a', [
      ['Kak, ready?', 'buyer', 1],
      ['Ready kak', 'seller', 2],
    ]);
    expect(leftWithoutClosing(worked, page('b', []), {})).toBe('Buyer a');
  });

  it('stays quiet when the conversation was closed, untouched, or is still the same', () => {
    const closed = page('a', [
      ['Kak, ready?', 'buyer', 1],
      ['Ready kak, terima kasih!', 'seller', 2],
    ]);
    expect(leftWithoutClosing(closed, page('b', []), {})).toBeNull();
    expect(leftWithoutClosing(page('a', [['Halo', 'buyer', 1]]), page('b', []), {})).toBeNull();
    const worked = page('a', [['Ready kak', 'seller', 2]]);
    expect(leftWithoutClosing(worked, worked, {})).toBeNull();
    // A closing snippet inserted through Sigap counts too.
    expect(
      leftWithoutClosing(worked, page('b', []), {
        'shopee:a': [{ type: 'snippet', category: 'closing', action: 'inserted' }],
      }),
    ).toBeNull();
  });
});
