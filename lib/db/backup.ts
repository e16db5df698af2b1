import Dexie from 'dexie';
import { browser } from 'wxt/browser';
import { catalogVersionItem } from '../settings';
import * as shape from './backup-shape';
import { bucketOf, readProducts } from './product-store';
import {
  META,
  type SigapDb,
  type StoredConversation,
  type StoredImport,
  type StoredMeta,
  type StoredProduct,
  type StoredProductBucket,
  type StoredReplySample,
  type StoredSnippet,
} from './schema';
import { publishSnippetKeys } from './snippets';

// One file holds everything Sigap keeps: the catalog (with the undo data of recent imports),
// snippets, reply samples, conversation state, the database's own facts, and the settings in
// browser.storage (shop name, language, hours, reply targets, answer template, tone check, keys,
// retention). Restoring replaces all of it in one transaction, or changes nothing.
//
// The file is JSON: {"format":"sigap-backup","version":1,"createdAt":…,"checksum":"sha256-…",
// "data":{…}}. The checksum is SHA-256 over the `data` member exactly as JSON.stringify writes it;
// the reader recomputes it from the parsed data, so a truncated, damaged or hand-edited file is
// refused before anything is touched. Products are written flat, not in their storage buckets: the
// bucketing is the database's business (product-store.ts) and may change with the schema.

export const BACKUP_FORMAT = 'sigap-backup';
export const BACKUP_VERSION = 1;

/** The browser.storage keys a backup holds (lib/settings.ts); the rest is bookkeeping. */
export const BACKED_UP_SETTINGS = Object.keys(shape.SETTING_SHAPES);

export interface BackupData {
  products: StoredProduct[];
  imports: StoredImport[];
  snippets: StoredSnippet[];
  replySamples: StoredReplySample[];
  conversations: StoredConversation[];
  meta: StoredMeta[];
  /** Only the keys that were set: a missing one restores to its default. */
  settings: Record<string, unknown>;
}

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: number;
  createdAt: string;
  checksum: string;
  data: BackupData;
}

const dataShape = shape.record({
  products: shape.uniqueBy('sku', shape.product),
  imports: shape.uniqueBy('id', shape.importRecord),
  snippets: shape.uniqueBy('id', shape.snippet),
  replySamples: shape.uniqueBy('id', shape.replySample),
  conversations: shape.uniqueBy('key', shape.conversation),
  meta: shape.uniqueBy('key', shape.meta),
  settings: shape.settings,
});

async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return `sha256-${[...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
}

const bySku = (a: StoredProduct, b: StoredProduct) => (a.sku < b.sku ? -1 : a.sku > b.sku ? 1 : 0);

/** The backup file's text. Everything is read in one transaction, so the file is one moment's data. */
export async function createBackup(db: SigapDb, now = new Date()): Promise<string> {
  const tables = await db.transaction(
    'r',
    [db.productBuckets, db.imports, db.snippets, db.replySamples, db.conversations, db.meta],
    async () => ({
      products: (await readProducts(db)).sort(bySku),
      imports: await db.imports.toArray(),
      snippets: await db.snippets.toArray(),
      replySamples: await db.replySamples.toArray(),
      conversations: await db.conversations.toArray(),
      // Never the team connection: it holds a password, and a backup file is shared and kept.
      meta: (await db.meta.toArray()).filter((m) => m.key !== META.teamConnection),
    }),
  );
  const settings = await browser.storage.local.get(BACKED_UP_SETTINGS);
  const data: BackupData = { ...tables, settings };
  const json = JSON.stringify(data);
  const head = JSON.stringify({
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    createdAt: now.toISOString(),
    checksum: await sha256(json),
  });
  return `${head.slice(0, -1)},"data":${json}}`;
}

export type BackupProblem =
  /** Not JSON at all, or JSON cut short: a broken or truncated file. */
  | { kind: 'broken' }
  /** JSON, but not a Sigap backup (another app's file, a snippet export). */
  | { kind: 'foreign'; format?: string }
  /** A backup from a newer Sigap, whose format this one cannot read. */
  | { kind: 'newer'; version: number }
  /** The data does not match its checksum: damaged or edited since it was made. */
  | { kind: 'checksum' }
  /** The checksum matches but a row is not what Sigap stores (a forged file). */
  | { kind: 'invalid'; where: string };

export type BackupRead = { ok: true; backup: Backup } | { ok: false; problem: BackupProblem };

/** Reads and checks a backup file's text; touches nothing. */
export async function readBackup(text: string): Promise<BackupRead> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, problem: { kind: 'broken' } };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return { ok: false, problem: { kind: 'foreign' } };
  }
  const file = parsed as Record<string, unknown>;
  if (file.format !== BACKUP_FORMAT) {
    return {
      ok: false,
      problem: { kind: 'foreign', format: typeof file.format === 'string' ? file.format : undefined },
    };
  }
  if (!Number.isSafeInteger(file.version) || (file.version as number) < 1) {
    return { ok: false, problem: { kind: 'invalid', where: 'version' } };
  }
  if ((file.version as number) > BACKUP_VERSION) {
    return { ok: false, problem: { kind: 'newer', version: file.version as number } };
  }
  if (typeof file.checksum !== 'string' || !('data' in file))
    return { ok: false, problem: { kind: 'checksum' } };
  if ((await sha256(JSON.stringify(file.data))) !== file.checksum) {
    return { ok: false, problem: { kind: 'checksum' } };
  }
  const where = dataShape(file.data, 'data') ?? shape.str(100)(file.createdAt, 'createdAt');
  if (where) return { ok: false, problem: { kind: 'invalid', where } };
  return { ok: true, backup: file as unknown as Backup };
}

export interface BackupSummary {
  products: number;
  variants: number;
  snippets: number;
  replySamples: number;
  conversations: number;
  imports: number;
  settings: number;
}

export function summarizeBackup(data: BackupData): BackupSummary {
  return {
    products: data.products.length,
    variants: data.products.reduce((n, p) => n + p.variants.length, 0),
    snippets: data.snippets.length,
    replySamples: data.replySamples.length,
    conversations: data.conversations.length,
    imports: data.imports.length,
    settings: Object.keys(data.settings).length,
  };
}

/** The same figures for what is stored now: what a restore would replace. */
export async function currentSummary(db: SigapDb): Promise<BackupSummary> {
  const products = await readProducts(db);
  return {
    products: products.length,
    variants: products.reduce((n, p) => n + p.variants.length, 0),
    snippets: await db.snippets.count(),
    replySamples: await db.replySamples.count(),
    conversations: await db.conversations.count(),
    imports: await db.imports.count(),
    settings: Object.keys(await browser.storage.local.get(BACKED_UP_SETTINGS)).length,
  };
}

/** Sets exactly these settings: keys the backup lacks are removed, so they read as their default. */
async function writeSettings(values: Record<string, unknown>): Promise<void> {
  const absent = BACKED_UP_SETTINGS.filter((key) => !(key in values));
  if (absent.length > 0) await browser.storage.local.remove(absent);
  await browser.storage.local.set(values);
}

/**
 * Replaces everything with the backup's data. The tables are cleared and refilled in one
 * transaction, and the settings are written inside it (Dexie.waitFor keeps the transaction open
 * meanwhile), so a failure anywhere (a full disk, a closed database) aborts it and leaves the
 * database as it was; settings already written are then put back as they were.
 */
export async function restoreBackup(db: SigapDb, backup: Backup): Promise<void> {
  const { data } = backup;
  const previousSettings = await browser.storage.local.get(BACKED_UP_SETTINGS);
  let settingsWritten = false;
  const buckets = new Map<number, StoredProduct[]>();
  for (const product of data.products) {
    const id = bucketOf(product.sku);
    const bucket = buckets.get(id);
    if (bucket) bucket.push(product);
    else buckets.set(id, [product]);
  }
  const bucketRows: StoredProductBucket[] = [...buckets].map(([id, products]) => ({ id, products }));
  // Restored snippets are the agent's own set: the defaults must not be seeded over them later.
  const meta = data.meta.filter((m) => m.key !== META.snippetsSeeded && m.key !== META.teamConnection);
  meta.push({ key: META.snippetsSeeded, value: true });
  // The team connection is this browser's, not the backup's: it stays as it is.
  const connection = await db.meta.get(META.teamConnection);
  if (connection) meta.push(connection);
  try {
    await db.transaction(
      'rw',
      [db.productBuckets, db.imports, db.snippets, db.replySamples, db.conversations, db.meta],
      async () => {
        await Promise.all([
          db.productBuckets.clear(),
          db.imports.clear(),
          db.snippets.clear(),
          db.replySamples.clear(),
          db.conversations.clear(),
          db.meta.clear(),
        ]);
        await db.productBuckets.bulkAdd(bucketRows);
        await db.imports.bulkAdd(data.imports);
        await db.snippets.bulkAdd(data.snippets);
        await db.replySamples.bulkAdd(data.replySamples);
        await db.conversations.bulkAdd(data.conversations);
        await db.meta.bulkAdd(meta);
        settingsWritten = true;
        await Dexie.waitFor(writeSettings(data.settings));
      },
    );
  } catch (error) {
    if (settingsWritten) await writeSettings(previousSettings).catch(() => {});
    throw error;
  }
  // Open sidebars refetch the catalog and the snippets; the content script learns the keys.
  const version = await catalogVersionItem.getValue();
  await catalogVersionItem.setValue(Math.max(Date.now(), version + 1));
  await publishSnippetKeys(db);
}

export function backupFileName(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `sigap-cadangan-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}
