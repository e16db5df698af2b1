import { META, type SigapDb } from '../db/schema';
import { type TeamConfig, teamConfigReason } from './connection';

// The connection the background resumes after its service worker restarts.

export async function loadConnection(db: SigapDb): Promise<TeamConfig | null> {
  const row = await db.meta.get(META.teamConnection);
  return row && teamConfigReason(row.value) === null ? (row.value as TeamConfig) : null;
}

export async function saveConnection(db: SigapDb, config: TeamConfig | null): Promise<void> {
  if (config) await db.meta.put({ key: META.teamConnection, value: { ...config } });
  else await db.meta.delete(META.teamConnection);
}
