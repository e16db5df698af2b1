import Dexie, { type EntityTable } from 'dexie';
import type { Product } from '../catalog/types';
import { bucketStamps, newStamp } from './bucket-stamps';
import { bucketOf } from './product-store';

// The one Dexie schema. Opened only by the background (and the options page, a top-level extension
// page): an extension page framed in a marketplace page gets no IndexedDB in Chromium, and a content
// script's IndexedDB would belong to the marketplace's origin. See shared/DESIGN.md.
//
// Every schema change is a new `this.version(n)` below, with its upgrade, and a test that opens a
// database written by version n-1 (schema.test.ts declares the old versions as they shipped).

export const DB_NAME = 'sigap';

export interface StoredProduct extends Product {
  updatedAt: number;
  /** The import that last wrote this row; undefined for rows typed in by hand. */
  importId?: number;
  /** Team sync (lib/team): the login that last changed the row on another browser; unset when local. */
  updatedBy?: string;
}

/** Products stored together, bucketed by a hash of their SKU (see product-store.ts for why). */
export interface StoredProductBucket {
  id: number;
  products: StoredProduct[];
  /** v5: changes on every write of the bucket (bucket-stamps.ts sets it; writers need not). */
  stamp?: number;
}

export interface StoredSnippet {
  id: string;
  title: string;
  category: string;
  body: string;
  trigger: string | null;
  hotkey: string | null;
  lang: 'id' | 'en';
  order: number;
  useCount: number;
  updatedAt: number;
  /**
   * Team sync (lib/team): `tim` snippets are shared with the shop's other browsers, `pribadi` ones
   * (and rows from before team sync, which have no scope) never leave this browser. Not indexed, so
   * no schema version: an absent scope reads as `pribadi`.
   */
  scope?: 'tim' | 'pribadi';
  /** Team sync: the login that last changed this snippet on another browser. */
  updatedBy?: string;
}

export interface StoredConversation {
  /** `${marketplace}:${conversationId}` */
  key: string;
  marketplace: string;
  conversationId: string;
  buyerName: string | null;
  lastSeenAt: number;
}

export interface StoredReplySample {
  /** Deterministic from marketplace, conversation and the two message times: re-seen messages dedupe. */
  id: string;
  marketplace: string;
  conversationId: string;
  buyerAt: number;
  replyAt: number;
  latencyMs: number;
  latencyWithinHoursMs: number | null;
  firstReply: boolean;
  /** Team sync: the agent (server login) whose browser recorded it; unset for this browser's own. */
  agent?: string;
}

export interface StoredImport {
  id: number;
  at: number;
  fileName: string;
  added: number;
  updated: number;
  unchanged: number;
  skipped: number;
  /** SKUs this import created: undo deletes them. */
  addedSkus: string[];
  /** The rows this import overwrote, as they were: undo puts them back. */
  previous: StoredProduct[];
  undoneAt: number | null;
  /** Set once a newer import pushed this one out of the undoable few: its undo data is gone. */
  expired?: true;
}

/** Facts about the database itself, by key (see `META` for the keys in use). */
export interface StoredMeta {
  key: string;
  value: unknown;
}

export const META = {
  /** Set once the default snippets were offered: deleting them all must not bring them back. */
  snippetsSeeded: 'snippetsSeeded',
  /**
   * Team sync's connection (lib/team/connection-store.ts), password included: kept in the
   * background's own IndexedDB, not browser.storage, which content scripts can read too.
   */
  teamConnection: 'teamConnection',
} as const;

export class SigapDb extends Dexie {
  productBuckets!: EntityTable<StoredProductBucket, 'id'>;
  snippets!: EntityTable<StoredSnippet, 'id'>;
  conversations!: EntityTable<StoredConversation, 'key'>;
  replySamples!: EntityTable<StoredReplySample, 'id'>;
  imports!: EntityTable<StoredImport, 'id'>;
  meta!: EntityTable<StoredMeta, 'key'>;

  constructor(name = DB_NAME) {
    super(name);
    this.version(1).stores({
      // Only the key: every secondary index is written for each of up to 50,000 rows per import, and
      // the catalog table sorts and filters in memory anyway.
      products: '&sku',
      snippets: '&id, category, trigger, order',
      conversations: '&key, marketplace, lastSeenAt',
      replySamples: '&id, marketplace, conversationId, replyAt',
      imports: '++id, at',
    });
    // v2: products move from one record each into SKU-hashed buckets (product-store.ts): an import
    // of 50,000 products took ~4 s to write as records and ~0.3 s as buckets in Chromium.
    this.version(2)
      .stores({ productBuckets: '&id' })
      .upgrade(async (tx) => {
        const rows = await tx.table<StoredProduct>('products').toArray();
        const buckets = new Map<number, StoredProduct[]>();
        for (const row of rows) {
          const id = bucketOf(row.sku);
          const bucket = buckets.get(id);
          if (bucket) bucket.push(row);
          else buckets.set(id, [row]);
        }
        await tx
          .table<StoredProductBucket>('productBuckets')
          .bulkPut([...buckets].map(([id, products]) => ({ id, products })));
      });
    // v3: the v1 table goes once its rows are moved (Dexie reads a table in an upgrade only while a
    // version still declares it, so moving and dropping take two versions).
    this.version(3).stores({ products: null });
    // v4: a table of facts about the database, first the "defaults seeded" flag. Before it, every
    // start of the service worker seeded the defaults into an empty snippet table, so deleting them
    // all brought them back. A database that existed before v4 was seeded on its first start, so the
    // upgrade records that; a new database gets the flag when it is seeded (lib/db/snippets.ts).
    // Dexie runs upgrades only on existing databases, never on one it creates.
    this.version(4)
      .stores({ meta: '&key' })
      .upgrade((tx) => tx.table<StoredMeta>('meta').put({ key: META.snippetsSeeded, value: true }));
    // v5: a change stamp per product bucket, indexed, so team sync reads only the buckets that
    // changed (bucket-stamps.ts). Every existing bucket gets one; from now on every write sets it.
    this.version(5)
      .stores({ productBuckets: '&id, stamp' })
      .upgrade((tx) =>
        tx
          .table<StoredProductBucket>('productBuckets')
          .toCollection()
          .modify((bucket) => {
            bucket.stamp = newStamp();
          }),
      );
    this.use(bucketStamps);
  }
}
