import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { StoredReplySample } from '../../lib/db/schema';
import { createSampleOutbox, SAMPLE_RETRY_MS, type SendSamples } from './sample-outbox';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

const T0 = Date.UTC(2026, 10, 3, 3, 0, 0);
const sample = (n: number): StoredReplySample => ({
  id: `shopee:c1:${T0 + n}:${T0 + n + 60_000}`,
  marketplace: 'shopee',
  conversationId: 'c1',
  buyerAt: T0 + n,
  replyAt: T0 + n + 60_000,
  latencyMs: 60_000,
  latencyWithinHoursMs: null,
  firstReply: n === 0,
});
const down = () => Promise.reject(new Error('Could not establish connection. Receiving end does not exist.'));
const ids = (batch: StoredReplySample[]) => batch.map((s) => s.id);

describe('createSampleOutbox', () => {
  it('sends new samples once and never again', async () => {
    const send = vi.fn(async (batch: StoredReplySample[]) => ({ stored: batch.length }));
    const outbox = createSampleOutbox(send);
    outbox.add([sample(0), sample(1)]);
    await vi.advanceTimersByTimeAsync(0);
    outbox.add([sample(0), sample(1)]);
    outbox.add([sample(1), sample(2)]);
    await vi.advanceTimersByTimeAsync(0);
    expect(send.mock.calls.map(([batch]) => ids(batch))).toEqual([
      [sample(0).id, sample(1).id],
      [sample(2).id],
    ]);
    expect(outbox.pending()).toBe(0);
  });

  it('after a failure, page states bring no message: the retry waits for its pause', async () => {
    const send = vi.fn<SendSamples>(down);
    const outbox = createSampleOutbox(send);
    outbox.add([sample(0)]);
    await vi.advanceTimersByTimeAsync(0);
    expect(send).toHaveBeenCalledTimes(1);
    // Ten page states in the next 900 ms, one of them with a new sample.
    for (let i = 0; i < 10; i++) {
      outbox.add(i === 5 ? [sample(0), sample(1)] : [sample(0)]);
      await vi.advanceTimersByTimeAsync(90);
    }
    expect(send).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(SAMPLE_RETRY_MS[0]! - 900);
    expect(send).toHaveBeenCalledTimes(2);
    expect(ids(send.mock.calls[1]![0])).toEqual([sample(0).id, sample(1).id]);
  });

  it('retries by itself with growing pauses until the background takes the samples', async () => {
    const send = vi
      .fn()
      .mockImplementationOnce(down)
      .mockImplementationOnce(down)
      .mockImplementationOnce(down)
      .mockResolvedValue({ stored: 1 });
    const outbox = createSampleOutbox(send, [100, 200, 400]);
    outbox.add([sample(0)]);
    const at: number[] = [];
    for (let t = 0; t <= 800; t += 50) {
      const before = send.mock.calls.length;
      await vi.advanceTimersByTimeAsync(t === 0 ? 0 : 50);
      if (send.mock.calls.length > before) at.push(t);
    }
    expect(at).toEqual([100, 300, 700]);
    expect(send).toHaveBeenCalledTimes(4);
    expect(outbox.pending()).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('keeps retrying at the longest pause while the background stays away', async () => {
    const send = vi.fn<SendSamples>(down);
    const outbox = createSampleOutbox(send, [100, 200]);
    outbox.add([sample(0)]);
    await vi.advanceTimersByTimeAsync(300 + 200 * 3);
    expect(send).toHaveBeenCalledTimes(1 + 2 + 3);
    expect(outbox.pending()).toBe(1);
    outbox.dispose();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(send).toHaveBeenCalledTimes(6);
  });

  it('drops samples the background refused as a whole instead of retrying them', async () => {
    const refused = Object.assign(new Error('recordReplySamples refused'), { name: 'RefusedError' });
    const send = vi.fn(() => Promise.reject(refused));
    const outbox = createSampleOutbox(send, [100]);
    outbox.add([sample(0)]);
    await vi.advanceTimersByTimeAsync(1000);
    expect(send).toHaveBeenCalledTimes(1);
    expect(outbox.pending()).toBe(0);
  });

  it('sends a backlog in messages of at most 1000 samples', async () => {
    const send = vi.fn(async (batch: StoredReplySample[]) => ({ stored: batch.length }));
    const outbox = createSampleOutbox(send);
    outbox.add(Array.from({ length: 2500 }, (_, i) => sample(i)));
    await vi.advanceTimersByTimeAsync(0);
    expect(send.mock.calls.map(([batch]) => batch.length)).toEqual([1000, 1000, 500]);
  });
});
