import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SigapDb, type StoredReplySample } from '../../lib/db/schema';
import { LangProvider } from '../i18n';
import { ReportsSection } from './ReportsSection';

const NOW = new Date(2026, 10, 24, 15, 0).getTime();
const MIN = 60_000;
let db: SigapDb;
afterEach(async () => {
  await db?.delete();
});

const sample = (
  market: 'shopee' | 'tokopedia',
  conv: string,
  minutesAgo: number,
  latencyMin: number,
): StoredReplySample => {
  const buyerAt = NOW - minutesAgo * MIN;
  return {
    id: `${market}:${conv}:${buyerAt}`,
    marketplace: market,
    conversationId: conv,
    buyerAt,
    replyAt: buyerAt + latencyMin * MIN,
    latencyMs: latencyMin * MIN,
    latencyWithinHoursMs: latencyMin * MIN,
    firstReply: true,
  };
};

function renderReports() {
  render(
    <LangProvider>
      <ReportsSection db={db} now={NOW} />
    </LangProvider>,
  );
}

describe('ReportsSection', () => {
  it('shows the headline figures computed from the stored samples, and filters by marketplace', async () => {
    db = new SigapDb('test-reports-1');
    // Latencies 1, 2, 3, 10 min (Shopee) and 30 min (Tokopedia); target 5 min.
    await db.replySamples.bulkPut([
      sample('shopee', 'a', 200, 1),
      sample('shopee', 'b', 180, 2),
      sample('shopee', 'c', 160, 3),
      sample('shopee', 'd', 140, 10),
      sample('tokopedia', 'e', 120, 30),
    ]);
    renderReports();
    const headline = await screen.findByTestId('headline');
    // Nearest rank: median of 5 = 3rd = 3 min; p90 = 5th = 30 min; within 5 min: 3 of 5 = 60%.
    expect(within(headline).getByTestId('count')).toHaveTextContent('5');
    expect(within(headline).getByTestId('median')).toHaveTextContent('3 mnt');
    expect(within(headline).getByTestId('p90')).toHaveTextContent('30 mnt');
    expect(within(headline).getByTestId('within-target')).toHaveTextContent('60%');
    expect(within(headline).getByTestId('rate-12h')).toHaveTextContent('100%');
    await userEvent.selectOptions(screen.getByLabelText('Marketplace'), 'shopee');
    // Shopee only: 1, 2, 3, 10 → median 2nd = 2 min, within target 75%.
    expect(within(headline).getByTestId('count')).toHaveTextContent('4');
    expect(within(headline).getByTestId('median')).toHaveTextContent('2 mnt');
    expect(within(headline).getByTestId('within-target')).toHaveTextContent('75%');
    // A custom range of yesterday only holds none of today's samples.
    await userEvent.click(screen.getByLabelText('Pilih tanggal'));
    await userEvent.type(screen.getByLabelText('Dari tanggal'), '2026-11-23');
    await userEvent.type(screen.getByLabelText('Sampai tanggal'), '2026-11-23');
    expect(await screen.findByTestId('reports-empty')).toBeInTheDocument();
  });

  it('says when there is no data, and exports the range as CSV', async () => {
    db = new SigapDb('test-reports-2');
    renderReports();
    expect(await screen.findByTestId('reports-empty')).toHaveTextContent('Belum ada data balasan');
    await db.replySamples.put(sample('shopee', 'a', 30, 4));
    await screen.findByTestId('headline');
    let blob: Blob | null = null;
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blob = b as Blob;
      return 'blob:x';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    await userEvent.click(screen.getByRole('button', { name: 'Ekspor CSV' }));
    const text = await (blob as unknown as Blob).text();
    const lines = text
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain('shopee');
    expect(lines[1]).toContain('240');
  });
});
