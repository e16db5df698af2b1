import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SCHEDULE } from '../../lib/hours/schedule';
import { MARKED_PARTS } from '../../lib/marketplaces/parts.test-helper';
import type { PageState } from '../../lib/messaging';
import { SAMPLE_RETRY_MS, type SendSamples } from './sample-outbox';
import { useRecordSamples } from './use-record-samples';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

const T0 = Date.UTC(2026, 10, 3, 3, 0, 0);
const MIN = 60_000;

function pageState(extra: number): PageState {
  return {
    marketplace: 'shopee',
    marketplaceLabel: 'Shopee',
    url: 'https://seller.shopee.co.id/webchat/conversations/c1',
    health: 'ok',
    parts: MARKED_PARTS,
    list: [],
    conversation: {
      id: 'c1',
      buyerName: 'Ani',
      messages: [
        { id: 'm1', from: 'buyer', text: 'Kak ready?', at: T0 },
        { id: 'm2', from: 'seller', text: 'Ready kak', at: T0 + 3 * MIN },
        // Each page state differs a little, as a typing buyer makes them.
        ...Array.from({ length: extra }, (_, i) => ({
          id: `x${i}`,
          from: 'buyer' as const,
          text: 'ok',
          at: T0 + (4 + i) * MIN,
        })),
      ],
    },
  };
}

describe('useRecordSamples', () => {
  it('retries a failed store after a pause, not on every page state', async () => {
    const send = vi
      .fn<SendSamples>()
      .mockRejectedValueOnce(new Error('message channel closed'))
      .mockResolvedValue({
        stored: 1,
      });
    const { rerender } = renderHook(({ page }) => useRecordSamples(page, DEFAULT_SCHEDULE, send), {
      initialProps: { page: pageState(0) },
    });
    await act(() => vi.advanceTimersByTimeAsync(0));
    expect(send).toHaveBeenCalledTimes(1);
    for (let i = 1; i <= 8; i++) {
      rerender({ page: pageState(i) });
      await act(() => vi.advanceTimersByTimeAsync(100));
    }
    expect(send).toHaveBeenCalledTimes(1);
    await act(() => vi.advanceTimersByTimeAsync(SAMPLE_RETRY_MS[0]!));
    expect(send).toHaveBeenCalledTimes(2);
    expect(send.mock.calls[1]![0]).toEqual([
      expect.objectContaining({
        conversationId: 'c1',
        buyerAt: T0,
        replyAt: T0 + 3 * MIN,
        latencyMs: 3 * MIN,
      }),
    ]);
    // Stored now: later page states showing the same stretch send nothing.
    rerender({ page: pageState(9) });
    await act(() => vi.advanceTimersByTimeAsync(60_000));
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('retries by itself even when no new page state comes', async () => {
    const send = vi
      .fn<SendSamples>()
      .mockRejectedValueOnce(new Error('message channel closed'))
      .mockResolvedValue({
        stored: 1,
      });
    renderHook(() => useRecordSamples(pageState(0), DEFAULT_SCHEDULE, send));
    await act(() => vi.advanceTimersByTimeAsync(SAMPLE_RETRY_MS[0]!));
    expect(send).toHaveBeenCalledTimes(2);
  });
});
