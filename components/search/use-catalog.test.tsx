import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SAMPLE_CATALOG } from '../../lib/catalog/sample';
import type { CatalogBackend } from './catalog-search';
import { RELOAD_AFTER_MS, useCatalog } from './use-catalog';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

function flakyLoader(failures: number) {
  let calls = 0;
  const status = vi.fn(async () => {
    calls++;
    if (calls <= failures) throw new Error('message channel closed');
    return { version: 1, count: SAMPLE_CATALOG.length };
  });
  const backend: CatalogBackend = { status, search: async () => ({ version: 1, results: [] }) };
  return { backend, load: status };
}

describe('useCatalog', () => {
  it('comes back by itself after a load that gave up, without a reload of the page', async () => {
    const { backend, load } = flakyLoader(2);
    const { result } = renderHook(() => useCatalog(backend));
    await act(() => vi.advanceTimersByTimeAsync(0));
    expect(result.current.state).toBe('error');
    await act(() => vi.advanceTimersByTimeAsync(RELOAD_AFTER_MS[0]!));
    expect(result.current.state).toBe('error');
    await act(() => vi.advanceTimersByTimeAsync(RELOAD_AFTER_MS[1]! - 1));
    expect(load).toHaveBeenCalledTimes(2);
    await act(() => vi.advanceTimersByTimeAsync(1));
    expect(result.current).toMatchObject({ state: 'ready', count: SAMPLE_CATALOG.length });
    expect(load).toHaveBeenCalledTimes(3);
    // Nothing is left scheduled once the index is ready.
    await act(() => vi.advanceTimersByTimeAsync(10 * 60_000));
    expect(load).toHaveBeenCalledTimes(3);
  });

  it('tries again at once when asked', async () => {
    const { backend } = flakyLoader(1);
    const { result } = renderHook(() => useCatalog(backend));
    await act(() => vi.advanceTimersByTimeAsync(0));
    const failed = result.current;
    if (failed.state !== 'error') throw new Error('expected the first load to fail');
    act(() => failed.retry());
    expect(result.current.state).toBe('loading');
    await act(() => vi.advanceTimersByTimeAsync(0));
    expect(result.current.state).toBe('ready');
  });

  it('schedules nothing after it is unmounted', async () => {
    const { backend } = flakyLoader(5);
    const { unmount } = renderHook(() => useCatalog(backend));
    await act(() => vi.advanceTimersByTimeAsync(0));
    unmount();
    expect(vi.getTimerCount()).toBe(0);
  });
});
