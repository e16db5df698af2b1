import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BACKOFF_MS, isRefusal, withRetry } from './retry';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

const closed = () =>
  new Error(
    'A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received',
  );

describe('withRetry', () => {
  it('answers at once when the first attempt succeeds', async () => {
    const task = vi.fn(async () => 7);
    await expect(withRetry(task)).resolves.toBe(7);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('retries after growing pauses until the task succeeds', async () => {
    const task = vi
      .fn()
      .mockRejectedValueOnce(closed())
      .mockRejectedValueOnce(closed())
      .mockResolvedValue('ok');
    const onRetry = vi.fn();
    const result = withRetry(task, { delaysMs: [100, 400], onRetry });
    await vi.advanceTimersByTimeAsync(99);
    expect(task).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(task).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(399);
    expect(task).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(1);
    await expect(result).resolves.toBe('ok');
    expect(onRetry.mock.calls.map(([, retry, delay]) => [retry, delay])).toEqual([
      [1, 100],
      [2, 400],
    ]);
  });

  it('gives up with the last error once every pause is spent', async () => {
    let n = 0;
    const task = vi.fn(async () => {
      throw new Error(`failure ${++n}`);
    });
    const result = withRetry(task, { delaysMs: [10, 20] });
    const settled = expect(result).rejects.toThrow('failure 3');
    await vi.advanceTimersByTimeAsync(30);
    await settled;
    expect(task).toHaveBeenCalledTimes(3);
  });

  it('does not retry what the caller says is final', async () => {
    const refused = Object.assign(new Error('getSnippets refused'), { name: 'RefusedError' });
    const task = vi.fn().mockRejectedValue(refused);
    await expect(withRetry(task, { retryable: (e) => !isRefusal(e) })).rejects.toBe(refused);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('stops waiting when aborted', async () => {
    const controller = new AbortController();
    const task = vi.fn().mockRejectedValue(closed());
    const result = withRetry(task, { delaysMs: [10_000], signal: controller.signal });
    const settled = expect(result).rejects.toThrow(/message channel closed/);
    await vi.advanceTimersByTimeAsync(1);
    controller.abort();
    await settled;
    expect(task).toHaveBeenCalledTimes(1);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('spends about 16 s over 8 attempts by default', () => {
    expect(BACKOFF_MS).toHaveLength(7);
    expect(BACKOFF_MS.reduce((a, b) => a + b, 0)).toBe(15_850);
  });
});
