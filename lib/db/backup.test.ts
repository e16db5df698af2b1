import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { SAMPLE_CATALOG } from '../catalog/sample';
import {
  answerTemplateItem,
  hoursItem,
  langItem,
  replyRetentionItem,
  replyTargetsItem,
  shopNameItem,
  sidebarStateItem,
  snippetKeysItem,
  toneItem,
} from '../settings';
import { defaultSnippets } from '../snippets/defaults';
import {
  BACKED_UP_SETTINGS,
  BACKUP_VERSION,
  type BackupProblem,
  createBackup,
  readBackup,
  restoreBackup,
  summarizeBackup,
} from './backup';
import { updateProduct } from './catalog-edit';
import { applyImport, undoImport } from './catalog-import';
import { getProduct, readProducts } from './product-store';
import { SigapDb, type StoredReplySample } from './schema';
import { seedSnippets } from './snippets';

const NAME = 'backup-test';
let db: SigapDb;
beforeEach(() => {
  db = new SigapDb(NAME);
});
afterEach(async () => {
  db.close();
  await Dexie.delete(NAME);
});

const DAY = 86_400_000;
const sample = (daysAgo: number, id: string): StoredReplySample => {
  const replyAt = Date.now() - daysAgo * DAY;
  return {
    id: `shopee:${id}:${replyAt - 90_000}:${replyAt}`,
    marketplace: 'shopee',
    conversationId: id,
    buyerAt: replyAt - 90_000,
    replyAt,
    latencyMs: 90_000,
    latencyWithinHoursMs: 30_000,
    firstReply: true,
  };
};

/** A shop that has used Sigap for a while: two imports, a hand edit, snippets, samples, settings. */
async function fillEverything() {
  await seedSnippets(db, defaultSnippets('id'));
  await applyImport(
    db,
    'katalog.csv',
    SAMPLE_CATALOG.map((p) => structuredClone(p)),
    0,
    1000,
  );
  const cheaper = SAMPLE_CATALOG.slice(0, 5).map((p) => ({ ...structuredClone(p), price: p.price - 1000 }));
  await applyImport(db, 'promo.csv', cheaper, 1, 2000);
  await updateProduct(db, SAMPLE_CATALOG[7]!.sku, { name: 'Diubah tangan' }, 3000);
  await db.replySamples.bulkPut([sample(1, 'a'), sample(30, 'b'), sample(200, 'c')]);
  await db.conversations.bulkPut([
    { key: 'shopee:a', marketplace: 'shopee', conversationId: 'a', buyerName: 'Rina', lastSeenAt: 5 },
    { key: 'tokopedia:z', marketplace: 'tokopedia', conversationId: 'z', buyerName: null, lastSeenAt: 6 },
  ]);
  await shopNameItem.setValue('Toko Berkah Jaya');
  await langItem.setValue('en');
  await sidebarStateItem.setValue({ open: false, width: 420 });
  await replyTargetsItem.setValue({ dueMs: 600_000, overdueMs: 3_600_000 });
  await answerTemplateItem.setValue('{nama} — {harga}');
  await hoursItem.setValue({
    days: Array.from({ length: 7 }, (_, d) => (d === 0 ? [] : [{ open: '09:00', close: '17:00' }])),
    holidays: ['2026-08-17'],
  });
  await toneItem.setValue({ enabled: false, allow: ['Anjing Laut plush'] });
  await replyRetentionItem.setValue(500);
  await snippetKeysItem.setValue({ ...(await snippetKeysItem.getValue()), expandKey: 'Space' });
}

/** Everything a user could tell apart, table by table (products flat, in SKU order). */
async function contents() {
  const byKey = <T>(rows: T[], key: keyof T) =>
    rows.sort((a, b) => String(a[key]).localeCompare(String(b[key])));
  return {
    products: byKey(await readProducts(db), 'sku'),
    imports: await db.imports.toArray(),
    snippets: await db.snippets.toArray(),
    replySamples: await db.replySamples.toArray(),
    conversations: await db.conversations.toArray(),
    meta: await db.meta.toArray(),
    settings: await browser.storage.local.get(BACKED_UP_SETTINGS),
  };
}

/** The database exactly as stored (raw bucket records included) and every storage key. */
async function rawState(): Promise<string> {
  const tables: Record<string, unknown[]> = {};
  for (const table of db.tables) tables[table.name] = await table.toArray();
  return JSON.stringify({ tables, storage: await browser.storage.local.get(null) });
}

describe('backup', () => {
  it('export → wipe → restore gives back identical data, settings included, and undo still works', async () => {
    await fillEverything();
    const before = await contents();
    expect(Object.keys(before.settings).sort()).toEqual([...BACKED_UP_SETTINGS].sort());
    const text = await createBackup(db, new Date('2026-05-01T10:00:00Z'));

    // Wipe: a new browser profile, or the extension removed and installed again.
    db.close();
    await Dexie.delete(NAME);
    await browser.storage.local.clear();
    db = new SigapDb(NAME);
    expect(await db.productBuckets.count()).toBe(0);

    const read = await readBackup(text);
    if (!read.ok) throw new Error(JSON.stringify(read.problem));
    expect(read.backup).toMatchObject({ format: 'sigap-backup', version: BACKUP_VERSION });
    expect(summarizeBackup(read.backup.data)).toEqual({
      products: SAMPLE_CATALOG.length,
      variants: SAMPLE_CATALOG.reduce((n, p) => n + p.variants.length, 0),
      snippets: defaultSnippets('id').length,
      replySamples: 3,
      conversations: 2,
      imports: 2,
      settings: BACKED_UP_SETTINGS.length,
    });
    await restoreBackup(db, read.backup);
    expect(await contents()).toEqual(before);
    // The restored undo data is whole: the promo import can still be undone.
    const promo = before.imports.at(-1)!;
    expect(await undoImport(db, promo.id)).toMatchObject({ ok: true });
    expect((await getProduct(db, SAMPLE_CATALOG[0]!.sku))?.price).toBe(SAMPLE_CATALOG[0]!.price);
  });

  it('restoring replaces what was there, settings the backup lacks go back to their defaults', async () => {
    const text = await createBackup(db);
    await fillEverything();
    const read = await readBackup(text);
    if (!read.ok) throw new Error('unreadable');
    await restoreBackup(db, read.backup);
    expect(await readProducts(db)).toEqual([]);
    expect(await db.snippets.count()).toBe(0);
    expect(await shopNameItem.getValue()).toBe('');
    expect(await langItem.getValue()).toBe('id');
    // An empty restored set is the agent's choice: the next worker start must not seed over it.
    expect(await seedSnippets(db, defaultSnippets('id'))).toBe(false);
  });

  describe('refuses a bad file and leaves the database and settings byte for byte as they were', () => {
    let good: string;
    let before: string;
    beforeEach(async () => {
      await fillEverything();
      good = await createBackup(db);
      before = await rawState();
    });

    const refused = async (text: string): Promise<BackupProblem> => {
      const read = await readBackup(text);
      expect(read.ok).toBe(false);
      expect(await rawState()).toBe(before);
      return (read as { problem: BackupProblem }).problem;
    };

    const withData = async (edit: (data: Record<string, unknown[]>) => void) => {
      const file = JSON.parse(good);
      edit(file.data);
      const digest = await crypto.subtle.digest(
        'SHA-256',
        new TextEncoder().encode(JSON.stringify(file.data)),
      );
      file.checksum = `sha256-${[...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
      return JSON.stringify(file);
    };

    it('broken: not JSON', async () => {
      expect(await refused('{"format":"sigap-backup", oops')).toEqual({ kind: 'broken' });
      expect(await refused('')).toEqual({ kind: 'broken' });
    });

    it('truncated: the download stopped half-way', async () => {
      expect(await refused(good.slice(0, Math.floor(good.length / 2)))).toEqual({ kind: 'broken' });
      expect(await refused(good.slice(0, -1))).toEqual({ kind: 'broken' });
    });

    it('foreign: another app’s JSON, or a snippet export', async () => {
      expect(await refused('[1, 2, 3]')).toEqual({ kind: 'foreign' });
      expect(await refused('{"products": []}')).toEqual({ kind: 'foreign' });
      expect(await refused(JSON.stringify({ format: 'sigap-snippets', version: 1, snippets: [] }))).toEqual({
        kind: 'foreign',
        format: 'sigap-snippets',
      });
    });

    it('newer: made by a later Sigap whose format this one cannot read', async () => {
      const newer = good.replace(`"version":${BACKUP_VERSION}`, `"version":${BACKUP_VERSION + 1}`);
      expect(await refused(newer)).toEqual({ kind: 'newer', version: BACKUP_VERSION + 1 });
    });

    it('damaged or edited: the data does not match its checksum', async () => {
      const edited = good.replace('"Toko Berkah Jaya"', '"Toko Lain"');
      expect(edited).not.toBe(good);
      expect(await refused(edited)).toEqual({ kind: 'checksum' });
      expect(await refused(good.replace(/"checksum":"[^"]+"/, '"checksum":"sha256-00"'))).toEqual({
        kind: 'checksum',
      });
    });

    it('forged: a matching checksum over rows Sigap would never store', async () => {
      const negative = await withData((data) => {
        (data.products![0] as { price: number }).price = -5;
      });
      expect(await refused(negative)).toEqual({
        kind: 'invalid',
        where: 'data.products[0].price: a whole number ≥ 0',
      });
      const extra = await withData((data) => {
        (data.snippets![0] as Record<string, unknown>).script = '<img onerror=alert(1)>';
      });
      expect(await refused(extra)).toMatchObject({
        kind: 'invalid',
        where: 'data.snippets[0].script: not a field of this format',
      });
      const twice = await withData((data) => {
        data.snippets!.push(data.snippets![0]!);
      });
      expect(await refused(twice)).toMatchObject({
        kind: 'invalid',
        where: expect.stringContaining('appears twice'),
      });
      const setting = await withData((data) => {
        (data as unknown as { settings: Record<string, unknown> }).settings.replyRetentionDays = -1;
      });
      expect(await refused(setting)).toMatchObject({
        kind: 'invalid',
        where: expect.stringContaining('replyRetentionDays'),
      });
    });

    it('a restore that fails part-way changes nothing, settings included', async () => {
      const valid = await readBackup(good);
      if (!valid.ok) throw new Error('unreadable');
      // What is there now differs from the backup, so a half-done restore would show.
      await shopNameItem.setValue('Sebelum');
      await db.snippets.delete(defaultSnippets('id')[0]!.id);
      before = await rawState();

      const full = Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
      // The disk fills while the tables are refilled.
      vi.spyOn(db.meta, 'bulkAdd').mockRejectedValueOnce(full);
      await expect(restoreBackup(db, valid.backup)).rejects.toThrow();
      expect(await rawState()).toBe(before);

      // The settings are written, then storage fails: the tables stay, the settings go back.
      const set = browser.storage.local.set.bind(browser.storage.local);
      vi.spyOn(browser.storage.local, 'set').mockImplementationOnce(async (items) => {
        await set(items);
        throw full;
      });
      await expect(restoreBackup(db, valid.backup)).rejects.toThrow();
      expect(await rawState()).toBe(before);

      // And the same restore, not failing, does change both (so the checks above can tell).
      await restoreBackup(db, valid.backup);
      expect(await shopNameItem.getValue()).toBe('Toko Berkah Jaya');
      expect(await db.snippets.count()).toBe(defaultSnippets('id').length);
    });
  });
});
