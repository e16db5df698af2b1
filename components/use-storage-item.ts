import { useEffect, useState } from 'react';
import { withRetry } from '../lib/retry';
import type { StorageItem } from '../lib/storage-item';

/**
 * The live value of a browser.storage item. The first read is async; a change that arrives through
 * `watch` before that read answers wins, so a stale first read never overwrites a newer value. A
 * read that fails is retried with growing pauses (lib/retry.ts) instead of leaving the fallback
 * standing for good.
 */
export function useStorageItem<T>(item: StorageItem<T>, initial: T): T {
  const [value, setValue] = useState<T>(initial);
  useEffect(() => {
    let changed = false;
    const stop = new AbortController();
    withRetry(() => item.getValue(), { signal: stop.signal }).then(
      (v) => {
        if (!stop.signal.aborted && !changed) setValue(v);
      },
      () => {
        // Every retry failed: the fallback stays until the next change arrives through `watch`.
      },
    );
    const unwatch = item.watch((v) => {
      changed = true;
      setValue(v);
    });
    return () => {
      stop.abort();
      unwatch();
    };
  }, [item]);
  return value;
}
