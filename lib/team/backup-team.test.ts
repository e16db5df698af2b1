import { afterEach, describe, expect, it } from 'vitest';
import { createBackup, readBackup, restoreBackup } from '../db/backup';
import { putProducts } from '../db/product-store';
import { META, SigapDb } from '../db/schema';
import { loadConnection, saveConnection } from './connection-store';

// Backups after team sync: the team fields travel (a backup must restore), the password does not.

let db: SigapDb;
afterEach(async () => {
  await db?.delete();
});

describe('backups with team sync', () => {
  it('keeps scope, who and agent, leaves the team password out, and keeps this browser’s connection', async () => {
    db = new SigapDb('team-backup');
    const config = {
      url: 'https://couch.example',
      database: 'toko',
      username: 'ani',
      password: 'sangat-rahasia',
    };
    await saveConnection(db, config);
    await putProducts(db, [
      { sku: 'A', name: 'A', price: 1, stock: 1, variants: [], updatedAt: 1, updatedBy: 'dewi' },
    ]);
    await db.snippets.put({
      id: 's',
      title: 'T',
      category: 'greeting',
      body: 'b',
      trigger: null,
      hotkey: null,
      lang: 'id',
      order: 0,
      useCount: 0,
      updatedAt: 1,
      scope: 'tim',
      updatedBy: 'dewi',
    });
    await db.replySamples.put({
      id: 'shopee:c:1:2@budi',
      marketplace: 'shopee',
      conversationId: 'c',
      buyerAt: Date.now() - 2000,
      replyAt: Date.now() - 1000,
      latencyMs: 1000,
      latencyWithinHoursMs: null,
      firstReply: true,
      agent: 'budi',
    });
    const text = await createBackup(db);
    expect(text).not.toContain('sangat-rahasia');
    expect(text).not.toContain(META.teamConnection);
    const read = await readBackup(text);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    await restoreBackup(db, read.backup);
    expect((await db.snippets.get('s'))?.scope).toBe('tim');
    expect((await db.replySamples.toArray())[0]?.agent).toBe('budi');
    expect(await loadConnection(db)).toEqual(config);
  });
});
