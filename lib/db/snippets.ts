import { normaliseCombo } from '../key-combo';
import { snippetKeysItem, snippetsVersionItem } from '../settings';
import type { SigapDb, StoredSnippet } from './schema';

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

/** First run: the default set, so a new user has greetings and closings at once. */
export async function seedSnippets(db: SigapDb, defaults: readonly StoredSnippet[]): Promise<boolean> {
  const seeded = await db.transaction('rw', db.snippets, async () => {
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
