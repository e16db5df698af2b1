import type { Message } from '../i18n';
import { replyClockMessages as m } from './messages';

const MIN = 60_000;
const HOUR = 60 * MIN;

export interface LatencyBucket {
  key: string;
  label: Message;
  /** Inclusive lower bound. */
  fromMs: number;
  /** Exclusive upper bound; null for the open last bucket. A reply of exactly 1 h falls in "1–4 h". */
  toMs: number | null;
}

/** Chatwoot's first-response buckets, so numbers compare with what helpdesk users know. */
export const COARSE_BUCKETS: readonly LatencyBucket[] = [
  { key: '0-1h', label: m.bucketUnder1h, fromMs: 0, toMs: HOUR },
  { key: '1-4h', label: m.bucket1to4h, fromMs: HOUR, toMs: 4 * HOUR },
  { key: '4-8h', label: m.bucket4to8h, fromMs: 4 * HOUR, toMs: 8 * HOUR },
  { key: '8-24h', label: m.bucket8to24h, fromMs: 8 * HOUR, toMs: 24 * HOUR },
  { key: '24h+', label: m.bucketOver24h, fromMs: 24 * HOUR, toMs: null },
];

/** Chat CS works in minutes: the first hour split at the usual 5- and 15-minute targets. */
export const FINE_BUCKETS: readonly LatencyBucket[] = [
  { key: '0-5m', label: m.bucketUnder5m, fromMs: 0, toMs: 5 * MIN },
  { key: '5-15m', label: m.bucket5to15m, fromMs: 5 * MIN, toMs: 15 * MIN },
  { key: '15-60m', label: m.bucket15to60m, fromMs: 15 * MIN, toMs: HOUR },
  ...COARSE_BUCKETS.slice(1),
];

export interface BucketCount {
  bucket: LatencyBucket;
  count: number;
}

/** Counts replies per bucket (wall-clock latency); every bucket is listed, empty ones with 0. */
export function latencyHistogram(
  samples: readonly { latencyMs: number }[],
  buckets: readonly LatencyBucket[] = COARSE_BUCKETS,
): BucketCount[] {
  const counts = buckets.map((bucket) => ({ bucket, count: 0 }));
  for (const s of samples) {
    const hit = counts.find(
      ({ bucket }) => s.latencyMs >= bucket.fromMs && (bucket.toMs === null || s.latencyMs < bucket.toMs),
    );
    if (hit) hit.count += 1;
  }
  return counts;
}
