// The shapes team sync stores in CouchDB (and in the local PouchDB mirror the background replicates).
//
// Every document is a small map of items, each item stamped with when and by whom it was last
// written. One shape for every kind lets one conflict rule (conflict.ts) serve them all, and lets a
// document hold many items: the catalog travels as 256 bucket documents (the same SKU buckets as
// lib/db/product-store.ts), which made a 50,000-product first sync ~9× faster than one document per
// product (lib/team/README.md).

export type DocKind = 'products' | 'snippet' | 'settings' | 'sample';

export interface Entry<V = unknown> {
  /** The item's value; null for a tombstone. */
  v: V | null;
  /** Milliseconds since the epoch of the write (the writer's clock). */
  at: number;
  /** The server login that wrote it. */
  by: string;
  /** A tombstone: the item was deleted at `at`. Kept, so a delete can win over an older edit. */
  del?: true;
}

export type Items = Record<string, Entry>;

export interface TeamDoc {
  _id: string;
  _rev?: string;
  _conflicts?: string[];
  kind: DocKind;
  items: Items;
}

/** An item as this browser's own tables hold it: the value and the time the row says it changed. */
export interface LocalItem {
  v: unknown;
  /** The row's own `updatedAt` when it has one; 0 when the store keeps no time (settings). */
  at: number;
}

export type LocalItems = Record<string, LocalItem>;

/** What reconciling wants written into this browser's tables. */
export interface LocalWrite {
  docId: string;
  kind: DocKind;
  key: string;
  entry: Entry;
}

/** What this browser last agreed with its mirror about one item: the content's hash and its time. */
export interface BaseStamp {
  h: string;
  at: number;
}

export type BaseItems = Record<string, BaseStamp>;

export type TeamRole = 'owner' | 'agent';
