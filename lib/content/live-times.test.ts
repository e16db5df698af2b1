import { describe, expect, it } from 'vitest';
import type { Conversation } from '../marketplaces/types';
import { createLiveTimes } from './live-times';

const minute = (m: number) => Date.UTC(2026, 10, 24, 3, m);
const conv = (id: string, messages: [string, number][]): Conversation => ({
  id,
  buyerName: 'Rina',
  messages: messages.map(([mid, at]) => ({ id: mid, from: 'buyer', text: mid, at })),
});

describe('createLiveTimes', () => {
  it('keeps history times and refines a message that arrives while watched', () => {
    const live = createLiveTimes();
    const opened = live.refine(conv('c1', [['a', minute(1)]]), minute(5) + 10_000);
    expect(opened?.messages[0]?.at).toBe(minute(1));
    const seenAt = minute(5) + 41_000;
    const next = live.refine(
      conv('c1', [
        ['a', minute(1)],
        ['b', minute(5)],
      ]),
      seenAt,
    );
    expect(next?.messages.map((m) => m.at)).toEqual([minute(1), seenAt]);
    // Seen again later: the first sighting stays.
    const later = live.refine(
      conv('c1', [
        ['a', minute(1)],
        ['b', minute(5)],
      ]),
      seenAt + 30_000,
    );
    expect(later?.messages[1]?.at).toBe(seenAt);
  });

  it('does not trust a sighting outside the stamped minute', () => {
    const live = createLiveTimes();
    live.refine(conv('c1', []), minute(0));
    const out = live.refine(conv('c1', [['old', minute(1)]]), minute(9));
    expect(out?.messages[0]?.at).toBe(minute(1));
  });

  it('treats a switched-to conversation as history', () => {
    const live = createLiveTimes();
    live.refine(conv('c1', [['a', minute(1)]]), minute(2));
    const other = live.refine(conv('c2', [['x', minute(3)]]), minute(3) + 5000);
    expect(other?.messages[0]?.at).toBe(minute(3));
  });
});
