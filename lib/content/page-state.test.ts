import { describe, expect, it } from 'vitest';
import type { MarketplaceAdapter, PageParts, PageRead } from '../marketplaces/types';
import { readPageState } from './page-state';

const NONE: PageParts = {
  composer: 'none',
  send: 'none',
  messages: 'none',
  senders: 'none',
  times: 'none',
  buyer: 'none',
  list: 'none',
};

function adapter(read: Partial<PageRead> | (() => PageRead)): MarketplaceAdapter {
  return {
    id: 'shopee',
    label: 'Shopee',
    isChatPage: () => true,
    read:
      typeof read === 'function'
        ? read
        : () => ({ conversation: null, composer: null, send: null, rows: [], parts: NONE, ...read }),
    findComposer: () => null,
    listConversations: () => [],
    watch: () => {},
  };
}

const url = 'https://seller.shopee.co.id/new-webchat/conversations';

describe('readPageState', () => {
  it('is healthy when the conversation and the chat box are found, and passes on how', () => {
    const box = document.createElement('textarea');
    const parts: PageParts = { ...NONE, composer: 'focus', buyer: 'marker' };
    const state = readPageState(
      adapter({ conversation: { id: 'name:Rina', buyerName: 'Rina', messages: [] }, composer: box, parts }),
      document,
      url,
    );
    expect(state).toMatchObject({
      marketplace: 'shopee',
      health: 'ok',
      conversation: { buyerName: 'Rina' },
      parts,
    });
  });

  it('says the chat box is missing when only the conversation is recognised', () => {
    const state = readPageState(
      adapter({
        conversation: { id: '1', buyerName: null, messages: [{ id: 'a', from: 'buyer', text: 'p', at: 1 }] },
      }),
      document,
      url,
    );
    expect(state.health).toBe('no-composer');
  });

  it("resolves the list rows' times", () => {
    const now = new Date(2026, 10, 12, 11, 0);
    const element = document.createElement('div');
    const state = readPageState(
      adapter({
        rows: [
          {
            id: 'name:Rina',
            buyerName: 'Rina',
            lastMessagePreview: 'p',
            rawTime: '10:15',
            unread: true,
            element,
          },
        ],
      }),
      document,
      url,
      now,
    );
    expect(state.list).toEqual([
      { id: 'name:Rina', buyerName: 'Rina', unread: true, lastAt: new Date(2026, 10, 12, 10, 15).getTime() },
    ]);
  });

  it('reports an unknown layout, and survives an adapter that throws', () => {
    expect(readPageState(adapter({}), document, url)).toMatchObject({
      health: 'unknown-layout',
      conversation: null,
    });
    const broken = adapter(() => {
      throw new Error('selector bug');
    });
    expect(readPageState(broken, document, url)).toMatchObject({ health: 'unknown-layout', parts: NONE });
  });
});
