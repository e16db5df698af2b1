import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MARKED_PARTS } from '../../lib/marketplaces/parts.test-helper';
import type { ChatMessage } from '../../lib/marketplaces/types';
import type { PageState } from '../../lib/messaging';
import { LangProvider } from '../i18n';
import { ReplyClockPanel } from './ReplyClockPanel';

const MIN = 60_000;

function page(messages: ChatMessage[]): PageState {
  return {
    marketplace: 'tokopedia',
    marketplaceLabel: 'Tokopedia',
    url: 'https://seller.tokopedia.com/chat/1',
    health: 'ok',
    parts: MARKED_PARTS,
    list: [],
    conversation: { id: '1', buyerName: 'Rina', messages },
  };
}

function renderPanel(state: PageState) {
  render(
    <LangProvider>
      <ReplyClockPanel page={state} inserted={[]} live />
    </LangProvider>,
  );
  return screen.getByTestId('wait-time').parentElement!;
}

describe('ReplyClockPanel', () => {
  it('says the message times cannot be read instead of "Sudah dibalas" while the buyer waits', () => {
    const now = Date.now();
    const badge = renderPanel(
      page([
        { id: 'b1', from: 'buyer', text: 'Kak, ready?', at: now - 30 * MIN },
        { id: 's1', from: 'seller', text: 'Ready kak', at: now - 25 * MIN },
        // The buyer wrote again; the page's time stamp for it could not be read.
        { id: 'b2', from: 'buyer', text: 'Bisa kirim hari ini?', at: null, rawTime: '??' },
      ]),
    );
    expect(badge).toHaveAttribute('data-status', 'unknown');
    expect(screen.getByTestId('wait-time')).toHaveTextContent('waktu pesan tidak terbaca');
    expect(screen.getByRole('status')).toHaveTextContent('Belum pasti');
    expect(screen.queryByText('Sudah dibalas')).not.toBeInTheDocument();
    expect(badge).toHaveTextContent('Cek sendiri apakah pembeli sudah dibalas.');
  });

  it('says the senders cannot be read when a message after the reply has no known sender', () => {
    const now = Date.now();
    const badge = renderPanel(
      page([
        { id: 'b1', from: 'buyer', text: 'Kak?', at: now - 30 * MIN },
        { id: 's1', from: 'seller', text: 'Ya kak', at: now - 25 * MIN },
        // What an adapter that cannot tell bubble sides apart would report.
        { id: 'x1', from: 'unknown' as ChatMessage['from'], text: 'ok', at: now - 20 * MIN },
      ]),
    );
    expect(badge).toHaveAttribute('data-status', 'unknown');
    expect(screen.getByTestId('wait-time')).toHaveTextContent('pengirim pesan tidak terbaca');
  });

  it('still says "Sudah dibalas" when the page shows the reply after the question, times or not', () => {
    const answered = renderPanel(
      page([
        { id: 'b1', from: 'buyer', text: 'Kak?', at: null },
        { id: 's1', from: 'seller', text: 'Ya kak', at: null },
      ]),
    );
    expect(answered).toHaveAttribute('data-status', 'idle');
    expect(screen.getByRole('status')).toHaveTextContent('Sudah dibalas');
  });
});
