import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { langItem } from '../../lib/settings';
import { LangProvider } from '../i18n';
import { LayoutReportButton } from './LayoutReportButton';

const REPORT = 'shopee seller.shopee.co.id\nhtml\n  body\n    div#app';

function renderButton(report: string | null, copied = true, initial: 'id' | 'en' = 'id') {
  const link = { layoutReport: vi.fn(async () => report) };
  const copy = vi.fn(async (_text: string) => copied);
  render(
    <LangProvider initial={initial}>
      <LayoutReportButton link={link} copy={copy} />
    </LangProvider>,
  );
  return { link, copy };
}

describe('LayoutReportButton', () => {
  it('copies the report the page sends and says it holds no chat text', async () => {
    const { link, copy } = renderButton(REPORT);
    await userEvent.click(screen.getByRole('button', { name: 'Salin laporan tata letak' }));
    expect(link.layoutReport).toHaveBeenCalledTimes(1);
    expect(copy).toHaveBeenCalledWith(REPORT);
    const status = await screen.findByRole('status');
    expect(status).toHaveTextContent('Laporan tata letak disalin');
    expect(status).toHaveTextContent('tanpa teks chat');
    expect(screen.getByRole('button', { name: 'Salin laporan tata letak' })).toBeEnabled();
  });

  it('copies nothing and says so when the page does not answer', async () => {
    const { copy } = renderButton(null);
    await userEvent.click(screen.getByRole('button', { name: 'Salin laporan tata letak' }));
    expect(await screen.findByRole('status')).toHaveTextContent('belum terhubung');
    expect(copy).not.toHaveBeenCalled();
  });

  it('says when the clipboard refused the report', async () => {
    renderButton(REPORT, false);
    await userEvent.click(screen.getByRole('button', { name: 'Salin laporan tata letak' }));
    expect(await screen.findByRole('status')).toHaveTextContent('tidak bisa disalin');
  });

  it('speaks English when the UI language is English', async () => {
    await langItem.setValue('en');
    const { copy } = renderButton(REPORT, true, 'en');
    await userEvent.click(await screen.findByRole('button', { name: 'Copy layout report' }));
    expect(copy).toHaveBeenCalledWith(REPORT);
    expect(await screen.findByRole('status')).toHaveTextContent('no chat text');
  });
});
