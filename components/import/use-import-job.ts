import { useCallback, useRef, useState } from 'react';
import type { Product } from '../../lib/catalog/types';
import { applyImport, type ImportSummary, isQuotaError, undoImport } from '../../lib/db/catalog-import';
import type { SigapDb } from '../../lib/db/schema';
import { markCatalogChanged } from '../catalog/mark-changed';

// Storing products (from a file or the sample catalog) and undoing that, shared by the import panel
// and the empty catalog's "Muat katalog contoh" so both end in the same summary with the same undo.

export type UndoState =
  | 'idle'
  | 'running'
  | 'done'
  | 'not-latest'
  | 'already-undone'
  | 'not-found'
  | 'expired'
  | 'failed';

export type ImportJob =
  | { state: 'idle' }
  | { state: 'storing'; fileName: string; count: number }
  | {
      state: 'done';
      fileName: string;
      summary: ImportSummary;
      undo: UndoState;
      /** After an undo: rows changed by hand since the import, which the undo left as they are. */
      kept?: { sku: string; name: string }[];
    }
  | { state: 'failed'; fileName: string; quota: boolean; reason: string };

export interface ImportJobControls {
  job: ImportJob;
  /** Resolves true when stored; a failure leaves the catalog as it was and sets `job` to failed. */
  store(fileName: string, products: Product[], skipped: number): Promise<boolean>;
  undo(): Promise<void>;
  reset(): void;
}

export function useImportJob(db: SigapDb): ImportJobControls {
  const [job, setJob] = useState<ImportJob>({ state: 'idle' });
  // The latest job, for `undo` without re-creating callbacks on every state change.
  const current = useRef(job);
  current.current = job;

  const store = useCallback(
    async (fileName: string, products: Product[], skipped: number) => {
      setJob({ state: 'storing', fileName, count: products.length });
      try {
        const started = performance.now();
        const summary = await applyImport(db, fileName, products, skipped);
        // Read by the e2e test and the bench: how long the store took in a real browser.
        performance.mark('sigap:import-stored', {
          detail: { count: products.length, ms: performance.now() - started },
        });
        setJob({ state: 'done', fileName, summary, undo: 'idle' });
        await markCatalogChanged();
        return true;
      } catch (error) {
        setJob({
          state: 'failed',
          fileName,
          quota: isQuotaError(error),
          reason: error instanceof Error ? error.message : String(error),
        });
        return false;
      }
    },
    [db],
  );

  const undo = useCallback(async () => {
    const done = current.current;
    if (done.state !== 'done' || done.undo === 'running' || done.undo === 'done') return;
    const set = (undo: UndoState, kept?: { sku: string; name: string }[]) =>
      setJob((j) =>
        j.state === 'done' && j.summary.importId === done.summary.importId ? { ...j, undo, kept } : j,
      );
    set('running');
    try {
      const result = await undoImport(db, done.summary.importId);
      if (result.ok) set('done', result.kept);
      else set(result.reason);
      if (result.ok) await markCatalogChanged();
    } catch {
      set('failed');
    }
  }, [db]);

  const reset = useCallback(() => setJob({ state: 'idle' }), []);
  return { job, store, undo, reset };
}
