import { describe, expect, it } from 'vitest';
import { mergeItems, pick, type ReconcileInput, reconcile } from './conflict';
import { entryHash } from './hash';
import type { Entry } from './types';

const e = (v: unknown, at: number, by = 'ani', del = false): Entry =>
  del ? { v: null, at, by, del: true } : { v, at, by };

function run(partial: Partial<ReconcileInput>) {
  return reconcile({
    docId: 'snippet:s1',
    kind: 'snippet',
    local: {},
    remote: {},
    base: {},
    canWrite: true,
    me: 'ani',
    now: 5000,
    ...partial,
  });
}

describe('conflict rule', () => {
  it('takes the later write, whichever side it is on', () => {
    expect(pick(e('a', 1), e('b', 2)).v).toBe('b');
    expect(pick(e('b', 2), e('a', 1)).v).toBe('b');
  });

  it('lets a delete win over an older edit, and a newer edit over an older delete', () => {
    expect(pick(e('edit', 1), e(null, 2, 'budi', true)).del).toBe(true);
    expect(pick(e(null, 1, 'budi', true), e('edit', 2)).v).toBe('edit');
    // The same millisecond: the delete wins.
    expect(pick(e('edit', 3, 'zed'), e(null, 3, 'ani', true)).del).toBe(true);
  });

  it('breaks a full tie the same way in either order (every browser converges)', () => {
    const a = e('x', 7, 'ani');
    const b = e('y', 7, 'ani');
    expect(pick(a, b)).toBe(pick(b, a));
    const c = e('x', 7, 'budi');
    expect(pick(a, c)).toBe(pick(c, a));
  });

  it('merges conflicting revisions item by item', () => {
    const merged = mergeItems([
      { A: e('a1', 1), B: e('b2', 2) },
      { A: e('a3', 3), B: e('b1', 1), C: e(null, 4, 'budi', true) },
    ]);
    expect(merged.A?.v).toBe('a3');
    expect(merged.B?.v).toBe('b2');
    expect(merged.C?.del).toBe(true);
  });
});

describe('reconcile (local rows × mirror × last agreement)', () => {
  it('sends a new local item to the mirror stamped with its row time and me', () => {
    const r = run({ local: { s1: { v: 'hello', at: 100 } } });
    expect(r.remote?.s1).toEqual({ v: 'hello', at: 100, by: 'ani' });
    expect(r.local).toEqual([]);
    expect(r.base.s1).toEqual({ h: entryHash({ v: 'hello' }), at: 100 });
  });

  it('brings a new mirror item into the tables and writes nothing back', () => {
    const r = run({ remote: { s1: e('from budi', 100, 'budi') } });
    expect(r.remote).toBeNull();
    expect(r.local.map((w) => w.entry.v)).toEqual(['from budi']);
  });

  it('turns a row gone since the agreement into a tombstone, stamped now', () => {
    const r = run({ remote: { s1: e('x', 100) }, base: { s1: { h: entryHash({ v: 'x' }), at: 100 } } });
    expect(r.remote?.s1).toEqual({ v: null, at: 5000, by: 'ani', del: true });
    expect(r.local).toEqual([]);
  });

  it('applies a remote tombstone as a local delete', () => {
    const r = run({
      local: { s1: { v: 'x', at: 100 } },
      remote: { s1: e(null, 200, 'budi', true) },
      base: { s1: { h: entryHash({ v: 'x' }), at: 100 } },
    });
    expect(r.remote).toBeNull();
    expect(r.local[0]?.entry.del).toBe(true);
  });

  it('both sides edited offline: the later edit wins on both sides', () => {
    const agreed = { s1: { h: entryHash({ v: 'old' }), at: 100 } };
    const localNewer = run({
      local: { s1: { v: 'mine', at: 300 } },
      remote: { s1: e('theirs', 200, 'budi') },
      base: agreed,
    });
    expect(localNewer.remote?.s1?.v).toBe('mine');
    expect(localNewer.local).toEqual([]);
    const remoteNewer = run({
      local: { s1: { v: 'mine', at: 200 } },
      remote: { s1: e('theirs', 300, 'budi') },
      base: agreed,
    });
    expect(remoteNewer.remote).toBeNull();
    expect(remoteNewer.local[0]?.entry.v).toBe('theirs');
  });

  it('stamps a changed row with now when its own time is not newer than the agreement', () => {
    // Settings keep no time (0); a restored backup brings old times back.
    const r = run({
      local: { s1: { v: 'changed', at: 0 } },
      remote: { s1: e('old', 100) },
      base: { s1: { h: entryHash({ v: 'old' }), at: 100 } },
    });
    expect(r.remote?.s1).toEqual({ v: 'changed', at: 5000, by: 'ani' });
  });

  it('writes nothing when both sides already hold the same content', () => {
    const r = run({ local: { s1: { v: 'same', at: 1 } }, remote: { s1: e('same', 9, 'budi') } });
    expect(r.remote).toBeNull();
    expect(r.local).toEqual([]);
    expect(r.base.s1?.at).toBe(9);
  });

  it('never writes a key a private snippet holds', () => {
    const r = run({ local: {}, remote: { s1: e('team', 1, 'budi') }, blocked: new Set(['s1']) });
    expect(r.local).toEqual([]);
    expect(r.remote).toBeNull();
  });

  it('keeps a login without write rights from sharing its edit, and says so', () => {
    const agreed = { s1: { h: entryHash({ v: 'team' }), at: 100 } };
    const kept = run({
      canWrite: false,
      local: { s1: { v: 'agent edit', at: 200 } },
      remote: { s1: e('team', 100) },
      base: agreed,
    });
    expect(kept.remote).toBeNull();
    expect(kept.local).toEqual([]);
    expect(kept.refused).toEqual(['s1']);
    // Once the owner changes the item, the team's version replaces the unshared edit.
    const replaced = run({
      canWrite: false,
      local: { s1: { v: 'agent edit', at: 200 } },
      remote: { s1: e('owner v2', 150) },
      base: agreed,
    });
    expect(replaced.remote).toBeNull();
    expect(replaced.local[0]?.entry.v).toBe('owner v2');
  });

  it('treats reply samples as append-only: a missing row is no delete, a shared one is never rewritten', () => {
    const sample = { docId: 'sample:ani:x', kind: 'sample' as const };
    const agreed = { x: { h: entryHash({ v: 's' }), at: 1 } };
    const pruned = run({ ...sample, remote: { x: e('s', 1) }, base: agreed });
    expect(pruned.remote).toBeNull();
    const changed = run({
      ...sample,
      local: { x: { v: 's2', at: 1 } },
      remote: { x: e('s', 1) },
      base: agreed,
    });
    expect(changed.remote).toBeNull();
  });
});
