import { markFirstReplies, type ReplySample } from '../reply-clock/samples';
import { replyRetentionItem } from '../settings';
import type { SigapDb, StoredReplySample } from './schema';

const DAY = 86_400_000;

/**
 * Reply samples are kept for a number of days the shop sets (Pengaturan), then deleted: one is
 * stored per answered stretch of every chat, so without a limit the table only grows. The default
 * is the setting's fallback (400 days); the marketplaces' own response-rate figures look at 90.
 */
export const DEFAULT_RETENTION_DAYS = replyRetentionItem.fallback;
export const MIN_RETENTION_DAYS = 90;
export const MAX_RETENTION_DAYS = 3650;

export function validRetentionDays(days: number): boolean {
  return Number.isInteger(days) && days >= MIN_RETENTION_DAYS && days <= MAX_RETENTION_DAYS;
}

async function retentionDays(given?: number): Promise<number> {
  const days = given ?? (await replyRetentionItem.getValue());
  // A setting damaged in storage must never prune more than the shop asked for.
  return validRetentionDays(days) ? days : DEFAULT_RETENTION_DAYS;
}

/** Samples answered before this moment are past the retention. */
const cutoff = (days: number, now: number) => now - days * DAY;

/**
 * Stores samples; ids are deterministic, so samples seen again overwrite themselves. The first-reply
 * mark is settled over everything known of the conversations involved: a page shows only the newest
 * part of a long chat, so the earliest sample read so far may not be the earliest there is.
 * Samples past the retention are not stored (an old chat scrolled through would bring them back),
 * and stored ones past it are deleted in the same transaction. Returns how many were stored.
 */
export async function storeReplySamples(
  db: SigapDb,
  samples: StoredReplySample[],
  options: { now?: number; retentionDays?: number } = {},
): Promise<number> {
  const from = cutoff(await retentionDays(options.retentionDays), options.now ?? Date.now());
  const fresh = samples.filter((s) => s.replyAt >= from);
  return db.transaction('rw', db.replySamples, async () => {
    await db.replySamples.where('replyAt').below(from).delete();
    if (fresh.length === 0) return 0;
    const conversations = [...new Set(fresh.map((s) => s.conversationId))];
    const stored = await db.replySamples.where('conversationId').anyOf(conversations).toArray();
    const byId = new Map<string, StoredReplySample>();
    for (const s of [...stored, ...fresh]) byId.set(s.id, s);
    const settled = markFirstReplies([...byId.values()] as ReplySample[]);
    await db.replySamples.bulkPut(settled);
    return fresh.length;
  });
}

/** Deletes the samples past the retention; returns how many. */
export async function pruneReplySamples(db: SigapDb, days?: number, now = Date.now()): Promise<number> {
  const from = cutoff(await retentionDays(days), now);
  return db.replySamples.where('replyAt').below(from).delete();
}

export interface ReplySampleStats {
  count: number;
  /** When the oldest stored sample was answered, or null when there is none. */
  oldestAt: number | null;
  /** How many a retention of `days` would delete. */
  beyond: number;
}

/** What Pengaturan says about the stored samples (read through the replyAt index, no full scan). */
export async function replySampleStats(
  db: SigapDb,
  days: number,
  now = Date.now(),
): Promise<ReplySampleStats> {
  return db.transaction('r', db.replySamples, async () => {
    const count = await db.replySamples.count();
    const oldest = await db.replySamples.orderBy('replyAt').first();
    const beyond = validRetentionDays(days)
      ? await db.replySamples.where('replyAt').below(cutoff(days, now)).count()
      : 0;
    return { count, oldestAt: oldest?.replyAt ?? null, beyond };
  });
}
