import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { StoredSnippet } from '../../lib/db/schema';
import { BACKOFF_MS } from '../../lib/retry';
import { defaultSnippets } from '../../lib/snippets/defaults';
import { SNIPPETS_RELOAD_MS, useSnippets } from './use-snippets';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

const list: StoredSnippet[] = defaultSnippets('id');
const closed = () => new Error('Could not establish connection. Receiving end does not exist.');
const allRetries = BACKOFF_MS.reduce((a, b) => a + b, 0);

describe('useSnippets', () => {
  it('loads the snippets when the background answers only after restarting', async () => {
    const load = vi
      .fn()
      .mockRejectedValueOnce(closed())
      .mockRejectedValueOnce(closed())
      .mockResolvedValue(list);
    const { result } = renderHook(() => useSnippets(load));
    await act(() => vi.advanceTimersByTimeAsync(0));
    expect(result.current).toBeNull();
    await act(() => vi.advanceTimersByTimeAsync(BACKOFF_MS[0]! + BACKOFF_MS[1]!));
    expect(result.current).toEqual(list);
    expect(load).toHaveBeenCalledTimes(3);
  });

  it('after every retry failed, shows an empty list and loads again later by itself', async () => {
    let down = true;
    const load = vi.fn(async () => {
      if (down) throw closed();
      return list;
    });
    const { result } = renderHook(() => useSnippets(load));
    await act(() => vi.advanceTimersByTimeAsync(allRetries));
    expect(result.current).toEqual([]);
    expect(load).toHaveBeenCalledTimes(BACKOFF_MS.length + 1);
    down = false;
    await act(() => vi.advanceTimersByTimeAsync(SNIPPETS_RELOAD_MS));
    expect(result.current).toEqual(list);
  });

  it('leaves no timer behind when unmounted mid-retry', async () => {
    const load = vi.fn().mockRejectedValue(closed());
    const { unmount } = renderHook(() => useSnippets(load));
    await act(() => vi.advanceTimersByTimeAsync(1));
    unmount();
    await act(() => vi.advanceTimersByTimeAsync(0));
    expect(vi.getTimerCount()).toBe(0);
  });
});
