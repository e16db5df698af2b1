import { describe, expect, it } from 'vitest';
import { defineItem } from './storage-item';

describe('defineItem', () => {
  it('reads the fallback until a value is stored, then the value', async () => {
    const item = defineItem('t1', { open: true });
    expect(await item.getValue()).toEqual({ open: true });
    await item.setValue({ open: false });
    expect(await item.getValue()).toEqual({ open: false });
  });

  it('notifies watchers of changes to its own key only, until unsubscribed', async () => {
    const item = defineItem('t2', 0);
    const other = defineItem('t3', 0);
    const seen: number[] = [];
    const stop = item.watch((v) => seen.push(v));
    await item.setValue(5);
    await other.setValue(9);
    stop();
    await item.setValue(6);
    expect(seen).toEqual([5]);
  });
});
