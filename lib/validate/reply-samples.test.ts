import { describe, expect, it } from 'vitest';
import type { StoredReplySample } from '../db/schema';
import { replySampleId } from '../reply-clock/samples';
import {
  checkReplySamples,
  MAX_CONVERSATION_ID_LENGTH,
  MAX_SAMPLES_PER_MESSAGE,
  replySamplesCheck,
} from './reply-samples';

const NOW = Date.UTC(2026, 10, 3, 5, 0, 0);
const MIN = 60_000;

function sample(overrides: Partial<StoredReplySample> = {}): StoredReplySample {
  const base = {
    marketplace: 'shopee',
    conversationId: '7318401122334455001',
    buyerAt: NOW - 10 * MIN,
    replyAt: NOW - 7 * MIN,
    latencyWithinHoursMs: 3 * MIN,
    firstReply: true,
    ...overrides,
  };
  const latencyMs = overrides.latencyMs ?? base.replyAt - base.buyerAt;
  const id =
    overrides.id ??
    replySampleId(base.marketplace as 'shopee', base.conversationId, base.buyerAt, base.replyAt);
  return { ...base, latencyMs, id } as StoredReplySample;
}

const reasons = (input: unknown) => checkReplySamples(input, NOW).refused.map((r) => r.reason);

describe('checkReplySamples', () => {
  it('passes a sample the sidebar makes, as a copy with only the known fields', () => {
    const good = { ...sample(), extra: 'x'.repeat(10) };
    const { valid, refused } = checkReplySamples([good], NOW);
    expect(refused).toEqual([]);
    expect(valid).toEqual([sample()]);
    expect(valid[0]).not.toHaveProperty('extra');
  });

  it('accepts a sample without a within-hours figure and one answered in the same second', () => {
    const same = sample({ buyerAt: NOW - MIN, replyAt: NOW - MIN, latencyWithinHoursMs: null });
    expect(checkReplySamples([same], NOW).valid).toHaveLength(1);
  });

  it('refuses a 2,000,000-character conversation id, saying how long it is, not what it is', () => {
    const huge = 'a'.repeat(2_000_000);
    const [reason] = reasons([sample({ conversationId: huge })]);
    expect(reason).toBe(`conversationId has 2000000 characters (at most ${MAX_CONVERSATION_ID_LENGTH})`);
  });

  it('refuses a latency of −5·10¹² ms however the times are made to agree', () => {
    expect(reasons([sample({ latencyMs: -5e12 })])[0]).toMatch(/^latencyMs is -5000000000000, outside/);
    // Times forged to agree with the latency: the buyer's message "after" the reply, far in the future.
    const forged = sample({ buyerAt: NOW + 5e12, replyAt: NOW, latencyMs: -5e12 });
    expect(reasons([forged])[0]).toMatch(/^buyerAt is .* outside/);
  });

  it.each([
    ['NaN latency', { latencyMs: Number.NaN }, /latencyMs is NaN, not a finite number/],
    ['infinite reply time', { replyAt: Number.POSITIVE_INFINITY }, /replyAt is Infinity/],
    ['a string time', { buyerAt: '1700000000000' as unknown as number }, /buyerAt is a string/],
    [
      'an unknown marketplace',
      { marketplace: 'lazada' },
      /marketplace is a string of 6 characters, not one of/,
    ],
    ['an empty conversation id', { conversationId: '' }, /conversationId is empty/],
    ['a numeric conversation id', { conversationId: 42 as unknown as string }, /not a string/],
    [
      'a reply before the message',
      { buyerAt: NOW - MIN, replyAt: NOW - 2 * MIN, latencyMs: 0 },
      /replyAt is before buyerAt/,
    ],
    ['a latency that does not match', { latencyMs: 1 }, /not replyAt − buyerAt/],
    [
      'more hours-latency than latency',
      { latencyWithinHoursMs: 4 * MIN },
      /latencyWithinHoursMs is 240000, outside 0…180000/,
    ],
    ['a negative hours-latency', { latencyWithinHoursMs: -1 }, /latencyWithinHoursMs is -1/],
    ['a time before 2009', { buyerAt: 0, latencyMs: NOW - 7 * MIN }, /buyerAt is 0, outside/],
    [
      'a time two days ahead',
      { replyAt: NOW + 2 * 86_400_000, latencyMs: 2 * 86_400_000 + 10 * MIN },
      /replyAt .* outside/,
    ],
    [
      'a firstReply that is not a boolean',
      { firstReply: 'yes' as unknown as boolean },
      /firstReply is a string/,
    ],
    ['an id that names other messages', { id: 'shopee:x:1:2' }, /id does not match/],
  ])('refuses %s', (_, overrides, reason) => {
    const result = checkReplySamples([sample(overrides as Partial<StoredReplySample>)], NOW);
    expect(result.valid).toEqual([]);
    expect(result.refused).toHaveLength(1);
    expect(result.refused[0]!.reason).toMatch(reason);
  });

  it('keeps the good samples of a message and names the index of each bad one', () => {
    const input = [sample(), null, sample({ latencyMs: -5e12 }), sample({ conversationId: 'b' })];
    const { valid, refused } = checkReplySamples(input, NOW);
    expect(valid.map((s) => s.conversationId)).toEqual(['7318401122334455001', 'b']);
    expect(refused.map((r) => r.index)).toEqual([1, 2]);
    expect(refused[0]!.reason).toBe('the sample is null, not an object');
  });

  it('refuses a message that is not a list, or one with too many samples', () => {
    expect(reasons({ 0: sample() })).toEqual(['samples are an object, not an array']);
    const many = Array.from({ length: MAX_SAMPLES_PER_MESSAGE + 1 }, () => sample());
    expect(checkReplySamples(many, NOW)).toEqual({
      valid: [],
      refused: [{ index: -1, reason: `${many.length} samples in one message (at most 1000)` }],
    });
  });
});

describe('replySamplesCheck', () => {
  it('refuses a message that is not a list as a whole, and lists bad samples as refused parts', () => {
    const check = replySamplesCheck(() => NOW);
    expect(check('nope')).toEqual({
      ok: false,
      reason: 'samples are a string of 4 characters, not an array',
    });
    const checked = check([sample(), sample({ latencyMs: -5e12 })]);
    expect(checked.ok && checked.value).toHaveLength(1);
    expect(checked.ok && checked.refused).toEqual([
      expect.stringMatching(/^sample 1: latencyMs is -5000000000000/),
    ]);
  });
});
