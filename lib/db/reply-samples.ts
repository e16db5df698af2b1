import type { SigapDb, StoredReplySample } from './schema';

/** Stores samples; ids are deterministic, so samples seen again overwrite themselves. */
export async function storeReplySamples(db: SigapDb, samples: StoredReplySample[]): Promise<number> {
  if (samples.length === 0) return 0;
  await db.replySamples.bulkPut(samples);
  return samples.length;
}
