import { mergeItems } from './conflict';
import { kindOf } from './mapping';
import type { BaseItems, DocKind, Items, TeamDoc } from './types';

// The local PouchDB mirror: the team documents as replicated, read with their conflicting
// revisions merged by the conflict rule, and the agreement (base) the reconcile keeps beside them
// in a `_local` document, which PouchDB never replicates.

export interface MirrorDoc {
  id: string;
  kind: DocKind;
  /** The revision PouchDB shows as current; a write goes on top of it. */
  rev: string;
  /** The other leaves, to be closed once their items are merged in. */
  conflictRevs: string[];
  items: Items;
}

const BASE_ID = '_local/sigap-base';

/** Every team document's id and current revision, without their bodies (cheap at 50,000 products). */
export async function readRevisions(pouch: PouchDB.Database): Promise<Map<string, string>> {
  const all = await pouch.allDocs();
  const revs = new Map<string, string>();
  for (const row of all.rows) if (kindOf(row.id)) revs.set(row.id, row.value.rev);
  return revs;
}

/** The given documents (all when `ids` is absent), their conflicting revisions merged. */
export async function readMirror(pouch: PouchDB.Database, ids?: string[]): Promise<Map<string, MirrorDoc>> {
  const docs = new Map<string, MirrorDoc>();
  if (ids && ids.length === 0) return docs;
  const all = await pouch.allDocs<TeamDoc>({
    include_docs: true,
    conflicts: true,
    ...(ids ? { keys: ids } : {}),
  });
  for (const row of all.rows) {
    const doc = row.doc as (PouchDB.Core.ExistingDocument<TeamDoc> & { _conflicts?: string[] }) | undefined;
    const kind = kindOf(row.id);
    if (!doc || !kind || typeof doc.items !== 'object' || doc.items === null) continue;
    const conflictRevs = doc._conflicts ?? [];
    let items = doc.items;
    if (conflictRevs.length > 0) {
      const others = await Promise.all(
        conflictRevs.map((rev) => pouch.get<TeamDoc>(row.id, { rev }).catch(() => null)),
      );
      items = mergeItems([doc.items, ...others.flatMap((o) => (o?.items ? [o.items] : []))]);
    }
    docs.set(row.id, { id: row.id, kind, rev: doc._rev, conflictRevs, items });
  }
  return docs;
}

export async function readBase(pouch: PouchDB.Database): Promise<Record<string, BaseItems>> {
  try {
    const doc = await pouch.get<{ docs: Record<string, BaseItems> }>(BASE_ID);
    return doc.docs ?? {};
  } catch {
    return {};
  }
}

async function putLocal(pouch: PouchDB.Database, id: string, body: object): Promise<void> {
  let rev: string | undefined;
  try {
    rev = (await pouch.get(id))._rev;
  } catch {
    rev = undefined;
  }
  await pouch.put({ _id: id, ...(rev ? { _rev: rev } : {}), ...body });
}

export function writeBase(pouch: PouchDB.Database, docs: Record<string, BaseItems>): Promise<void> {
  return putLocal(pouch, BASE_ID, { docs });
}

const OUTBOX_ID = '_local/sigap-outbox';

/** Ids of documents written here and not yet taken by the server. */
export async function readOutbox(pouch: PouchDB.Database): Promise<string[]> {
  try {
    return (await pouch.get<{ ids: string[] }>(OUTBOX_ID)).ids ?? [];
  } catch {
    return [];
  }
}

export function writeOutbox(pouch: PouchDB.Database, ids: string[]): Promise<void> {
  return putLocal(pouch, OUTBOX_ID, { ids });
}
