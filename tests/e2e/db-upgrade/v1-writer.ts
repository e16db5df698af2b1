import Dexie from 'dexie';

// The v1 code path: Sigap's first schema exactly as it shipped (lib/db/schema.ts, `this.version(1)`),
// opened by Dexie in the extension's origin and filled the way v1 stored its rows (one record per
// product). Bundled into a stand-in extension by db-upgrade.e2e.ts; never part of the real build.

const V1_STORES = {
  products: '&sku',
  snippets: '&id, category, trigger, order',
  conversations: '&key, marketplace, lastSeenAt',
  replySamples: '&id, marketplace, conversationId, replyAt',
  imports: '++id, at',
};

export type V1Data = Record<keyof typeof V1_STORES, unknown[]>;

async function writeV1(data: V1Data): Promise<{ verno: number; nativeVersion: number }> {
  const db = new Dexie('sigap');
  db.version(1).stores(V1_STORES);
  await db.transaction('rw', db.tables, async () => {
    for (const [table, rows] of Object.entries(data)) await db.table(table).bulkAdd(rows);
  });
  const result = { verno: db.verno, nativeVersion: db.backendDB().version };
  db.close();
  return result;
}

(globalThis as unknown as { writeV1: typeof writeV1 }).writeV1 = writeV1;
