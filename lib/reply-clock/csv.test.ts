import { describe, expect, it } from 'vitest';
import { protectCell, samplesToCsv } from './csv';
import type { ReplySample } from './samples';

const buyerAt = Date.UTC(2026, 10, 3, 3, 32, 0); // 10:32 WIB
const base: ReplySample = {
  id: 'x',
  marketplace: 'shopee',
  conversationId: 'c1',
  buyerAt,
  replyAt: buyerAt + 192_400,
  latencyMs: 192_400,
  latencyWithinHoursMs: null,
  firstReply: true,
};

describe('samplesToCsv', () => {
  it('writes a header and one row per sample with local ISO times', () => {
    const csv = samplesToCsv(
      [base, { ...base, conversationId: 'c2', firstReply: false, latencyWithinHoursMs: 60_000 }],
      { lang: 'en', timeZone: 'Asia/Jakarta' },
    );
    expect(csv).toBe(
      [
        'marketplace,conversation_id,buyer_message_at,reply_at,reply_time_seconds,reply_time_within_hours_seconds,first_reply',
        'shopee,c1,2026-11-03T10:32:00+07:00,2026-11-03T10:35:12+07:00,192,,yes',
        'shopee,c2,2026-11-03T10:32:00+07:00,2026-11-03T10:35:12+07:00,192,60,no',
        '',
      ].join('\r\n'),
    );
  });

  it('has Indonesian headers', () => {
    const [header] = samplesToCsv([], { lang: 'id' }).split('\r\n');
    expect(header).toBe(
      'marketplace,id_percakapan,waktu_pesan_pembeli,waktu_balasan,waktu_balas_detik,waktu_balas_jam_kerja_detik,balasan_pertama',
    );
  });

  it('neutralises formulas and quotes delimiters, quotes and line breaks', () => {
    const csv = samplesToCsv(
      [
        { ...base, conversationId: '=HYPERLINK("http://x","klik")' },
        { ...base, conversationId: 'a,b\nc' },
        { ...base, conversationId: '@SUM(1)' },
      ],
      { lang: 'en', timeZone: 'UTC' },
    );
    const cells = csv.split('\r\n').slice(1, 4);
    expect(cells[0]).toContain(`,"'=HYPERLINK(""http://x"",""klik"")",`);
    expect(cells[1]).toContain(',"a,b\nc",');
    expect(cells[2]).toContain(",'@SUM(1),");
  });

  it('supports the semicolon delimiter and a byte-order mark', () => {
    const csv = samplesToCsv([{ ...base, conversationId: 'a;b' }], {
      lang: 'en',
      timeZone: 'UTC',
      delimiter: ';',
      bom: true,
    });
    expect(csv.startsWith('\uFEFFmarketplace;conversation_id;')).toBe(true);
    expect(csv).toContain(';"a;b";');
  });
});

describe('samplesToCsv with an agent column', () => {
  type Tagged = ReplySample & { agent?: string };
  const agentOf = (s: Tagged) => s.agent ?? 'Browser ini';

  it('puts the agent first, in the header and in every row', () => {
    const csv = samplesToCsv<Tagged>([base, { ...base, conversationId: 'c2', agent: 'rina' }], {
      lang: 'id',
      timeZone: 'Asia/Jakarta',
      agent: agentOf,
    });
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(
      'agen,marketplace,id_percakapan,waktu_pesan_pembeli,waktu_balasan,waktu_balas_detik,waktu_balas_jam_kerja_detik,balasan_pertama',
    );
    expect(lines[1]).toBe(
      'Browser ini,shopee,c1,2026-11-03T10:32:00+07:00,2026-11-03T10:35:12+07:00,192,,ya',
    );
    expect(lines[2]?.startsWith('rina,shopee,c2,')).toBe(true);
    expect(samplesToCsv([base], { lang: 'en', agent: agentOf }).split('\r\n')[0]?.startsWith('agent,')).toBe(
      true,
    );
  });

  it('guards and quotes agent names from the server like any other cell', () => {
    const csv = samplesToCsv<Tagged>(
      [
        { ...base, agent: '=cmd|"/c calc"!A1' },
        { ...base, agent: 'rina, dewi' },
        { ...base, agent: '-1+1' },
      ],
      { lang: 'en', timeZone: 'UTC', agent: agentOf },
    );
    const rows = csv.split('\r\n').slice(1, 4);
    expect(rows[0]?.startsWith(`"'=cmd|""/c calc""!A1",shopee,`)).toBe(true);
    expect(rows[1]?.startsWith('"rina, dewi",shopee,')).toBe(true);
    expect(rows[2]?.startsWith("'-1+1,shopee,")).toBe(true);
  });
});

describe('protectCell', () => {
  it('prefixes cells a spreadsheet would run as formulas', () => {
    expect(['=1', '+1', '-1', '@x', '\t=1', '\r=1'].map(protectCell)).toEqual([
      "'=1",
      "'+1",
      "'-1",
      "'@x",
      "'\t=1",
      "'\r=1",
    ]);
    expect(protectCell('c1=2')).toBe('c1=2');
  });
});
