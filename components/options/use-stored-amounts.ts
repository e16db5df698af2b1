import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { countProducts } from '../../lib/db/product-store';
import { type ReplySampleStats, replySampleStats } from '../../lib/db/reply-samples';
import type { SigapDb } from '../../lib/db/schema';

// How much Sigap keeps, live, for Pengaturan: the reply samples (and what a retention would delete),
// products and snippets, and the browser's estimate of the space the extension's origin uses.

export interface StoredAmounts {
  samples: ReplySampleStats;
  products: number;
  snippets: number;
}

export function useStoredAmounts(db: SigapDb, retentionDays: number): StoredAmounts | undefined {
  return useLiveQuery(
    async () => ({
      samples: await replySampleStats(db, retentionDays),
      products: await countProducts(db),
      snippets: await db.snippets.count(),
    }),
    [db, retentionDays],
  );
}

/** Bytes used by the extension's origin (IndexedDB and the rest), when the browser says. */
export function useUsageEstimate(refresh: unknown): number | null {
  const [usage, setUsage] = useState<number | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: re-estimated whenever `refresh` (the stored amounts) changes
  useEffect(() => {
    let live = true;
    void navigator.storage
      ?.estimate?.()
      .then((estimate) => {
        if (live) setUsage(estimate.usage ?? null);
      })
      .catch(() => {});
    return () => {
      live = false;
    };
  }, [refresh]);
  return usage;
}
