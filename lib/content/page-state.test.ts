import { describe, expect, it } from 'vitest';
import type { MarketplaceAdapter } from '../marketplaces/types';
import { readPageState } from './page-state';

function adapter(overrides: Partial<MarketplaceAdapter>): MarketplaceAdapter {
  return {
    id: 'shopee',
    label: 'Shopee',
    isChatPage: () => true,
    readConversation: () => ({ id: null, buyerName: null, messages: [] }),
    findComposer: () => null,
    findSendButton: () => null,
    listConversations: () => [],
    watch: () => {},
    ...overrides,
  };
}

const url = 'https://seller.shopee.co.id/webchat/conversations/1';

describe('readPageState', () => {
  it('is healthy when the conversation and the chat box are found', () => {
    const box = document.createElement('textarea');
    const state = readPageState(
      adapter({
        readConversation: () => ({ id: '1', buyerName: 'Rina', messages: [] }),
        findComposer: () => box,
      }),
      document,
      url,
    );
    expect(state).toMatchObject({ marketplace: 'shopee', health: 'ok', conversation: { buyerName: 'Rina' } });
  });

  it('says the chat box is missing when only the conversation is recognised', () => {
    const state = readPageState(
      adapter({
        readConversation: () => ({
          id: '1',
          buyerName: null,
          messages: [{ id: 'a', from: 'buyer', text: 'p', at: 1 }],
        }),
      }),
      document,
      url,
    );
    expect(state.health).toBe('no-composer');
  });

  it('reports an unknown layout, and survives an adapter that throws', () => {
    expect(readPageState(adapter({}), document, url)).toMatchObject({
      health: 'unknown-layout',
      conversation: null,
    });
    const broken = adapter({
      readConversation: () => {
        throw new Error('selector bug');
      },
    });
    expect(readPageState(broken, document, url).health).toBe('unknown-layout');
  });
});
