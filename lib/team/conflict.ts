import { entryHash } from './hash';
import type { BaseItems, DocKind, Entry, Items, LocalItems, LocalWrite } from './types';

// The conflict rule, the same in every browser so that all of them converge on one result:
// the later write wins (by its stamp `at`); at the same millisecond a delete wins over an edit;
// then the login, then the content decide, so no tie is left to chance. CouchDB's own winner (the
// longest revision history) is not used: it knows nothing of time, and it lets any edit beat a delete.
// Reply samples are append-only: each has its own id per agent, so they never meet in a conflict.

export function wins(a: Entry, b: Entry): boolean {
  if (a.at !== b.at) return a.at > b.at;
  if (Boolean(a.del) !== Boolean(b.del)) return Boolean(a.del);
  if (a.by !== b.by) return a.by > b.by;
  return entryHash(a) > entryHash(b);
}

export function pick(a: Entry, b: Entry): Entry {
  return wins(b, a) ? b : a;
}

/** Merges the items of several versions of one document (its conflicting revisions), item by item. */
export function mergeItems(versions: readonly Items[]): Items {
  const merged: Items = {};
  for (const items of versions) {
    for (const [key, entry] of Object.entries(items)) {
      const current = merged[key];
      merged[key] = current ? pick(current, entry) : entry;
    }
  }
  return merged;
}

export interface ReconcileInput {
  docId: string;
  kind: DocKind;
  /** What this browser's tables hold for the document's items (absent key: no such row). */
  local: LocalItems;
  /** The mirror's items (the replicated document, its conflicts merged); {} when there is none. */
  remote: Items;
  /** What local and mirror last agreed on, per item. */
  base: BaseItems;
  /** Keys this browser must not write (a private snippet holds that id). */
  blocked?: ReadonlySet<string>;
  /** Whether this login may change this kind on the server; if not, local edits stay local. */
  canWrite: boolean;
  me: string;
  now: number;
}

export interface ReconcileResult {
  /** The mirror document's new items, or null when the mirror needs no write. */
  remote: Items | null;
  local: LocalWrite[];
  base: BaseItems;
  /** Local changes that were not shared because this login may not write them. */
  refused: string[];
}

/**
 * One document, three ways: this browser's rows against the mirror against their last agreement.
 * A row that differs from the agreement is a local edit, stamped with its own time (or now, when
 * the row's time is not newer than the agreement's: settings keep no time, and a restored backup
 * brings old times back); a row that is gone while the agreement knew it is a local delete, stamped
 * now. Each side's change meets the other's through `pick`.
 */
export function reconcile(input: ReconcileInput): ReconcileResult {
  const { local, remote, base, me, now, kind } = input;
  const appendOnly = kind === 'sample';
  const nextRemote: Items = { ...remote };
  let remoteChanged = false;
  const writes: LocalWrite[] = [];
  const nextBase: BaseItems = {};
  const refused: string[] = [];
  const keys = new Set([...Object.keys(local), ...Object.keys(remote), ...Object.keys(base)]);

  for (const key of keys) {
    if (input.blocked?.has(key)) continue;
    const row = local[key];
    const mirror = remote[key];
    const agreed = base[key];
    let mine: Entry | undefined;
    if (row) {
      const h = entryHash({ v: row.v });
      const unchanged = agreed ? agreed.h === h : mirror !== undefined && entryHash(mirror) === h;
      // An append-only item, once shared, is never written again.
      if (!unchanged && !(appendOnly && mirror)) {
        const at = row.at > (agreed?.at ?? Number.NEGATIVE_INFINITY) ? row.at : now;
        mine = { v: row.v, at, by: me };
      }
    } else if (agreed && agreed.h !== 'del' && !appendOnly) {
      mine = { v: null, at: now, by: me, del: true };
    }

    if (mine && !input.canWrite) {
      const mirrorMoved = mirror !== undefined && (!agreed || agreed.h !== entryHash(mirror));
      if (!mirrorMoved) {
        // Nothing new from the team: keep the local edit as it is, unshared, and say so.
        refused.push(key);
        if (agreed) nextBase[key] = agreed;
        continue;
      }
      mine = undefined; // The team's newer version is authoritative for a login that may not write.
    }

    let winner = mine && mirror ? pick(mine, mirror) : (mine ?? mirror);
    if (!winner) continue;
    const winnerHash = entryHash(winner);
    // The same content on both sides keeps the mirror's stamp: it is what every other browser has.
    if (mirror && winnerHash === entryHash(mirror)) winner = mirror;
    else {
      nextRemote[key] = winner;
      remoteChanged = true;
    }
    const localHash = row ? entryHash({ v: row.v }) : 'del';
    if (winnerHash !== localHash && !(appendOnly && winner.del)) {
      writes.push({ docId: input.docId, kind, key, entry: winner });
    }
    nextBase[key] = { h: winnerHash, at: winner.at };
  }
  return { remote: remoteChanged ? nextRemote : null, local: writes, base: nextBase, refused };
}
