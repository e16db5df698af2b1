import type { Lang } from '../i18n';
import { snippetKeysItem } from '../settings';
import { defaultSnippets } from '../snippets/defaults';
import { hotkeyConflicts } from '../snippets/hotkey-conflicts';
import { InvalidSnippetError, type SnippetDraft, snippetProblems, tidyDraft } from '../snippets/rules';
import { SNIPPET_CATEGORIES } from '../snippets/types';
import type { SigapDb, StoredSnippet } from './schema';
import { publishSnippetKeys } from './snippets';

// Snippet writes from the options page. Each one re-checks the rules inside its transaction (the
// editor checked against a list that may be a moment old), returns what undo needs, and ends with
// `publishSnippetKeys` so the content script and the sidebars follow at once.

async function focusSearchHotkey(): Promise<string> {
  return (await snippetKeysItem.getValue()).focusSearchHotkey;
}

function checked(draft: SnippetDraft, others: StoredSnippet[], focus: string, selfId?: string) {
  const tidy = tidyDraft(draft);
  const problems = snippetProblems(tidy, { others, selfId, focusSearchHotkey: focus });
  if (problems.length > 0) throw new InvalidSnippetError(problems);
  return tidy;
}

function newId(): string {
  return `s-${crypto.randomUUID()}`;
}

const maxOrder = (all: StoredSnippet[]) => all.reduce((max, s) => Math.max(max, s.order), -1);

export async function createSnippet(db: SigapDb, draft: SnippetDraft, now = Date.now()) {
  const focus = await focusSearchHotkey();
  const row = await db.transaction('rw', db.snippets, async () => {
    const all = await db.snippets.toArray();
    const created: StoredSnippet = {
      ...checked(draft, all, focus),
      id: newId(),
      order: maxOrder(all) + 1,
      useCount: 0,
      updatedAt: now,
    };
    await db.snippets.add(created);
    return created;
  });
  await publishSnippetKeys(db);
  return row;
}

/** Saves the editor's fields; returns the row as it was (for undo), or undefined when it is gone. */
export async function updateSnippet(db: SigapDb, id: string, draft: SnippetDraft, now = Date.now()) {
  const focus = await focusSearchHotkey();
  const before = await db.transaction('rw', db.snippets, async () => {
    const all = await db.snippets.toArray();
    const row = all.find((s) => s.id === id);
    if (!row) return undefined;
    // Changed here now: the team member a sync last named (updatedBy) no longer made this version.
    const { updatedBy: _by, ...mine } = row;
    await db.snippets.put({ ...mine, ...checked(draft, all, focus, id), updatedAt: now });
    return row;
  });
  await publishSnippetKeys(db);
  return before;
}

export async function deleteSnippet(db: SigapDb, id: string): Promise<StoredSnippet | undefined> {
  const before = await db.transaction('rw', db.snippets, async () => {
    const row = await db.snippets.get(id);
    if (row) await db.snippets.delete(id);
    return row;
  });
  await publishSnippetKeys(db);
  return before;
}

/** Deletes several snippets in one transaction (undo of "restore defaults"): all go, or none. */
export async function deleteSnippets(db: SigapDb, ids: readonly string[]): Promise<void> {
  await db.transaction('rw', db.snippets, () => db.snippets.bulkDelete([...ids]));
  await publishSnippetKeys(db);
}

/**
 * Puts a deleted row back (undo). If its trigger or hotkey was taken by another snippet meanwhile,
 * the restored row gives them up rather than making two snippets answer to the same key.
 */
export async function restoreSnippet(db: SigapDb, row: StoredSnippet): Promise<StoredSnippet> {
  const restored = await db.transaction('rw', db.snippets, async () => {
    const others = (await db.snippets.toArray()).filter((s) => s.id !== row.id);
    const put = withoutClashes(row, others);
    await db.snippets.put(put);
    return put;
  });
  await publishSnippetKeys(db);
  return restored;
}

function withoutClashes(row: StoredSnippet, others: StoredSnippet[]): StoredSnippet {
  const triggerTaken = row.trigger && others.some((s) => s.trigger?.toLowerCase() === row.trigger);
  const hotkeyTaken =
    row.hotkey &&
    hotkeyConflicts(row.hotkey, { snippets: others, focusSearchHotkey: null }).some(
      (c) => c.kind === 'snippet',
    );
  return { ...row, trigger: triggerTaken ? null : row.trigger, hotkey: hotkeyTaken ? null : row.hotkey };
}

/**
 * A copy right after the original, titled with `suffix` ("(salinan)"). Trigger and hotkey stay with
 * the original: both must be unique, and the agent gives the copy its own in the editor.
 */
export async function duplicateSnippet(db: SigapDb, id: string, suffix: string, now = Date.now()) {
  const copy = await db.transaction('rw', db.snippets, async () => {
    const original = await db.snippets.get(id);
    if (!original) return undefined;
    await db.snippets
      .where('order')
      .above(original.order)
      .modify((s) => {
        s.order += 1;
      });
    // A copy made here: not the work of whoever a team sync named on the original.
    const { updatedBy: _by, ...mine } = original;
    const row: StoredSnippet = {
      ...mine,
      id: newId(),
      title: `${original.title} ${suffix}`.slice(0, 80),
      trigger: null,
      hotkey: null,
      order: original.order + 1,
      useCount: 0,
      updatedAt: now,
    };
    await db.snippets.add(row);
    return row;
  });
  await publishSnippetKeys(db);
  return copy;
}

const rank = (category: string) => {
  const i = (SNIPPET_CATEGORIES as readonly string[]).indexOf(category);
  return i === -1 ? SNIPPET_CATEGORIES.length : i;
};

/** Category first, then `order`: the list the options page shows and the sidebar ties break on. */
export function byCategoryThenOrder(a: StoredSnippet, b: StoredSnippet): number {
  return rank(a.category) - rank(b.category) || a.order - b.order || a.id.localeCompare(b.id);
}

/**
 * Moves a snippet one place up (-1) or down (+1) among the snippets of its category; returns false
 * at the edge. Renumbers every row 0..n-1 so equal or sparse orders (two seeded languages, imports)
 * never make a move a no-op.
 */
export async function moveSnippet(db: SigapDb, id: string, step: -1 | 1): Promise<boolean> {
  const moved = await db.transaction('rw', db.snippets, async () => {
    const all = (await db.snippets.toArray()).sort(byCategoryThenOrder);
    const from = all.findIndex((s) => s.id === id);
    const to = from + step;
    if (from === -1 || to < 0 || to >= all.length || all[to]!.category !== all[from]!.category) return false;
    [all[from], all[to]] = [all[to]!, all[from]!];
    const changed = all.flatMap((s, order) => (s.order === order ? [] : [{ ...s, order }]));
    await db.snippets.bulkPut(changed);
    return true;
  });
  if (moved) await publishSnippetKeys(db);
  return moved;
}

/**
 * The import: the file's snippets become the whole set (see lib/snippets/io.ts for why replace, not
 * merge). Usage counts carry over for ids that survive. Returns the previous set for undo.
 */
export async function replaceAllSnippets(db: SigapDb, next: readonly StoredSnippet[]) {
  const previous = await db.transaction('rw', db.snippets, async () => {
    const before = await db.snippets.toArray();
    const used = new Map(before.map((s) => [s.id, s.useCount]));
    await db.snippets.clear();
    await db.snippets.bulkAdd(next.map((s) => ({ ...s, useCount: used.get(s.id) ?? s.useCount })));
    return before;
  });
  await publishSnippetKeys(db);
  return previous;
}

/**
 * "Kembalikan template bawaan": adds the defaults of `lang` whose id is missing, after the others.
 * A default whose trigger or hotkey the agent has since given to another snippet comes back without
 * it. Returns the rows added.
 */
export async function restoreDefaultSnippets(db: SigapDb, lang: Lang, now = Date.now()) {
  const added = await db.transaction('rw', db.snippets, async () => {
    const all = await db.snippets.toArray();
    const have = new Set(all.map((s) => s.id));
    const rows: StoredSnippet[] = [];
    let order = maxOrder(all);
    for (const d of defaultSnippets(lang)) {
      if (have.has(d.id)) continue;
      order += 1;
      rows.push(withoutClashes({ ...d, order, updatedAt: now }, [...all, ...rows]));
    }
    await db.snippets.bulkAdd(rows);
    return rows;
  });
  await publishSnippetKeys(db);
  return added;
}

/**
 * Team sync (lib/team): shares a snippet with the shop (`tim`) or keeps it in this browser only
 * (`pribadi`). A new time, so the change wins over what the server holds; a snippet made private
 * again is removed from the team (the other browsers delete their copy; this one keeps it).
 */
export async function setSnippetScope(db: SigapDb, id: string, scope: 'tim' | 'pribadi', now = Date.now()) {
  // Dexie deletes a property updated to undefined: the change is this browser's, not a team member's.
  const changed = await db.snippets.update(id, { scope, updatedAt: now, updatedBy: undefined });
  if (changed > 0) await publishSnippetKeys(db);
  return changed > 0;
}
