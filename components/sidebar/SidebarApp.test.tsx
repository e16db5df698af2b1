import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { MARKED_PARTS } from '../../lib/marketplaces/parts.test-helper';
import { backgroundMessenger, type InsertOutcome, type PageState } from '../../lib/messaging';
import { hoursItem, langItem, sidebarStateItem } from '../../lib/settings';
import { defaultSnippets } from '../../lib/snippets/defaults';
import { LangProvider } from '../i18n';
import type { ChatEvent, PageLink } from './page-link';
import { SidebarApp } from './SidebarApp';
import { useSidebarStore } from './store';

function fakeLink(outcome: InsertOutcome) {
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
    insert: vi.fn(async () => outcome),
    layoutReport: vi.fn(async () => null),
  };
  return {
    link,
    push: (s: PageState) => act(() => listener?.(s)),
    chat: (e: ChatEvent) =>
      act(() => {
        for (const l of chat) l(e);
      }),
  };
}

const shopeeState: PageState = {
  marketplace: 'shopee',
  marketplaceLabel: 'Shopee',
  url: 'https://seller.shopee.co.id/webchat/conversations/1',
  health: 'ok',
  parts: MARKED_PARTS,
  list: [],
  conversation: {
    id: '1',
    buyerName: 'Rina Wulandari',
    messages: [{ id: 'm1', from: 'buyer', text: 'Kak, ready?', at: 1 }],
  },
};

// The background's answers: an empty catalog, and samples stored.
function answerBackground() {
  return vi
    .spyOn(backgroundMessenger, 'sendMessage')
    .mockImplementation((async (type: string, data: unknown) =>
      type === 'getCatalogPart'
        ? { version: 0, productsJson: '[]' }
        : type === 'getSnippets'
          ? defaultSnippets('id')
          : type === 'recordReplySamples'
            ? { stored: (data as unknown[]).length }
            : undefined) as never);
}

beforeEach(() => {
  useSidebarStore.setState({ page: null, notice: null, inserted: {}, product: null, seen: {} });
  answerBackground();
});

function renderApp(link: PageLink, copy = vi.fn(async () => true)) {
  render(
    <LangProvider>
      <SidebarApp link={link} copy={copy} />
    </LangProvider>,
  );
  return copy;
}

describe('SidebarApp', () => {
  it('shows the conversation and the adapter health the page reports', async () => {
    const { link, push } = fakeLink({ ok: true, strategy: 'x' });
    renderApp(link);
    expect(screen.getByText('Menghubungkan ke halaman…')).toBeInTheDocument();
    push(shopeeState);
    expect(screen.getByTestId('buyer-name')).toHaveTextContent('Rina Wulandari');
    expect(screen.getByTestId('composer-health')).toHaveTextContent('Kotak chat: penanda Shopee');
    expect(screen.getByTestId('composer-health')).toHaveAttribute('data-found', 'true');
    push({
      ...shopeeState,
      conversation: null,
      health: 'unknown-layout',
      parts: { ...shopeeState.parts, composer: 'none' },
    });
    expect(screen.getByText(/tidak dikenali/)).toBeInTheDocument();
    expect(screen.getByTestId('composer-health')).toHaveAttribute('data-found', 'false');
  });

  it('inserts through the page link and reports success', async () => {
    const { link, push } = fakeLink({ ok: true, strategy: 'execCommand' });
    const copy = renderApp(link);
    push(shopeeState);
    await userEvent.type(screen.getByLabelText('Teks untuk dikirim'), 'Halo Kak');
    await userEvent.click(screen.getByRole('button', { name: 'Sisipkan ke chat' }));
    expect(link.insert).toHaveBeenCalledWith('Halo Kak', undefined);
    expect(await screen.findByTestId('notice')).toHaveTextContent('Disisipkan');
    expect(copy).not.toHaveBeenCalled();
  });

  it('says so when the text went into a chat box that was only guessed', async () => {
    const { link, push } = fakeLink({ ok: true, strategy: 'execCommand', guessed: true });
    renderApp(link);
    push(shopeeState);
    await userEvent.type(screen.getByLabelText('Teks untuk dikirim'), 'Halo Kak');
    await userEvent.click(screen.getByRole('button', { name: 'Sisipkan ke chat' }));
    expect(await screen.findByTestId('notice')).toHaveTextContent('Periksa sebelum mengirim');
  });

  it('falls back to the clipboard when the page has no chat box, and says so', async () => {
    const { link } = fakeLink({ ok: false, reason: 'no-composer' });
    const copy = renderApp(link);
    await userEvent.type(
      screen.getByLabelText('Teks untuk dikirim'),
      'Stok ready{Control>}{Enter}{/Control}',
    );
    expect(copy).toHaveBeenCalledWith('Stok ready');
    expect(await screen.findByTestId('notice')).toHaveTextContent('disalin ke clipboard');
  });

  it('collapses to a tab and remembers it', async () => {
    const { link } = fakeLink({ ok: true, strategy: 'x' });
    renderApp(link);
    await userEvent.click(screen.getByRole('button', { name: 'Ciutkan sidebar' }));
    expect((await sidebarStateItem.getValue()).open).toBe(false);
    await userEvent.click(await screen.findByRole('button', { name: 'Buka sidebar Sigap' }));
    expect((await sidebarStateItem.getValue()).open).toBe(true);
  });

  it('follows the language setting', async () => {
    const { link } = fakeLink({ ok: true, strategy: 'x' });
    renderApp(link);
    await act(() => langItem.setValue('en'));
    expect(await screen.findByRole('button', { name: 'Insert into chat' })).toBeInTheDocument();
  });

  it('runs the reply clock for a waiting buyer and stores answered stretches', async () => {
    const send = answerBackground();
    const recorded = () => send.mock.calls.filter(([type]) => type === 'recordReplySamples');
    const { link, push } = fakeLink({ ok: true, strategy: 'x' });
    renderApp(link);
    const now = Date.now();
    push({
      ...shopeeState,
      conversation: {
        id: '1',
        buyerName: 'Rina',
        messages: [{ id: 'b1', from: 'buyer', text: 'Halo, ready kak?', at: now - 10 * 60_000 }],
      },
    });
    expect(document.querySelector('[data-status]')?.getAttribute('data-status')).toBe('due');
    expect(recorded()).toEqual([]);
    push({
      ...shopeeState,
      conversation: {
        id: '1',
        buyerName: 'Rina',
        messages: [
          { id: 'b1', from: 'buyer', text: 'Halo, ready kak?', at: now - 10 * 60_000 },
          { id: 's1', from: 'seller', text: 'Ready kak, terima kasih', at: now - 60_000 },
        ],
      },
    });
    expect(document.querySelector('[data-status]')?.getAttribute('data-status')).toBe('idle');
    expect(recorded()).toHaveLength(1);
    expect(send).toHaveBeenCalledWith('recordReplySamples', [
      expect.objectContaining({ conversationId: '1', latencyMs: 9 * 60_000, firstReply: true }),
    ]);
    expect(screen.getByText('Menjawab').closest('li')).toHaveAttribute('data-done', 'true');
  });

  it('lists the unread chats of the page in "Menunggu balasan", following a change of the list alone', async () => {
    const { link, push } = fakeLink({ ok: true, strategy: 'x' });
    renderApp(link);
    const now = Date.now();
    const row = (n: number, unread = true) => ({
      id: `name:B${n}`,
      buyerName: `B${n}`,
      unread,
      lastAt: now - n * 60_000,
    });
    const waiting = () => [...document.querySelectorAll('.waiting-list__buyer')].map((b) => b.textContent);
    push({ ...shopeeState, list: [row(1), row(2), row(3, false)] });
    // The open conversation (read: Rina has waited since her message at 1 ms after 1970) and the
    // unread rows, longest wait first.
    expect(waiting()).toEqual(['Rina Wulandari', 'B2', 'B1']);
    // What page-link.ts sends when only the list changed: the same conversation, a new list.
    const state = useSidebarStore.getState().page!;
    push({ ...state, list: [row(1, false), row(2), row(3), row(4)] });
    expect(waiting()).toEqual(['Rina Wulandari', 'B4', 'B3', 'B2']);
    expect(document.querySelector('.waiting-list')).toHaveAttribute('data-count', '4');
  });

  it('expands a typed trigger into the rendered snippet, replacing the trigger, caret at {kursor}', async () => {
    const { link, push, chat } = fakeLink({ ok: true, strategy: 'x' });
    renderApp(link);
    push(shopeeState);
    await screen.findByRole('combobox', { name: 'Cari template' });
    chat({ type: 'expand-trigger', trigger: 'salam', start: 4, end: 10 });
    await vi.waitFor(() => expect(link.insert).toHaveBeenCalled());
    const [text, options] = (link.insert as ReturnType<typeof vi.fn>).mock.calls[0]!;
    expect(text).toMatch(/^Selamat (pagi|siang|sore|malam) Kak Rina Wulandari 😊/);
    expect(options).toEqual({ replace: { start: 4, end: 10 }, cursor: (text as string).length });
    chat({ type: 'snippet-hotkey', combo: 'Alt+C' });
    await vi.waitFor(() => expect(link.insert).toHaveBeenCalledTimes(2));
    expect((link.insert as ReturnType<typeof vi.fn>).mock.calls[1]![0]).toMatch(/^Terima kasih, Kak Rina/);
  });

  it('warns about a rude draft with the words marked, and offers a calm SOP snippet', async () => {
    const { link, push, chat } = fakeLink({ ok: true, strategy: 'x' });
    renderApp(link);
    push(shopeeState);
    await screen.findByRole('combobox', { name: 'Cari template' });
    chat({ type: 'draft', text: 'Makanya baca deskripsi, dasar bego!!!' });
    const alert = await screen.findByRole('alert');
    expect([...alert.querySelectorAll('mark')].map((m) => m.textContent)).toEqual([
      'Makanya baca',
      'dasar bego',
      '!!!',
    ]);
    await userEvent.click(screen.getByRole('button', { name: 'Sisipkan saran' }));
    await vi.waitFor(() => expect(link.insert).toHaveBeenCalled());
    expect((link.insert as ReturnType<typeof vi.fn>).mock.calls[0]![0]).toMatch(/kami lanjutkan di chat ini/);
    chat({ type: 'draft', text: 'Baik Kak, kami cek dulu ya' });
    await vi.waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
  });

  it('says when the shop is closed and lists the away template first', async () => {
    await hoursItem.setValue({ days: Array.from({ length: 7 }, () => []), holidays: [] });
    const { link, push } = fakeLink({ ok: true, strategy: 'x' });
    renderApp(link);
    push(shopeeState);
    expect(await screen.findByTestId('hours-banner')).toHaveTextContent('Di luar jam operasional');
    const first = (await screen.findAllByRole('option')).find((o) => o.closest('.snippet-list'));
    expect(first).toHaveTextContent('Di luar jam operasional');
  });
});
