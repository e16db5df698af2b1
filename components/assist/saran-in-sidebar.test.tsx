import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { SAMPLE_CATALOG } from '../../lib/catalog/sample';
import { createCatalogIndex } from '../../lib/catalog/search';
import { MARKED_PARTS } from '../../lib/marketplaces/parts.test-helper';
import type { ChatMessage } from '../../lib/marketplaces/types';
import { backgroundMessenger, type InsertOutcome, type PageState } from '../../lib/messaging';
import { defaultSnippets } from '../../lib/snippets/defaults';
import { LangProvider } from '../i18n';
import { searchTransport } from '../search/catalog-search';
import type { ChatEvent, PageLink } from '../sidebar/page-link';
import { SidebarApp } from '../sidebar/SidebarApp';
import { useSidebarStore } from '../sidebar/store';

// Saran wired into the sidebar: at the top, from the same catalog as the product search (the
// background's index, its status asked once), inserting through the sidebar's own insertion path.

function fakeLink() {
  let listener: ((s: PageState) => void) | null = null;
  const chat = new Set<(e: ChatEvent) => void>();
  const link: PageLink = {
    onState: (l) => {
      listener = l;
      return () => {
        listener = null;
      };
    },
    onFocusSearch: () => () => {},
    onChatEvent: (l) => {
      chat.add(l);
      return () => chat.delete(l);
    },
    focusComposer: vi.fn(),
    openConversation: vi.fn(),
    layoutReport: async () => null,
    insert: vi.fn(async (): Promise<InsertOutcome> => ({ ok: true, strategy: 'test' })),
  };
  return {
    link,
    push: (s: PageState) => act(() => listener?.(s)),
    draft: (text: string) =>
      act(() => {
        for (const l of chat) l({ type: 'draft', text });
      }),
  };
}

const state = (messages: ChatMessage[]): PageState => ({
  marketplace: 'tokopedia',
  marketplaceLabel: 'Tokopedia',
  url: 'https://seller-id.tokopedia.com/chat/inbox/current',
  health: 'ok',
  parts: MARKED_PARTS,
  list: [],
  conversation: { id: 'name:Dewi', buyerName: 'Dewi', messages },
});

const index = createCatalogIndex([...SAMPLE_CATALOG]);
let statusAsked = 0;
beforeEach(() => {
  statusAsked = 0;
  useSidebarStore.setState({ page: null, notice: null, inserted: {}, product: null, seen: {} });
  vi.spyOn(backgroundMessenger, 'sendMessage').mockImplementation((async (type: string, data: unknown) => {
    if (type === 'catalogStatus') {
      statusAsked++;
      return { version: 1, count: index.size };
    }
    if (type === 'getSnippets') return defaultSnippets('id');
    if (type === 'recordReplySamples') return { stored: (data as unknown[]).length };
    return undefined;
  }) as never);
  vi.spyOn(searchTransport, 'request').mockImplementation(async ({ queries, limit }) => ({
    version: 1,
    count: index.size,
    results: queries.map((q) => index.search(q, limit)),
  }));
});

describe('Saran in the sidebar', () => {
  it('comes first, suggests from the shared catalog, and inserts through the page link', async () => {
    const { link, push } = fakeLink();
    render(
      <LangProvider>
        <SidebarApp link={link} copy={vi.fn(async () => true)} />
      </LangProvider>,
    );
    push(
      state([
        { id: '1', from: 'buyer', text: 'Kak celana chino slim fit yang krem ukuran 32 ready?', at: 1 },
      ]),
    );
    const product = await screen.findByTestId('suggested-product');
    expect(product).toHaveAttribute('data-variant-sku', 'CHN-SLM-KRM-32');
    // At the top: before the conversation card and the search.
    const main = screen.getByRole('main');
    expect(main.querySelector('header + *')).toBe(screen.getByTestId('saran'));
    // One catalog load for the search and Saran together (16 parts).
    // One catalog for the search and Saran: its status asked once, not once per consumer.
    expect(statusAsked).toBe(1);
    await userEvent.click(within(product).getAllByRole('button')[0]!);
    expect(link.insert).toHaveBeenCalledWith(
      'Celana Chino Slim Fit Stretch — Krem, 32: Rp159.000, stok 6',
      undefined,
    );
    expect(await screen.findByTestId('notice')).toHaveTextContent('Disisipkan');
    // The search still finds products in the same index.
    await userEvent.type(screen.getByRole('combobox', { name: /Cari produk/i }), 'tumbler');
    expect(await screen.findByRole('option', { name: /Tumbler Stainless/ })).toBeInTheDocument();
  });

  it('does not read what the agent types', async () => {
    const { link, push, draft } = fakeLink();
    render(
      <LangProvider>
        <SidebarApp link={link} copy={vi.fn(async () => true)} />
      </LangProvider>,
    );
    push(state([{ id: '1', from: 'buyer', text: 'halo kak', at: 1 }]));
    await screen.findAllByTestId('suggested-snippet');
    draft('maaf kak barangnya rusak, refund ya');
    expect(screen.getAllByTestId('suggested-snippet').map((s) => s.dataset.trigger)).toEqual([
      '/salam',
      '/bantu',
    ]);
  });
});
