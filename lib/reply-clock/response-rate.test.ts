import { describe, expect, it } from 'vitest';
import { type ChatOutcome, chatOutcomes, responseRate12h, shopeeReportedRate } from './response-rate';

const H = 60 * 60 * 1000;
const DAY = 24 * H;
const now = Date.UTC(2026, 10, 30, 5, 0);

const chat = (daysAgo: number, answeredWithin12h: boolean): ChatOutcome => ({
  marketplace: 'shopee',
  conversationId: `c${daysAgo}`,
  at: now - daysAgo * DAY,
  answeredWithin12h,
});

describe('chatOutcomes', () => {
  it('counts a reply at exactly 12 h as answered and one later as missed', () => {
    const outcomes = chatOutcomes(
      [
        { marketplace: 'shopee', conversationId: 'a', buyerAt: 0, latencyMs: 12 * H },
        { marketplace: 'shopee', conversationId: 'b', buyerAt: 0, latencyMs: 12 * H + 1 },
      ],
      [],
      now,
    );
    expect(outcomes.map((o) => o.answeredWithin12h)).toEqual([true, false]);
  });

  it('counts waits as missed only once strictly older than 12 h', () => {
    const wait = (ageMs: number) => ({
      marketplace: 'tokopedia' as const,
      conversationId: 'w',
      waitingSince: now - ageMs,
    });
    expect(chatOutcomes([], [wait(12 * H)], now)).toEqual([]);
    expect(chatOutcomes([], [wait(12 * H + 1)], now)).toEqual([
      { marketplace: 'tokopedia', conversationId: 'w', at: now - 12 * H - 1, answeredWithin12h: false },
    ]);
  });
});

describe('responseRate12h', () => {
  it('is the answered share, null without chats', () => {
    expect(responseRate12h([chat(1, true), chat(2, false), chat(3, true), chat(4, true)])).toBe(0.75);
    expect(responseRate12h([])).toBeNull();
  });
});

describe('shopeeReportedRate', () => {
  it('weighs the newest quarter of 90 days half', () => {
    // Eight chats in 90 days; the two newest (ceil(8/4) = 2): one missed → 1/2.
    // 90-day rate 7/8. Reported: 0.5 × 0.875 + 0.5 × 0.5 = 0.6875.
    // The missed chat 91 days ago is outside the window and changes nothing.
    const outcomes = [
      chat(91, false),
      chat(80, true),
      chat(70, true),
      chat(60, true),
      chat(50, true),
      chat(40, true),
      chat(30, true),
      chat(2, false),
      chat(1, true),
    ];
    expect(shopeeReportedRate(outcomes, now)).toBeCloseTo(0.6875, 10);
  });

  it('rounds the newest quarter up', () => {
    // Five chats: newest ceil(1.25) = 2 (both answered) → 1; 90-day 3/5. 0.5 × 0.6 + 0.5 × 1 = 0.8.
    const outcomes = [chat(50, false), chat(40, true), chat(30, false), chat(2, true), chat(1, true)];
    expect(shopeeReportedRate(outcomes, now)).toBeCloseTo(0.8, 10);
  });

  it('gives no figure below two chats (Shopee shows a placeholder then)', () => {
    expect(shopeeReportedRate([chat(1, true)], now)).toBeNull();
    expect(shopeeReportedRate([chat(100, true), chat(1, true)], now)).toBeNull();
  });
});
