import { describe, expect, it } from 'vitest';
import {
  clampSidebarWidth,
  langItem,
  SIDEBAR_MAX_WIDTH,
  SIDEBAR_MIN_WIDTH,
  sidebarStateItem,
} from './settings';

describe('settings', () => {
  it('clamps the sidebar width to a usable range', () => {
    expect(clampSidebarWidth(100)).toBe(SIDEBAR_MIN_WIDTH);
    expect(clampSidebarWidth(5000)).toBe(SIDEBAR_MAX_WIDTH);
    expect(clampSidebarWidth(400.4)).toBe(400);
    expect(clampSidebarWidth(Number.NaN)).toBe(360);
  });

  it('falls back to Indonesian and an open sidebar, and remembers changes', async () => {
    expect(await langItem.getValue()).toBe('id');
    expect(await sidebarStateItem.getValue()).toEqual({ open: true, width: 360 });
    await sidebarStateItem.setValue({ open: false, width: 420 });
    expect(await sidebarStateItem.getValue()).toEqual({ open: false, width: 420 });
  });
});
