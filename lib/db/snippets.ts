import { normaliseCombo } from '../key-combo';
import { snippetKeysItem, snippetsVersionItem } from '../settings';
import { META, type SigapDb, type StoredSnippet } from './schema';

// Snippet writes and what follows each: the sidebar refetches (version bump) and the content script
// learns the trigger words and hotkeys it must catch in the chat box (published keys).

export async function publishSnippetKeys(db: SigapDb): Promise<void> {
  const all = await db.snippets.toArray();
  const current = await snippetKeysItem.getValue();
  await snippetKeysItem.setValue({
    ...current,
    triggers: [...new Set(all.flatMap((s) => (s.trigger ? [s.trigger.toLowerCase()] : [])))],
    hotkeys: [...new Set(all.flatMap((s) => (s.hotkey ? [normaliseCombo(s.hotkey)] : [])))],
  });
  await snippetsVersionItem.setValue(Date.now());
}

/**
 * First run: the default set, so a new user has greetings and closings at once. Once only: the
 * background calls this on every start of its service worker, and a stored flag (written in the same
 * transaction as the snippets) makes every start after the first a no-op, so a default the agent
 * deleted, or all of them, stays deleted. Snippets already there (a restored backup) are not seeded
 * over. "Kembalikan template bawaan" brings the defaults back on request.
 */
export async function seedSnippets(db: SigapDb, defaults: readonly StoredSnippet[]): Promise<boolean> {
  const seeded = await db.transaction('rw', db.snippets, db.meta, async () => {
    if (await db.meta.get(META.snippetsSeeded)) return false;
    await db.meta.put({ key: META.snippetsSeeded, value: true });
    if ((await db.snippets.count()) > 0) return false;
    await db.snippets.bulkAdd([...defaults]);
    return true;
  });
  if (seeded) await publishSnippetKeys(db);
  return seeded;
}

export async function markSnippetUsed(db: SigapDb, id: string): Promise<void> {
  await db.snippets
    .where('id')
    .equals(id)
    .modify((s) => {
      s.useCount += 1;
    });
  await snippetsVersionItem.setValue(Date.now());
}
