import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { snippetKeysItem, snippetsVersionItem } from '../settings';
import { defaultSnippets } from '../snippets/defaults';
import { InvalidSnippetError, type SnippetDraft } from '../snippets/rules';
import { SigapDb, type StoredSnippet } from './schema';
import {
  byCategoryThenOrder,
  createSnippet,
  deleteSnippet,
  duplicateSnippet,
  moveSnippet,
  replaceAllSnippets,
  restoreDefaultSnippets,
  restoreSnippet,
  setSnippetScope,
  updateSnippet,
} from './snippet-edit';

let db: SigapDb;
beforeEach(() => {
  db = new SigapDb(`snippet-edit-${Math.random()}`);
});
afterEach(async () => {
  await db.delete();
});

const draft = (over: Partial<SnippetDraft> = {}): SnippetDraft => ({
  title: 'Ongkir',
  category: 'product',
  body: 'Ongkir gratis ya Kak {pembeli}.',
  trigger: 'ongkir',
  hotkey: 'Ctrl+Alt+O',
  lang: 'id',
  ...over,
});

const published = () => snippetKeysItem.getValue();
const titles = async () => (await db.snippets.toArray()).sort(byCategoryThenOrder).map((s) => s.title);

describe('snippet writes', () => {
  it('creates a snippet after the others, tidied, and publishes its trigger and hotkey', async () => {
    await db.snippets.bulkAdd(defaultSnippets('id'));
    const row = await createSnippet(
      db,
      draft({ trigger: '/Ongkir', hotkey: 'ctrl+alt+o', title: ' Ongkir ' }),
      9,
    );
    expect(row).toMatchObject({
      title: 'Ongkir',
      trigger: 'ongkir',
      hotkey: 'Ctrl+Alt+O',
      useCount: 0,
      updatedAt: 9,
    });
    expect(row.order).toBe(defaultSnippets('id').length);
    expect(await db.snippets.get(row.id)).toEqual(row);
    const keys = await published();
    expect(keys.triggers).toContain('ongkir');
    expect(keys.hotkeys).toContain('Ctrl+Alt+O');
    expect(keys.expandKey).toBe('Tab');
    expect(await snippetsVersionItem.getValue()).toBeGreaterThan(0);
  });

  it('refuses a taken trigger, a conflicting hotkey or the focus-search hotkey, and writes nothing', async () => {
    await createSnippet(db, draft());
    for (const bad of [
      draft({ hotkey: null }),
      draft({ trigger: 'lain' }),
      draft({ trigger: 'x', hotkey: 'Alt+K' }),
    ]) {
      await expect(createSnippet(db, bad)).rejects.toBeInstanceOf(InvalidSnippetError);
    }
    await snippetKeysItem.setValue({ ...(await published()), focusSearchHotkey: 'Alt+J' });
    await expect(createSnippet(db, draft({ trigger: 'y', hotkey: 'Alt+J' }))).rejects.toThrow(
      /hotkey conflict/,
    );
    expect(await db.snippets.count()).toBe(1);
  });

  it('updates a snippet, keeping its own trigger and hotkey legal, and returns the row before', async () => {
    const row = await createSnippet(db, draft());
    const before = await updateSnippet(
      db,
      row.id,
      draft({ body: 'Baru', trigger: 'kirim', hotkey: null }),
      20,
    );
    expect(before).toEqual(row);
    expect(await db.snippets.get(row.id)).toMatchObject({
      body: 'Baru',
      trigger: 'kirim',
      hotkey: null,
      updatedAt: 20,
    });
    expect((await published()).triggers).toEqual(['kirim']);
    expect((await published()).hotkeys).toEqual([]);
    expect(await updateSnippet(db, 'gone', draft())).toBeUndefined();
  });

  it('forgets who a team sync named once the snippet is edited, copied or re-scoped here', async () => {
    const row = await createSnippet(db, draft());
    await db.snippets.update(row.id, { scope: 'tim', updatedBy: 'rina' });
    const copy = await duplicateSnippet(db, row.id, '(salinan)', 30);
    expect(copy).not.toHaveProperty('updatedBy');
    expect(await db.snippets.get(copy!.id)).not.toHaveProperty('updatedBy');

    await updateSnippet(db, row.id, draft({ body: 'Baru' }), 40);
    expect(await db.snippets.get(row.id)).not.toHaveProperty('updatedBy');

    await db.snippets.update(row.id, { updatedBy: 'rina' });
    await setSnippetScope(db, row.id, 'pribadi', 50);
    const scoped = await db.snippets.get(row.id);
    expect(scoped).toMatchObject({ scope: 'pribadi', updatedAt: 50 });
    expect(scoped).not.toHaveProperty('updatedBy');
  });

  it('deletes and restores exactly the row; a restored row gives up keys taken meanwhile', async () => {
    const row = await createSnippet(db, draft());
    expect(await deleteSnippet(db, row.id)).toEqual(row);
    expect((await published()).triggers).toEqual([]);
    expect(await restoreSnippet(db, row)).toEqual(row);
    expect(await db.snippets.get(row.id)).toEqual(row);
    expect((await published()).triggers).toEqual(['ongkir']);

    await deleteSnippet(db, row.id);
    await createSnippet(db, draft({ title: 'Ongkir baru' }));
    const back = await restoreSnippet(db, row);
    expect(back).toMatchObject({ id: row.id, trigger: null, hotkey: null, body: row.body });
  });

  it('duplicates right after the original, without its trigger and hotkey', async () => {
    await db.snippets.bulkAdd(defaultSnippets('id'));
    const copy = await duplicateSnippet(db, 'default-id-rusak', '(salinan)', 3);
    expect(copy).toMatchObject({
      title: 'Barang rusak (salinan)',
      trigger: null,
      hotkey: null,
      category: 'sop',
    });
    const sop = (await titles()).filter((t) => /rusak|Salah kirim/.test(t));
    expect(sop).toEqual(['Barang rusak', 'Barang rusak (salinan)', 'Salah kirim']);
    expect(await duplicateSnippet(db, 'gone', '(salinan)')).toBeUndefined();
  });

  it('moves a snippet up and down within its category only', async () => {
    await db.snippets.bulkAdd(defaultSnippets('id'));
    const sop = async () =>
      (await db.snippets.where('category').equals('sop').toArray())
        .sort((a, b) => a.order - b.order)
        .map((s) => s.trigger);
    const start = await sop();
    expect(await moveSnippet(db, 'default-id-salahkirim', -1)).toBe(true);
    expect(await sop()).toEqual([start[1], start[0], ...start.slice(2)]);
    expect(await moveSnippet(db, 'default-id-salahkirim', -1)).toBe(false);
    expect(await moveSnippet(db, 'default-id-salahkirim', 1)).toBe(true);
    expect(await sop()).toEqual(start);
    // The last greeting cannot move down into the next category.
    expect(await moveSnippet(db, 'default-id-salam', 1)).toBe(false);
  });

  it('moves even when orders tie (two languages seeded with the same numbers)', async () => {
    await db.snippets.bulkAdd([...defaultSnippets('id'), ...defaultSnippets('en')]);
    const greetings = async () =>
      (await db.snippets.where('category').equals('greeting').toArray())
        .sort(byCategoryThenOrder)
        .map((s) => s.id);
    const before = await greetings();
    expect(await moveSnippet(db, before[1]!, -1)).toBe(true);
    expect(await greetings()).toEqual([before[1], before[0]]);
  });

  it('replaces the whole set on import, keeping usage counts of surviving ids, and returns the old set', async () => {
    const defaults = defaultSnippets('id');
    await db.snippets.bulkAdd(defaults.map((s) => ({ ...s, useCount: s.trigger === 'salam' ? 4 : 0 })));
    const incoming = [
      { ...defaults[0]!, body: 'Halo!', useCount: 0 },
      { ...defaults[1]!, id: 's-new', trigger: 'baru', hotkey: null, useCount: 0 },
    ];
    const previous = await replaceAllSnippets(db, incoming);
    expect(previous).toHaveLength(defaults.length);
    const now = await db.snippets.toArray();
    expect(now.map((s) => s.id).sort()).toEqual(['default-id-salam', 's-new']);
    expect(now.find((s) => s.id === 'default-id-salam')).toMatchObject({ body: 'Halo!', useCount: 4 });
    expect((await published()).triggers.sort()).toEqual(['baru', 'salam']);
    await replaceAllSnippets(db, previous);
    expect(await db.snippets.count()).toBe(defaults.length);
  });

  it('restores the missing defaults by id, after the others, without clashing keys', async () => {
    const defaults = defaultSnippets('id');
    await db.snippets.bulkAdd(defaults.filter((s) => s.trigger !== 'salam' && s.trigger !== 'makasih'));
    await createSnippet(
      db,
      draft({ title: 'Salam saya', category: 'greeting', trigger: 'salam', hotkey: 'Alt+G' }),
    );
    const added = await restoreDefaultSnippets(db, 'id', 7);
    expect(added.map((s) => s.id)).toEqual(['default-id-salam', 'default-id-makasih']);
    expect(added[0]).toMatchObject({ trigger: null, hotkey: null, updatedAt: 7 });
    expect(added[1]).toMatchObject({ trigger: 'makasih', hotkey: 'Alt+C' });
    expect(await db.snippets.count()).toBe(defaults.length + 1);
    expect(await restoreDefaultSnippets(db, 'id')).toEqual([]);
    const ids = (await db.snippets.toArray()).map((s: StoredSnippet) => s.order);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
