import type { DBCore, DBCoreMutateRequest, DBCoreTable, Middleware } from 'dexie';
import type { SigapDb } from './schema';

// A change stamp on every product bucket (schema v5), so a reader that keeps up with the catalog
// (team sync, lib/team/replicator.ts) asks "which buckets changed since I last looked?" through the
// stamp index, reading 256 small keys instead of 50,000 products. Before the stamps, every team sync
// pass read and fingerprinted the whole catalog, and one snippet edit took 10.6 s to reach another
// browser of a 50,000-product shop.
//
// The stamp is set by a Dexie middleware on every add and put to `productBuckets`, so every writer
// (ProductWrite, a backup restore, an upgrade, anything added later) bumps it without knowing. It is
// compared for equality only: a new random-suffixed time per write, not a counter shared between
// the background and the options page (both write the catalog).

export const BUCKET_TABLE = 'productBuckets';

export function newStamp(): number {
  return Date.now() + Math.random();
}

function stamped(req: DBCoreMutateRequest): DBCoreMutateRequest {
  if (req.type !== 'add' && req.type !== 'put') return req;
  return { ...req, values: req.values.map((value) => ({ ...value, stamp: newStamp() })) };
}

export const bucketStamps: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'sigap-bucket-stamps',
  create(down) {
    return {
      ...down,
      table(name) {
        const table = down.table(name);
        if (name !== BUCKET_TABLE) return table;
        return { ...table, mutate: (req) => table.mutate(stamped(req)) } satisfies DBCoreTable;
      },
    };
  },
};

/**
 * Every bucket's id and stamp, from the keys alone (no product is read). A bucket written before v5
 * or outside Dexie has no stamp and is not in the index: it is listed with `null`, which a reader
 * must treat as "changed", every time.
 */
export async function readBucketStamps(db: SigapDb): Promise<Map<number, number | null>> {
  const stamps = new Map<number, number | null>();
  for (const id of await db.productBuckets.toCollection().primaryKeys()) stamps.set(id, null);
  await db.productBuckets.orderBy('stamp').eachKey((stamp, cursor) => {
    stamps.set(cursor.primaryKey as number, stamp as number);
  });
  return stamps;
}
