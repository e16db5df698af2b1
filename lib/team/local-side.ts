import { readBucketStamps } from '../db/bucket-stamps';
import { ProductWrite } from '../db/product-store';
import { storeReplySamples } from '../db/reply-samples';
import type { SigapDb, StoredReplySample, StoredSnippet } from '../db/schema';
import { publishSnippetKeys } from '../db/snippets';
import { answerTemplateItem, catalogVersionItem, hoursItem, replyTargetsItem } from '../settings';
import {
  isTeamSnippet,
  productItems,
  productRow,
  productsDocId,
  SETTINGS_DOC_ID,
  type SharedSettings,
  sampleAgent,
  sampleDocId,
  sampleRow,
  sampleValue,
  settingsItems,
  snippetDocId,
  snippetRow,
  snippetValue,
} from './mapping';
import type { LocalItems, LocalWrite } from './types';

// This browser's side of team sync: its Dexie tables and browser.storage settings read as team
// items, and the reconciled winners written back. Writes announce themselves the way every other
// writer does (catalog version, snippet keys), so open sidebars refresh.

export interface LocalSnapshot {
  /** Every document's local items except the catalog's buckets, which are read by `readProducts`. */
  docs: Map<string, LocalItems>;
  /** Ids of private snippets: a team snippet with the same id never overwrites one. */
  privateSnippetIds: Set<string>;
  /**
   * Per catalog bucket document held here, a token that changes whenever its rows change (the
   * bucket's change stamp, lib/db/bucket-stamps.ts), so a pass reads only the buckets that changed.
   */
  productStamps: Map<string, string>;
}

export interface LocalSide {
  read(me: string): Promise<LocalSnapshot>;
  /** The local items of the given catalog bucket documents; a bucket not held here is left out. */
  readProducts(docIds: readonly string[]): Promise<Map<string, LocalItems>>;
  apply(writes: readonly LocalWrite[], me: string): Promise<void>;
}

/** The bucket number of a `products:NNN` document id. */
const bucketOfDoc = (docId: string) => Number(docId.slice(docId.indexOf(':') + 1));

export interface SettingsStore {
  read(): Promise<SharedSettings>;
  write(change: Partial<SharedSettings>): Promise<void>;
}

export const storageSettings: SettingsStore = {
  async read() {
    return {
      hours: await hoursItem.getValue(),
      replyTargets: await replyTargetsItem.getValue(),
      answerTemplate: await answerTemplateItem.getValue(),
    };
  },
  async write(change) {
    if (change.hours !== undefined) await hoursItem.setValue(change.hours);
    if (change.replyTargets !== undefined) await replyTargetsItem.setValue(change.replyTargets);
    if (change.answerTemplate !== undefined) await answerTemplateItem.setValue(change.answerTemplate);
  },
};

export function dexieLocalSide(db: SigapDb, settings: SettingsStore = storageSettings): LocalSide {
  return {
    async read(me) {
      const docs = new Map<string, LocalItems>();
      const productStamps = new Map<string, string>();
      for (const [id, stamp] of await readBucketStamps(db)) {
        // A bucket without a stamp (written around Dexie) gets a token of its own every time: it is
        // read and reconciled on every pass, slower but never missed.
        productStamps.set(productsDocId(id), stamp === null ? `unstamped:${Math.random()}` : String(stamp));
      }
      const privateSnippetIds = new Set<string>();
      for (const row of await db.snippets.toArray()) {
        if (!isTeamSnippet(row)) privateSnippetIds.add(row.id);
        else docs.set(snippetDocId(row.id), { [row.id]: { v: snippetValue(row), at: row.updatedAt } });
      }
      docs.set(SETTINGS_DOC_ID, settingsItems(await settings.read()));
      for (const row of await db.replySamples.toArray()) {
        const agent = row.agent ?? me;
        const id = row.agent ? row.id.slice(0, row.id.length - row.agent.length - 1) : row.id;
        docs.set(sampleDocId(agent, id), { [id]: { v: sampleValue({ ...row, id }), at: row.replyAt } });
      }
      return { docs, privateSnippetIds, productStamps };
    },

    async readProducts(docIds) {
      const docs = new Map<string, LocalItems>();
      if (docIds.length === 0) return docs;
      const rows = await db.productBuckets.bulkGet(docIds.map(bucketOfDoc));
      for (const row of rows) if (row) docs.set(productsDocId(row.id), productItems(row.products));
      return docs;
    },

    async apply(writes, me) {
      const products = writes.filter((w) => w.kind === 'products');
      if (products.length > 0) {
        await db.transaction('rw', db.productBuckets, async () => {
          const catalog = await ProductWrite.load(
            db,
            products.map((w) => w.key),
          );
          for (const w of products) {
            if (w.entry.del) catalog.delete(w.key);
            else catalog.put(productRow(w.key, w.entry));
          }
          await catalog.save();
        });
        const previous = await catalogVersionItem.getValue();
        await catalogVersionItem.setValue(Math.max(Date.now(), previous + 1));
      }

      const snippets = writes.filter((w) => w.kind === 'snippet');
      if (snippets.length > 0) {
        await db.transaction('rw', db.snippets, async () => {
          for (const w of snippets) {
            const existing: StoredSnippet | undefined = await db.snippets.get(w.key);
            // A private snippet is never touched by sync, whatever arrives under its id.
            if (existing && !isTeamSnippet(existing)) continue;
            if (w.entry.del) await db.snippets.delete(w.key);
            else await db.snippets.put(snippetRow(w.key, w.entry, existing));
          }
        });
        await publishSnippetKeys(db);
      }

      const change: Partial<SharedSettings> = {};
      for (const w of writes) {
        if (w.kind === 'settings' && !w.entry.del) {
          (change as Record<string, unknown>)[w.key] = w.entry.v;
        }
      }
      if (Object.keys(change).length > 0) await settings.write(change);

      const samples: StoredReplySample[] = writes
        .filter((w) => w.kind === 'sample' && !w.entry.del)
        .map((w) => sampleRow(sampleAgent(w.docId), w.entry, me));
      // Through the usual store: it drops samples past the retention and settles first replies.
      if (samples.length > 0) await storeReplySamples(db, samples);
    },
  };
}
