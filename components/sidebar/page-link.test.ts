import { beforeEach, describe, expect, it, vi } from 'vitest';
import { type Browser, browser } from 'wxt/browser';
import { MARKED_PARTS } from '../../lib/marketplaces/parts.test-helper';
import type { ContentToSidebar, PageState, PageView } from '../../lib/messaging';
import { connectPageLink } from './page-link';

// The sidebar's end of the port: the page state and the conversation list arrive apart and are put
// back together, the list the same array until it changes.

const VIEW: PageView = {
  marketplace: 'shopee',
  marketplaceLabel: 'Shopee',
  url: 'https://seller.shopee.co.id/new-webchat/conversations',
  health: 'ok',
  parts: MARKED_PARTS,
  conversation: { id: 'name:Rina', buyerName: 'Rina', messages: [] },
};

let deliver: (message: ContentToSidebar) => void;

beforeEach(() => {
  vi.spyOn(browser.tabs, 'getCurrent').mockResolvedValue({ id: 7 } as never);
  vi.spyOn(browser.tabs, 'connect').mockImplementation(
    () =>
      ({
        postMessage: () => {},
        onMessage: { addListener: (l: typeof deliver) => (deliver = l) },
        onDisconnect: { addListener: () => {} },
      }) as unknown as Browser.runtime.Port,
  );
});

async function link() {
  const states: PageState[] = [];
  const chat: unknown[] = [];
  const page = connectPageLink();
  page.onState((s) => states.push(s));
  page.onChatEvent((e) => chat.push(e));
  await vi.waitFor(() => expect(browser.tabs.connect).toHaveBeenCalled());
  return { states, chat };
}

const rows = (...list: unknown[]) => JSON.stringify(list);

describe('connectPageLink', () => {
  it('puts the page state and the conversation list back together', async () => {
    const { states } = await link();
    deliver({ type: 'conversations', reset: true, rows: rows(['name:Budi', 'Budi', 1, null]), gone: '[]' });
    // No page state yet: nothing to show the list with.
    expect(states).toEqual([]);
    deliver({ type: 'page-state', state: VIEW });
    expect(states).toEqual([
      { ...VIEW, list: [{ id: 'name:Budi', buyerName: 'Budi', unread: true, lastAt: null }] },
    ]);
    deliver({ type: 'conversations', reset: false, rows: rows(['name:Sari', 'Sari', 0, null]), gone: '[]' });
    expect(states.at(-1)?.list.map((r) => r.id)).toEqual(['name:Budi', 'name:Sari']);
    // The rest of the state is the same object: only the list changed.
    expect(states.at(-1)?.conversation).toBe(states[0]?.conversation);
  });

  it('keeps the same list array across page states, and sends nothing for a change that changes nothing', async () => {
    const { states } = await link();
    deliver({ type: 'page-state', state: VIEW });
    deliver({ type: 'conversations', reset: true, rows: rows(['name:Budi', 'Budi', 1, null]), gone: '[]' });
    const list = states.at(-1)?.list;
    deliver({ type: 'page-state', state: { ...VIEW, health: 'no-composer' } });
    expect(states.at(-1)?.list).toBe(list);
    const count = states.length;
    deliver({ type: 'conversations', reset: false, rows: rows(['name:Budi', 'Budi', 1, null]), gone: '[]' });
    deliver({ type: 'conversations', reset: false, rows: 'not json', gone: '[]' });
    expect(states).toHaveLength(count);
  });

  it('passes on only the chat events it knows', async () => {
    const { chat } = await link();
    deliver({ type: 'draft', text: 'halo' });
    deliver({ type: 'something-else' } as unknown as ContentToSidebar);
    expect(chat).toEqual([{ type: 'draft', text: 'halo' }]);
  });
});
