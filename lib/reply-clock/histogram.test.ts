import { describe, expect, it } from 'vitest';
import { t } from '../i18n';
import { COARSE_BUCKETS, FINE_BUCKETS, latencyHistogram } from './histogram';

const MIN = 60_000;
const H = 60 * MIN;
const at = (...latencies: number[]) => latencies.map((latencyMs) => ({ latencyMs }));

describe('latencyHistogram', () => {
  it('fills the Chatwoot buckets with lower bounds inclusive', () => {
    const counts = latencyHistogram(
      at(0, H - 1, H, 4 * H - 1, 4 * H, 8 * H, 24 * H - 1, 24 * H, 30 * 24 * H),
    );
    expect(counts.map((c) => [c.bucket.key, c.count])).toEqual([
      ['0-1h', 2],
      ['1-4h', 2],
      ['4-8h', 1],
      ['8-24h', 2],
      ['24h+', 2],
    ]);
  });

  it('splits the first hour finer for chat CS', () => {
    const counts = latencyHistogram(at(4 * MIN, 5 * MIN, 14 * MIN, 15 * MIN, 59 * MIN, H), FINE_BUCKETS);
    expect(counts.map((c) => c.count)).toEqual([1, 2, 2, 1, 0, 0, 0]);
    expect(counts.map((c) => t(c.bucket.label, undefined, 'id'))).toEqual([
      '0–5 mnt',
      '5–15 mnt',
      '15–60 mnt',
      '1–4 jam',
      '4–8 jam',
      '8–24 jam',
      '24 jam+',
    ]);
  });

  it('lists every bucket when empty', () => {
    expect(latencyHistogram([]).map((c) => c.count)).toEqual(COARSE_BUCKETS.map(() => 0));
  });
});
