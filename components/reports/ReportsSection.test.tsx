import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SigapDb, type StoredReplySample } from '../../lib/db/schema';
import { langItem } from '../../lib/settings';
import { saveConnection } from '../../lib/team/connection-store';
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

const ofAgent = (agent: string, s: StoredReplySample): StoredReplySample => ({
  ...s,
  id: `${s.id}@${agent}`,
  agent,
});

/** Clicks a CSV button and returns the exported text, without the byte-order mark, as lines. */
async function exportedLines(button: HTMLElement): Promise<{ name: string; lines: string[] }> {
  let blob: Blob | null = null;
  let name = '';
  vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
    blob = b as Blob;
    return 'blob:x';
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    name = this.download;
  });
  await userEvent.click(button);
  click.mockRestore();
  const text = await (blob as unknown as Blob).text();
  return {
    name,
    lines: text
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/),
  };
}

const cell = (row: HTMLElement, col: string) => row.querySelector(`[data-col="${col}"]`)?.textContent;

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

  it('shows no per-agent view for a lone browser', async () => {
    db = new SigapDb('test-reports-3');
    await db.replySamples.bulkPut([sample('shopee', 'a', 30, 4), sample('shopee', 'b', 40, 2)]);
    renderReports();
    await screen.findByTestId('headline');
    expect(screen.queryByTestId('by-agent')).toBeNull();
    expect(screen.queryAllByTestId('agent-row')).toHaveLength(0);
  });

  it('gives a row per agent and the whole shop, once samples come from two agents', async () => {
    db = new SigapDb('test-reports-4');
    await db.replySamples.bulkPut([
      // This browser, not connected: 1, 3 min.
      sample('shopee', 'a', 200, 1),
      sample('shopee', 'b', 180, 3),
      // rina: 10, 20 min, and her own copy of chat "a".
      ofAgent('rina', sample('shopee', 'c', 160, 10)),
      ofAgent('rina', sample('tokopedia', 'd', 140, 20)),
      ofAgent('rina', sample('shopee', 'a', 200, 1)),
    ]);
    renderReports();
    const table = await screen.findByTestId('by-agent');
    const rows = within(table).getAllByTestId('agent-row');
    expect(rows.map((r) => r.dataset.agent)).toEqual(['Browser ini', 'rina']);
    const [local, rina] = rows as [HTMLElement, HTMLElement];
    expect(within(local).getByRole('rowheader')).toHaveTextContent('Browser ini');
    expect([cell(local, 'count'), cell(local, 'median'), cell(local, 'p90')]).toEqual([
      '2',
      '1 mnt',
      '3 mnt',
    ]);
    expect([cell(local, 'within-target'), cell(local, 'rate-12h')]).toEqual(['100%', '100%']);
    // rina: 1, 10, 20 → median 10, p90 20, within 5 min 1 of 3.
    expect([cell(rina, 'count'), cell(rina, 'median'), cell(rina, 'p90')]).toEqual(['3', '10 mnt', '20 mnt']);
    expect(cell(rina, 'within-target')).toBe('33.3%');
    // The shop counts chat "a" once: 1, 3, 10, 20 → median 3, p90 20, within target 50%.
    const shop = within(table).getByTestId('shop-row');
    expect([cell(shop, 'count'), cell(shop, 'median'), cell(shop, 'p90')]).toEqual(['4', '3 mnt', '20 mnt']);
    expect(cell(shop, 'within-target')).toBe('50%');
    expect(within(screen.getByTestId('headline')).getByTestId('count')).toHaveTextContent('4');
    // The marketplace filter applies to the agents too.
    await userEvent.selectOptions(screen.getByLabelText('Marketplace'), 'tokopedia');
    expect(
      within(screen.getByTestId('by-agent'))
        .getAllByTestId('agent-row')
        .map((r) => r.dataset.agent),
    ).toEqual(['rina']);
  });

  it('exports one agent’s samples, and the whole shop with an agent column', async () => {
    db = new SigapDb('test-reports-5');
    await db.replySamples.bulkPut([
      sample('shopee', 'mine', 100, 4),
      ofAgent('rina', sample('shopee', 'hers', 90, 2)),
      ofAgent('=rina', sample('tokopedia', 'forged', 80, 6)),
    ]);
    renderReports();
    await screen.findByTestId('by-agent');
    const rinaCsv = await exportedLines(screen.getByRole('button', { name: 'Ekspor CSV rina' }));
    expect(rinaCsv.name).toBe('sigap-balasan-rina-2026-11-24.csv');
    expect(rinaCsv.lines).toHaveLength(2);
    expect(rinaCsv.lines[0]?.startsWith('agen,marketplace,id_percakapan,')).toBe(true);
    expect(rinaCsv.lines[1]?.startsWith('rina,shopee,hers,')).toBe(true);
    expect(rinaCsv.lines[1]).toContain(',120,');

    const mine = await exportedLines(screen.getByRole('button', { name: 'Ekspor CSV Browser ini' }));
    expect(mine.lines.slice(1)).toHaveLength(1);
    expect(mine.lines[1]?.startsWith('Browser ini,shopee,mine,')).toBe(true);

    const shop = await exportedLines(screen.getByRole('button', { name: 'Ekspor CSV seluruh toko' }));
    expect(shop.name).toBe('sigap-balasan-2026-11-24.csv');
    expect(shop.lines.slice(1).map((l) => l.split(',').slice(0, 3).join(','))).toEqual([
      'Browser ini,shopee,mine',
      'rina,shopee,hers',
      // An agent name from the server is a spreadsheet cell like any other: no formula.
      "'=rina,tokopedia,forged",
    ]);
    // The toolbar button exports the same whole-shop file.
    const toolbar = await exportedLines(screen.getByRole('button', { name: 'Ekspor CSV' }));
    expect(toolbar.lines).toEqual(shop.lines);
  });

  it('names this browser’s samples by the connected login, and shows the view once connected', async () => {
    db = new SigapDb('test-reports-6');
    await saveConnection(db, {
      url: 'https://couch.example',
      database: 'toko',
      username: 'ani',
      password: 'x',
    });
    await db.replySamples.bulkPut([sample('shopee', 'a', 30, 4)]);
    renderReports();
    const row = await screen.findByTestId('agent-row');
    expect(row.dataset.agent).toBe('ani');
    expect(within(row).getByRole('rowheader')).toHaveTextContent('ani (Anda)');
    expect(cell(within(screen.getByTestId('by-agent')).getByTestId('shop-row'), 'count')).toBe('1');
  });

  it('speaks English too', async () => {
    db = new SigapDb('test-reports-7');
    await db.replySamples.bulkPut([
      sample('shopee', 'a', 30, 4),
      ofAgent('rina', sample('shopee', 'b', 40, 2)),
    ]);
    await langItem.setValue('en');
    renderReports();
    const table = await screen.findByTestId('by-agent');
    expect(within(table).getAllByTestId('agent-row')[0]?.dataset.agent).toBe('This browser');
    expect(within(table).getByRole('button', { name: 'Export CSV of the whole shop' })).toBeInTheDocument();
    expect(within(table).getByTestId('shop-row')).toHaveTextContent('Whole shop');
  });
});
