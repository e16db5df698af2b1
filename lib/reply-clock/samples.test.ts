import { describe, expect, it } from 'vitest';
import type { StoredReplySample } from '../db/schema';
import type { ClockMessage } from './clock';
import { markFirstReplies, type ReplySample, replySampleId, samplesFromConversation } from './samples';

const MIN = 60_000;
const T0 = Date.UTC(2026, 10, 3, 3, 0, 0);
const msg = (minute: number, from: ClockMessage['from'], text = 'x'): ClockMessage => ({
  at: T0 + minute * MIN,
  from,
  text,
});

const conversation: ClockMessage[] = [
  msg(0, 'buyer', 'ready kak?'),
  msg(0, 'seller', 'Terima kasih sudah menghubungi, kami segera balas'),
  msg(4, 'seller', 'ready kak'),
  msg(60, 'buyer', 'ongkir ke Bandung berapa?'),
  msg(90, 'seller', 'Rp12.000 kak'),
];

describe('samplesFromConversation', () => {
  it('builds one sample per answered stretch, the earliest marked as first reply', () => {
    const samples = samplesFromConversation('shopee', 'c1', conversation);
    expect(samples).toEqual([
      {
        id: `shopee:c1:${T0}:${T0}`,
        marketplace: 'shopee',
        conversationId: 'c1',
        buyerAt: T0,
        replyAt: T0,
        latencyMs: 0,
        latencyWithinHoursMs: null,
        firstReply: true,
      },
      expect.objectContaining({ buyerAt: T0 + 60 * MIN, latencyMs: 30 * MIN, firstReply: false }),
    ]);
  });

  it('excludes the shop auto-reply when its text is given', () => {
    const samples = samplesFromConversation('tokopedia', 'c1', conversation, {
      autoReplyTexts: ['terima kasih sudah menghubungi,  kami segera balas'],
    });
    expect(samples[0]).toMatchObject({ replyAt: T0 + 4 * MIN, latencyMs: 4 * MIN, firstReply: true });
  });

  it('fills the within-hours latency from the given function, keeping the wall clock', () => {
    const calls: [number, number][] = [];
    const samples = samplesFromConversation('shopee', 'c1', [msg(0, 'buyer'), msg(30, 'seller')], {
      withinHours: (from, to) => {
        calls.push([from, to]);
        return (to - from) / 3;
      },
    });
    expect(calls).toEqual([[T0, T0 + 30 * MIN]]);
    expect(samples[0]).toMatchObject({ latencyMs: 30 * MIN, latencyWithinHoursMs: 10 * MIN });
  });

  it('gives the same ids when the same messages are read again, in another order', () => {
    const first = samplesFromConversation('shopee', 'c1', conversation).map((s) => s.id);
    // Newest stretch listed first (same-minute messages keep their page order).
    const rotated = [...conversation.slice(3), ...conversation.slice(0, 3)];
    const again = samplesFromConversation('shopee', 'c1', rotated).map((s) => s.id);
    expect(again).toEqual(first);
    expect(new Set(first).size).toBe(first.length);
  });

  it('produces records the database accepts', () => {
    const stored: StoredReplySample[] = samplesFromConversation('shopee', 'c1', conversation);
    expect(stored).toHaveLength(2);
  });
});

describe('replySampleId', () => {
  it('keeps conversations with colons apart', () => {
    expect(replySampleId('shopee', 'a:1', 2, 3)).not.toBe(replySampleId('shopee', 'a', 1, 2));
  });
});

describe('markFirstReplies', () => {
  it('keeps the first-reply mark only on the earliest sample of each conversation', () => {
    const stored = samplesFromConversation('shopee', 'c1', conversation.slice(0, 3));
    // Later the page shows only the newest part of the chat: its first visible reply looks "first".
    const reread = samplesFromConversation('shopee', 'c1', conversation.slice(3));
    expect(reread[0]?.firstReply).toBe(true);
    const other: ReplySample[] = samplesFromConversation('tokopedia', 'c1', conversation.slice(3));

    const merged = markFirstReplies([...reread, ...stored, ...other]);
    expect(merged.map((s) => [s.marketplace, s.buyerAt - T0, s.firstReply])).toEqual([
      ['shopee', 60 * MIN, false],
      ['shopee', 0, true],
      ['tokopedia', 60 * MIN, true],
    ]);
  });
});
