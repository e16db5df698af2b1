import type { WxtStorageItem } from '@wxt-dev/storage';
import { useEffect, useState } from 'react';

/**
 * The live value of a browser.storage item. The first read is async; a change that arrives through
 * `watch` before that read answers wins, so a stale first read never overwrites a newer value.
 */
export function useStorageItem<T>(item: WxtStorageItem<T, Record<string, unknown>>, initial: T): T {
  const [value, setValue] = useState<T>(initial);
  useEffect(() => {
    let changed = false;
    let alive = true;
    void item.getValue().then((v) => {
      if (alive && !changed) setValue(v);
    });
    const unwatch = item.watch((v) => {
      changed = true;
      setValue(v ?? item.fallback);
    });
    return () => {
      alive = false;
      unwatch();
    };
  }, [item]);
  return value;
}
