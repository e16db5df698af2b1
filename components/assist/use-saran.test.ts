import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SAMPLE_CATALOG } from '../../lib/catalog/sample';
import { createCatalogIndex } from '../../lib/catalog/search';
import type { StoredSnippet } from '../../lib/db/schema';
import { DEFAULT_SCHEDULE } from '../../lib/hours/schedule';
import { defaultSnippets } from '../../lib/snippets/defaults';
import type { CatalogSearch } from '../search/catalog-search';
import { type SaranSources, useSaran } from './use-saran';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

const index = createCatalogIndex([...SAMPLE_CATALOG]);

function sources(search: CatalogSearch): SaranSources {
  return {
    messages: [{ from: 'buyer', text: 'hijab pashmina ceruty yg mocca ready kak?' }],
    catalog: { state: 'ready', search, count: index.size, loadMs: 1 },
    snippets: defaultSnippets('id') as StoredSnippet[],
    buyerName: 'Dewi',
    shopName: 'Toko',
    hoursText: '08.00–17.00',
    schedule: DEFAULT_SCHEDULE,
    answerTemplate: '',
    cutoff: '15:00',
    lang: 'id',
  };
}

describe('useSaran over the background search', () => {
  it('shows nothing until the products are known, then the product first, in one message per round', async () => {
    const searchMany = vi.fn(async (queries: readonly string[], limit: number) =>
      queries.map((q) => index.search(q, limit)),
    );
    const given = sources({ size: index.size, searchMany });
    const { result } = renderHook(() => useSaran(given));
    expect(result.current).toBeNull();
    await act(() => vi.advanceTimersByTimeAsync(0));
    expect(result.current?.items[0]).toMatchObject({ kind: 'product', product: { sku: 'HJB-PSM' } });
    expect(searchMany.mock.calls.length).toBeLessThanOrEqual(2);
  });

  it('asks again after a background that did not answer, and Saran comes by itself', async () => {
    let down = 2;
    const searchMany = vi.fn(async (queries: readonly string[], limit: number) => {
      if (down-- > 0) throw new Error('Could not establish connection. Receiving end does not exist.');
      return queries.map((q) => index.search(q, limit));
    });
    const given = sources({ size: index.size, searchMany });
    const { result } = renderHook(() => useSaran(given));
    await act(() => vi.advanceTimersByTimeAsync(0));
    expect(result.current).toBeNull();
    await act(() => vi.advanceTimersByTimeAsync(2000));
    expect(result.current).toBeNull();
    await act(() => vi.advanceTimersByTimeAsync(5000));
    expect(result.current?.items[0]).toMatchObject({ kind: 'product', product: { sku: 'HJB-PSM' } });
  });

  it('asks afresh for a new buyer message after a background that never answered', async () => {
    let down = true;
    const searchMany = vi.fn(async (queries: readonly string[], limit: number) => {
      if (down) throw new Error('Could not establish connection. Receiving end does not exist.');
      return queries.map((q) => index.search(q, limit));
    });
    const first = sources({ size: index.size, searchMany });
    const { result, rerender } = renderHook((given: SaranSources) => useSaran(given), {
      initialProps: first,
    });
    // Every retry fails: Saran gives up on these words.
    for (let i = 0; i < 8; i++) await act(() => vi.advanceTimersByTimeAsync(10_000));
    const given = searchMany.mock.calls.length;
    expect(given).toBe(4);
    expect(result.current).toBeNull();
    down = false;
    rerender({ ...first, messages: [{ from: 'buyer', text: 'kaos polos katun ready kak?' }] });
    await act(() => vi.advanceTimersByTimeAsync(0));
    expect(searchMany.mock.calls.length).toBeGreaterThan(given);
    expect(result.current?.items.length).toBeGreaterThan(0);
  });
});
