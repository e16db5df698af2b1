import { useEffect, useState } from 'react';
import type { StorageItem } from '../lib/storage-item';

/**
 * The live value of a browser.storage item. The first read is async; a change that arrives through
 * `watch` before that read answers wins, so a stale first read never overwrites a newer value.
 */
export function useStorageItem<T>(item: StorageItem<T>, initial: T): T {
  const [value, setValue] = useState<T>(initial);
  useEffect(() => {
    let changed = false;
    let alive = true;
    void item.getValue().then((v) => {
      if (alive && !changed) setValue(v);
    });
    const unwatch = item.watch((v) => {
      changed = true;
      setValue(v);
    });
    return () => {
      alive = false;
      unwatch();
    };
  }, [item]);
  return value;
}
