import { describe, expect, it } from 'vitest';
import type { ChatMessage } from '../../lib/marketplaces/types';
import { clockMessages } from './clock-messages';

describe('clockMessages', () => {
  it('keeps every message in page order, those without a readable time as at: null', () => {
    const messages: ChatMessage[] = [
      { id: '1', from: 'buyer', text: 'a', at: 1000 },
      { id: '2', from: 'seller', text: 'b', at: null, rawTime: 'Kemarin' },
      { id: '3', from: 'buyer', text: 'c', at: Number.NaN },
      { id: '4', from: 'auto', text: 'd', at: 3000 },
    ];
    expect(clockMessages({ id: 'c', buyerName: null, messages })).toEqual([
      { at: 1000, from: 'buyer', text: 'a' },
      { at: null, from: 'seller', text: 'b' },
      { at: null, from: 'buyer', text: 'c' },
      { at: 3000, from: 'auto', text: 'd' },
    ]);
  });

  it("turns a sender it does not know into 'unknown'", () => {
    const odd = { id: '1', from: 'system', text: 'x', at: 5 } as unknown as ChatMessage;
    expect(clockMessages({ id: 'c', buyerName: null, messages: [odd] })).toEqual([
      { at: 5, from: 'unknown', text: 'x' },
    ]);
  });

  it('has nothing for no conversation', () => {
    expect(clockMessages(null)).toEqual([]);
  });
});
