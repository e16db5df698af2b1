import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MARKED_PARTS } from '../../lib/marketplaces/parts.test-helper';
import type { PageState } from '../../lib/messaging';
import { langItem } from '../../lib/settings';
import { LangProvider } from '../i18n';
import { ReadingReport } from './ReadingReport';

const page = (over: Partial<PageState> = {}): PageState => ({
  marketplace: 'tokopedia',
  marketplaceLabel: 'Tokopedia',
  url: 'https://seller-id.tokopedia.com/chat/inbox/current',
  conversation: { id: 'name:Rina', buyerName: 'Rina', messages: [] },
  list: [],
  health: 'ok',
  parts: MARKED_PARTS,
  ...over,
});

describe('ReadingReport', () => {
  it('names the marketplace markers and keeps the details folded when everything is sure', () => {
    render(<ReadingReport page={page()} />);
    expect(screen.getByTestId('composer-health')).toHaveTextContent('Kotak chat: penanda Tokopedia');
    expect(screen.getByTestId('reading-report')).not.toHaveAttribute('open');
  });

  it('says a guessed chat box is a guess, opens the details and marks what is unsure', () => {
    render(
      <ReadingReport
        page={page({ parts: { ...MARKED_PARTS, composer: 'focus', senders: 'geometry', times: 'none' } })}
      />,
    );
    expect(screen.getByTestId('composer-health')).toHaveTextContent(
      'Kotak chat: tebakan dari fokus terakhir (periksa sebelum mengirim)',
    );
    const report = screen.getByTestId('reading-report');
    expect(report).toHaveAttribute('open');
    expect(within(report).getByText(/jam balas dan saran bisa meleset/)).toBeInTheDocument();
    const senders = report.querySelector('[data-part="senders"] dd');
    expect(senders).toHaveTextContent('tebakan dari letak di halaman');
    expect(senders).toHaveClass('unsure');
    expect(report.querySelector('[data-part="times"] dd')).toHaveTextContent('tidak terbaca');
  });

  it('counts an older layout and a learned side as sure, and speaks English', async () => {
    await langItem.setValue('en');
    render(
      <LangProvider>
        <ReadingReport page={page({ parts: { ...MARKED_PARTS, composer: 'older', senders: 'learned' } })} />
      </LangProvider>,
    );
    expect(await screen.findByText("Chat box: Tokopedia's older layout")).toBeInTheDocument();
    expect(screen.getByTestId('reading-report')).not.toHaveAttribute('open');
  });

  it('says it is connecting before the page answers', () => {
    render(<ReadingReport page={null} />);
    expect(screen.getByTestId('composer-health')).toHaveAttribute('data-found', 'false');
    expect(screen.getByRole('status')).toHaveTextContent('Menghubungkan');
  });
});
