import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { snippetKeysItem } from '../settings';
import { defaultSnippets } from '../snippets/defaults';
import { SigapDb } from './schema';
import { deleteSnippet } from './snippet-edit';
import { seedSnippets } from './snippets';

// The default set is written once, on the first start of the service worker. Each `new SigapDb`
// below is a worker start: Chrome stops an idle MV3 worker after ~30 s and the next message starts
// it again, running the background's start-up (and so the seeding) every time.

const NAME = 'seed-once';
afterEach(async () => {
  await Dexie.delete(NAME);
});

async function workerStart(): Promise<{ db: SigapDb; seeded: boolean }> {
  const db = new SigapDb(NAME);
  return { db, seeded: await seedSnippets(db, defaultSnippets('id')) };
}

describe('seedSnippets', () => {
  it('seeds the default set on the first start and publishes its keys', async () => {
    const { db, seeded } = await workerStart();
    expect(seeded).toBe(true);
    expect(await db.snippets.count()).toBe(defaultSnippets('id').length);
    expect((await snippetKeysItem.getValue()).triggers).toContain('salam');
    db.close();
  });

  it('never brings back a deleted default, across worker restarts', async () => {
    const first = await workerStart();
    const salam = defaultSnippets('id').find((s) => s.trigger === 'salam')!;
    await deleteSnippet(first.db, salam.id);
    first.db.close();
    for (let restart = 0; restart < 3; restart++) {
      const { db, seeded } = await workerStart();
      expect(seeded).toBe(false);
      expect(await db.snippets.get(salam.id)).toBeUndefined();
      expect(await db.snippets.count()).toBe(defaultSnippets('id').length - 1);
      db.close();
    }
  });

  it('leaves an emptied set empty: deleting every default is a choice too', async () => {
    const first = await workerStart();
    for (const s of await first.db.snippets.toArray()) await deleteSnippet(first.db, s.id);
    first.db.close();
    const { db, seeded } = await workerStart();
    expect(seeded).toBe(false);
    expect(await db.snippets.count()).toBe(0);
    db.close();
  });

  it('does not seed over snippets that are already there (a restored backup)', async () => {
    const db = new SigapDb(NAME);
    await db.snippets.add({ ...defaultSnippets('id')[0]!, id: 'own', title: 'Punya toko' });
    expect(await seedSnippets(db, defaultSnippets('id'))).toBe(false);
    expect((await db.snippets.toArray()).map((s) => s.id)).toEqual(['own']);
    db.close();
  });

  it('seeds once even when two starts race', async () => {
    const a = new SigapDb(NAME);
    const b = new SigapDb(NAME);
    const results = await Promise.all([
      seedSnippets(a, defaultSnippets('id')),
      seedSnippets(b, defaultSnippets('id')),
    ]);
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await a.snippets.count()).toBe(defaultSnippets('id').length);
    a.close();
    b.close();
  });
});
