import { act, renderHook } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { MARKED_PARTS } from '../../lib/marketplaces/parts.test-helper';
import type { PageState } from '../../lib/messaging';
import { usePageView, useSidebarStore } from './store';

// A change of the conversation list alone (10,000 rows, one changed) must not make the parts of the
// sidebar that do not show the list work again.

const NOW = Date.UTC(2026, 11, 1, 12);
const state: PageState = {
  marketplace: 'shopee',
  marketplaceLabel: 'Shopee',
  url: 'https://seller.shopee.co.id/new-webchat/conversations',
  health: 'ok',
  parts: MARKED_PARTS,
  list: [],
  conversation: {
    id: 'name:Rina',
    buyerName: 'Rina',
    messages: [{ id: 'b1', from: 'buyer', text: 'Halo kak', at: NOW - 60_000 }],
  },
};
const withList = (page: PageState, n: number): PageState => ({
  ...page,
  list: [{ id: `name:B${n}`, buyerName: `B${n}`, unread: true, lastAt: NOW }],
});

beforeEach(() => {
  useSidebarStore.setState({ page: null, notice: null, inserted: {}, product: null, seen: {} });
});

describe('the sidebar store', () => {
  it('keeps `seen` the same object while what was read of the open conversation stays the same', () => {
    const { setPage } = useSidebarStore.getState();
    setPage(state);
    const seen = useSidebarStore.getState().seen;
    expect(seen['name:Rina']).toMatchObject({ buyerName: 'Rina', waitingSince: NOW - 60_000 });
    // The same facts read again, as new objects (a page state for any other reason).
    setPage(structuredClone(state));
    expect(useSidebarStore.getState().seen).toBe(seen);
    setPage(withList(state, 1));
    expect(useSidebarStore.getState().seen).toBe(seen);
    // A real change is taken.
    setPage({ ...state, conversation: { ...state.conversation!, messages: [] } });
    expect(useSidebarStore.getState().seen).not.toBe(seen);
  });

  it('gives the same page view while only the list changes, and a new one when the rest does', () => {
    const { result } = renderHook(() => usePageView());
    act(() => useSidebarStore.getState().setPage(state));
    const view = result.current;
    expect(view?.conversation?.buyerName).toBe('Rina');
    act(() => useSidebarStore.getState().setPage(withList(state, 1)));
    act(() => useSidebarStore.getState().setPage(withList(state, 2)));
    expect(result.current).toBe(view);
    act(() => useSidebarStore.getState().setPage({ ...state, health: 'no-composer' }));
    expect(result.current).not.toBe(view);
    expect(result.current?.health).toBe('no-composer');
    act(() => useSidebarStore.setState({ page: null }));
    expect(result.current).toBeNull();
  });
});
