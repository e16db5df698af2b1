import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { SAMPLE_CATALOG } from '../../lib/catalog/sample';
import { createCatalogIndex } from '../../lib/catalog/search';
import type { StoredSnippet } from '../../lib/db/schema';
import { MARKED_PARTS } from '../../lib/marketplaces/parts.test-helper';
import type { ChatMessage } from '../../lib/marketplaces/types';
import { backgroundMessenger, type PageState } from '../../lib/messaging';
import { assistItem, hoursItem } from '../../lib/settings';
import { defaultSnippets } from '../../lib/snippets/defaults';
import { LangProvider } from '../i18n';
import { localCatalogSearch } from '../search/catalog-search';
import type { CatalogStatus } from '../search/use-catalog';
import type { ChatEvent, InsertOptions, PageLink } from '../sidebar/page-link';
import { useSidebarStore } from '../sidebar/store';
import { SaranPanel } from './SaranPanel';

const index = createCatalogIndex([...SAMPLE_CATALOG]);
const ready: CatalogStatus = {
  state: 'ready',
  search: localCatalogSearch(index),
  count: index.size,
  loadMs: 1,
};
const snippets = defaultSnippets('id') as StoredSnippet[];
const loadSnippets = async () => snippets;

/** The chat events the content script relays, sent by `chatKey` in the tests. */
let chatListeners: Set<(event: ChatEvent) => void>;
const chatKey = (event: ChatEvent) =>
  act(() => {
    for (const l of chatListeners) l(event);
  });

function fakeLink(): PageLink {
  return {
    onState: () => () => {},
    onFocusSearch: () => () => {},
    onChatEvent: (listener) => {
      chatListeners.add(listener);
      return () => chatListeners.delete(listener);
    },
    insert: vi.fn(async () => ({ ok: true as const, strategy: 'test' })),
    focusComposer: vi.fn(),
    openConversation: vi.fn(),
    layoutReport: async () => null,
  };
}

let n = 0;
const msg = (from: ChatMessage['from'], text: string): ChatMessage => ({
  id: `m${++n}`,
  from,
  text,
  at: n * 1000,
});
const buyer = (text: string) => msg('buyer', text);
const seller = (text: string) => msg('seller', text);

function page(messages: ChatMessage[], id = 'name:Rina'): PageState {
  return {
    marketplace: 'shopee',
    marketplaceLabel: 'Shopee',
    url: 'https://seller.shopee.co.id/new-webchat/conversations',
    health: 'ok',
    parts: MARKED_PARTS,
    list: [],
    conversation: { id, buyerName: 'Rina', messages },
  };
}
const show = (state: PageState) => act(() => useSidebarStore.getState().setPage(state));

function renderPanel(catalog: CatalogStatus = ready) {
  const link = fakeLink();
  const insert = vi.fn(async (_text: string, _options?: InsertOptions) => {});
  const view = render(
    <LangProvider>
      <SaranPanel link={link} insert={insert} catalog={catalog} loadSnippets={loadSnippets} />
    </LangProvider>,
  );
  return { link, insert, view };
}

beforeEach(async () => {
  chatListeners = new Set();
  // The background counts snippet uses; here nobody listens.
  vi.spyOn(backgroundMessenger, 'sendMessage').mockResolvedValue(undefined as never);
  useSidebarStore.setState({ page: null, notice: null, inserted: {}, product: null, seen: {} });
  // 10:00 on a weekday, shop open 08:00–21:00: same-day shipping before the 15:00 cut-off.
  vi.useFakeTimers({ toFake: ['Date'], now: new Date(2026, 3, 7, 10, 0) });
  await hoursItem.setValue({
    days: Array.from({ length: 7 }, () => [{ open: '08:00', close: '21:00' }]),
    holidays: [],
  });
  return () => vi.useRealTimers();
});

describe('SaranPanel', () => {
  it('shows nothing while no buyer message waits for an answer', async () => {
    renderPanel();
    show(page([buyer('halo kak'), seller('Halo Kak Rina')]));
    // Let the snippets load: without them the panel would be empty for another reason.
    await act(async () => {});
    expect(screen.queryByTestId('saran')).toBeNull();
    show(page([buyer('halo kak'), seller('Halo Kak Rina'), buyer('halo kak?')]));
    expect(screen.getByTestId('saran')).toBeInTheDocument();
    act(() => useSidebarStore.setState({ page: { ...page([]), conversation: null } }));
    expect(screen.queryByTestId('saran')).toBeNull();
  });

  it('suggests the product the buyer asks about, with the variant named, its price and stock', async () => {
    renderPanel();
    show(page([buyer('hijab pashmina ceruty yg hitam ready kak?')]));
    const product = await screen.findByTestId('suggested-product');
    expect(product).toHaveAttribute('data-sku', 'HJB-PSM');
    expect(product).toHaveAttribute('data-variant-sku', 'HJB-PSM-HTM');
    expect(product).toHaveTextContent('Hitam');
    expect(product).toHaveTextContent('Rp35.000');
    expect(product).toHaveTextContent('stok 50');
  });

  it('inserts the first suggestion with one key: the answer about the variant asked for', async () => {
    const { insert } = renderPanel();
    show(page([buyer('hijab pashmina ceruty yg hitam ready kak?')]));
    await screen.findByTestId('suggested-product');
    await userEvent.tab();
    expect(within(screen.getAllByTestId('suggested-product')[0]!).getAllByRole('button')[0]).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(insert).toHaveBeenCalledWith('Hijab Pashmina Ceruty Babydoll — Hitam: Rp35.000, stok 50');
    expect(useSidebarStore.getState().product?.sku).toBe('HJB-PSM');
    expect(useSidebarStore.getState().inserted['shopee:name:Rina']).toEqual([{ type: 'product-answer' }]);
  });

  it('inserts the first suggestion when the accept key (Alt+S) comes from the chat box', async () => {
    const { insert } = renderPanel();
    show(page([buyer('hijab pashmina ceruty yg mocca ready kak?')]));
    await screen.findByTestId('suggested-product');
    chatKey({ type: 'saran-accept' });
    await vi.waitFor(() =>
      expect(insert).toHaveBeenCalledWith('Hijab Pashmina Ceruty Babydoll — Mocca: Rp35.000, stok 12'),
    );
    expect(insert).toHaveBeenCalledTimes(1);
    expect(screen.getByText(/Alt\+S di kotak chat/)).toBeInTheDocument();
  });

  it('inserts the suggestion chosen with ↑/↓ when the accept key comes after Esc', async () => {
    const { insert, link } = renderPanel();
    show(page([buyer('Kak blender kaca 1.5 liter yang saya terima tabung kacanya retak 😭')]));
    await screen.findByTestId('suggested-snippet');
    await userEvent.tab();
    await userEvent.keyboard('{ArrowDown}{Escape}');
    expect(link.focusComposer).toHaveBeenCalled();
    chatKey({ type: 'saran-accept' });
    await vi.waitFor(() => expect(insert).toHaveBeenCalledTimes(1));
    expect(insert).toHaveBeenCalledWith(expect.stringContaining('Blender Kaca 1.5 Liter 2 Tabung'));
  });

  it('says so when the accept key has nothing to insert, and inserts nothing while Saran is off', async () => {
    const { insert } = renderPanel();
    show(page([buyer('halo kak'), seller('Halo Kak Rina')]));
    await act(async () => {});
    chatKey({ type: 'saran-accept' });
    expect(useSidebarStore.getState().notice).toMatchObject({ kind: 'warn', params: { key: 'Alt+S' } });
    await assistItem.setValue({ enabled: false, sameDayCutoff: '15:00' });
    show(page([buyer('hijab pashmina ceruty yg mocca ready kak?')]));
    await act(async () => {});
    chatKey({ type: 'saran-accept' });
    expect(insert).not.toHaveBeenCalled();
    expect(useSidebarStore.getState().notice?.message.id).toMatch(/^Saran dimatikan/);
  });

  it('chooses with the arrow keys and returns to the chat box with Esc', async () => {
    const { insert, link } = renderPanel();
    show(page([buyer('Kak blender kaca 1.5 liter yang saya terima tabung kacanya retak 😭')]));
    const snippet = await screen.findByTestId('suggested-snippet');
    expect(snippet).toHaveAttribute('data-trigger', '/rusak');
    // The damaged-goods SOP comes first, the product after it.
    const options = screen.getAllByRole('listitem');
    expect(options[0]).toBe(snippet);
    await userEvent.tab();
    await userEvent.keyboard('{ArrowDown}');
    const product = screen.getByTestId('suggested-product');
    expect(product).toHaveAttribute('data-sku', 'BLD-KCA');
    expect(within(product).getAllByRole('button')[0]).toHaveFocus();
    // Both ends wrap around.
    await userEvent.keyboard('{ArrowDown}');
    expect(within(snippet).getAllByRole('button')[0]).toHaveFocus();
    await userEvent.keyboard('{ArrowUp}');
    expect(within(product).getAllByRole('button')[0]).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(insert).toHaveBeenLastCalledWith(expect.stringContaining('Blender Kaca 1.5 Liter 2 Tabung'));
    await userEvent.keyboard('{Escape}');
    expect(link.focusComposer).toHaveBeenCalled();
  });

  it('inserts the SOP for a damaged item, filled in for this buyer, and counts its use', async () => {
    const { insert } = renderPanel();
    show(page([buyer('kak barangnya rusaaak')]));
    const snippet = await screen.findByTestId('suggested-snippet');
    await userEvent.click(within(snippet).getAllByRole('button')[0]!);
    expect(insert).toHaveBeenCalledWith(expect.stringMatching(/^Mohon maaf sekali .*Kak Rina/), {
      cursor: null,
    });
    expect(backgroundMessenger.sendMessage).toHaveBeenCalledWith('snippetUsed', 'default-id-rusak');
    expect(useSidebarStore.getState().inserted['shopee:name:Rina']).toEqual([
      { type: 'snippet', category: 'sop', action: 'inserted' },
    ]);
  });

  it('greets and asks the need for a bare greeting; closes for thanks', async () => {
    renderPanel();
    show(page([buyer('halo kak')]));
    await screen.findAllByTestId('suggested-snippet');
    expect(screen.getAllByTestId('suggested-snippet').map((s) => s.dataset.trigger)).toEqual([
      '/salam',
      '/bantu',
    ]);
    show(page([buyer('halo kak'), seller('Halo'), buyer('makasih kak 🙏')]));
    expect(screen.getAllByTestId('suggested-snippet').map((s) => s.dataset.trigger)).toEqual(['/makasih']);
  });

  it('proposes a three-line reply for a three-question message and inserts it as one message', async () => {
    const { insert } = renderPanel();
    show(
      page([
        buyer('Kak kaos polos cotton combed'),
        seller('Ada kak'),
        buyer('ready warna hitam? ukuran L ada? bisa kirim hari ini?'),
      ]),
    );
    const reply = await screen.findByTestId('saran-reply');
    expect(screen.getAllByRole('listitem')[0]).toBe(reply);
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    const text = insert.mock.calls[0]![0];
    expect(text.split('\n')).toEqual([
      'Kaos Polos Cotton Combed 30s — Hitam, M: Rp59.000, stok 24; Hitam, L: Rp59.000, stok 18; Hitam, XL: Rp62.000, habis',
      'Kaos Polos Cotton Combed 30s — Hitam, L: Rp59.000, stok 18',
      'Bisa dikirim hari ini, Kak, untuk pesanan yang masuk sebelum pukul 15.00 😊',
    ]);
  });

  it('marks the gaps of a reply it cannot fill, and says so after inserting', async () => {
    const { insert } = renderPanel();
    show(page([buyer('kaos polos cotton combed hitam L ready? bahannya adem ga?')]));
    const reply = await screen.findByTestId('saran-reply');
    expect(reply).toHaveAttribute('data-gaps', '1');
    expect(reply).toHaveTextContent('[… bahannya adem ga?]');
    await userEvent.click(within(reply).getAllByRole('button')[0]!);
    expect(insert).toHaveBeenCalledWith(expect.stringContaining('[… bahannya adem ga?]'));
    expect(useSidebarStore.getState().notice).toMatchObject({ kind: 'warn', params: { n: 1 } });
  });

  it('builds one reply from several parts by hand and inserts it as one message', async () => {
    const { insert } = renderPanel();
    show(page([buyer('halo kak, hijab pashmina ceruty yg hitam ready?')]));
    const product = await screen.findByTestId('suggested-product');
    const greeting = screen.getAllByTestId('suggested-snippet').find((s) => s.dataset.trigger === '/salam')!;
    const add = (el: HTMLElement) => userEvent.click(within(el).getByRole('button', { name: /susunan/ }));
    await add(greeting);
    await add(product);
    await add(product); // once is enough
    const parts = screen.getAllByTestId('saran-tray-part');
    expect(parts).toHaveLength(2);
    await userEvent.click(screen.getByRole('button', { name: 'Naikkan bagian 2' }));
    await userEvent.click(screen.getByRole('button', { name: 'Sisipkan sebagai satu pesan' }));
    expect(insert).toHaveBeenCalledTimes(1);
    const [text] = insert.mock.calls[0]!;
    const lines = text.split('\n');
    expect(lines[0]).toBe('Hijab Pashmina Ceruty Babydoll — Hitam: Rp35.000, stok 50');
    expect(lines[1]).toMatch(/^Selamat pagi Kak Rina/);
    expect(screen.queryByTestId('saran-tray')).toBeNull();
  });

  it('adds the chosen suggestion to the reply being built with "+"', async () => {
    renderPanel();
    show(page([buyer('kak barangnya rusak')]));
    await screen.findByTestId('suggested-snippet');
    await userEvent.tab();
    await userEvent.keyboard('+');
    expect(screen.getAllByTestId('saran-tray-part')).toHaveLength(1);
  });

  it('follows new buyer messages and goes away once the shop has answered', async () => {
    renderPanel();
    const first = [buyer('Kak sneakers pria kanvas casual warna putih ukuran 42 ready?')];
    show(page(first));
    expect(await screen.findByTestId('suggested-product')).toHaveAttribute(
      'data-variant-sku',
      'SNK-KNV-PTH-42',
    );
    const second = [...first, buyer('Kalau yang hitam 42 ada juga kak?')];
    show(page(second));
    const product = screen.getByTestId('suggested-product');
    expect(product).not.toHaveAttribute('data-variant-sku');
    expect(product).toHaveTextContent('Putih, 42');
    expect(product).toHaveTextContent('Hitam, 42');
    show(page([...second, seller('Ready kak')]));
    expect(screen.queryByTestId('saran')).toBeNull();
  });

  it('reads only what the buyer wrote: the shop’s messages suggest nothing', async () => {
    renderPanel();
    show(page([buyer('ok'), seller('barangnya rusak? sneakers hitam 42 ready')]));
    show(page([buyer('ok'), seller('barangnya rusak? sneakers hitam 42 ready'), buyer('siap kak')]));
    expect(screen.queryByTestId('saran')).toBeNull();
  });

  it('offers snippets while the catalog loads, and products once it is ready', async () => {
    const { view } = renderPanel({ state: 'loading' });
    show(page([buyer('halo kak, hijab pashmina ceruty yg hitam ready?')]));
    expect(await screen.findByText('Katalog dimuat…')).toBeInTheDocument();
    expect(screen.queryByTestId('suggested-product')).toBeNull();
    view.rerender(
      <LangProvider>
        <SaranPanel link={fakeLink()} insert={vi.fn()} catalog={ready} loadSnippets={loadSnippets} />
      </LangProvider>,
    );
    expect(await screen.findByTestId('suggested-product')).toHaveAttribute('data-sku', 'HJB-PSM');
  });

  it('can be switched off, and stays off', async () => {
    renderPanel();
    show(page([buyer('halo kak')]));
    await screen.findAllByTestId('suggested-snippet');
    await userEvent.click(screen.getByRole('button', { name: 'Matikan Saran' }));
    expect(await assistItem.getValue()).toEqual({ enabled: false, sameDayCutoff: '15:00' });
    await vi.waitFor(() => expect(screen.queryByTestId('saran')).toBeNull());
    show(page([buyer('halo kak'), buyer('ready kak?')]));
    expect(screen.queryByTestId('saran')).toBeNull();
  });

  it('uses the shop’s same-day cut-off', async () => {
    await assistItem.setValue({ enabled: true, sameDayCutoff: '09:30' });
    renderPanel();
    show(page([buyer('kaos polos cotton combed hitam L ready? bisa kirim hari ini?')]));
    await vi.waitFor(() =>
      expect(screen.getByTestId('saran-reply')).toHaveTextContent(
        'Pesanan yang masuk sekarang kami kirim besok',
      ),
    );
  });
});
