import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BACKOFF_MS } from '../lib/retry';
import { defineItem } from '../lib/storage-item';
import { useStorageItem } from './use-storage-item';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('useStorageItem', () => {
  it('shows the stored value once a failed first read succeeds on retry', async () => {
    const item = defineItem('shopName', 'fallback');
    await item.setValue('Toko Maju');
    const getValue = vi.spyOn(item, 'getValue').mockRejectedValueOnce(new Error('storage busy'));
    const { result } = renderHook(() => useStorageItem(item, 'initial'));
    await act(() => vi.advanceTimersByTimeAsync(0));
    expect(result.current).toBe('initial');
    await act(() => vi.advanceTimersByTimeAsync(BACKOFF_MS[0]!));
    expect(result.current).toBe('Toko Maju');
    expect(getValue).toHaveBeenCalledTimes(2);
  });

  it('keeps a change that arrived while the first read was failing over that read', async () => {
    const item = defineItem('shopName', 'fallback');
    vi.spyOn(item, 'getValue')
      .mockRejectedValueOnce(new Error('storage busy'))
      .mockResolvedValueOnce('Toko Lama');
    const { result } = renderHook(() => useStorageItem(item, 'initial'));
    await act(async () => {
      await item.setValue('Toko Baru');
    });
    await act(() => vi.advanceTimersByTimeAsync(BACKOFF_MS[0]!));
    expect(result.current).toBe('Toko Baru');
  });
});
