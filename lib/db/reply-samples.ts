import { markFirstReplies, type ReplySample } from '../reply-clock/samples';
import type { SigapDb, StoredReplySample } from './schema';

/**
 * Stores samples; ids are deterministic, so samples seen again overwrite themselves. The first-reply
 * mark is settled over everything known of the conversations involved: a page shows only the newest
 * part of a long chat, so the earliest sample read so far may not be the earliest there is.
 */
export async function storeReplySamples(db: SigapDb, samples: StoredReplySample[]): Promise<number> {
  if (samples.length === 0) return 0;
  return db.transaction('rw', db.replySamples, async () => {
    const conversations = [...new Set(samples.map((s) => s.conversationId))];
    const stored = await db.replySamples.where('conversationId').anyOf(conversations).toArray();
    const byId = new Map<string, StoredReplySample>();
    for (const s of [...stored, ...samples]) byId.set(s.id, s);
    const settled = markFirstReplies([...byId.values()] as ReplySample[]);
    await db.replySamples.bulkPut(settled);
    return samples.length;
  });
}
