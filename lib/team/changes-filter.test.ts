import { describe, expect, it } from 'vitest';
import { PouchDB } from '../../tests/team/pouch-node';
import applyChangesFilterPlugin, { STRING_FILTER_REFUSED } from './changes-filter';

// The stand-in replaces the plugin pouchdb-core installed (the build aliases the module instead).
PouchDB.plugin(applyChangesFilterPlugin);

type Changes = (opts: object) => Promise<{ results: { id: string }[] }>;
const changes = (db: PouchDB.Database, opts: object) => (db as unknown as { changes: Changes }).changes(opts);

let n = 0;
async function dbWithDesignFilter() {
  const db = new PouchDB(`changes-filter-${n++}`, { adapter: 'memory' });
  await db.bulkDocs([
    { _id: 'a', keep: true },
    { _id: 'b', keep: false },
    // A server could send this: the original plugin would compile and run its source.
    { _id: '_design/evil', filters: { f: 'function (doc) { globalThis.__ran = true; return true; }' } },
  ]);
  return db;
}

describe('changes filter stand-in', () => {
  it('refuses a design-document filter, a view and a selector without running any code', async () => {
    const db = await dbWithDesignFilter();
    for (const opts of [
      { filter: 'evil/f' },
      { filter: '_view', view: 'evil/v' },
      { selector: { keep: true } },
    ])
      await expect(changes(db, opts)).rejects.toThrow(STRING_FILTER_REFUSED);
    expect((globalThis as { __ran?: boolean }).__ran).toBeUndefined();
  });

  it('keeps function filters and plain replication working', async () => {
    const db = await dbWithDesignFilter();
    const kept = await changes(db, { filter: (doc: { keep?: boolean }) => doc.keep === true });
    expect(kept.results.map((r) => r.id)).toEqual(['a']);
    const copy = new PouchDB(`changes-filter-${n++}`, { adapter: 'memory' });
    const result = await db.replicate.to(copy);
    expect(result.docs_written).toBe(3);
    expect((await copy.allDocs()).rows.map((r) => r.id).sort()).toEqual(['_design/evil', 'a', 'b']);
  });
});
