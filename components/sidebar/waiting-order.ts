import type { ListedConversation } from '../../lib/messaging';
import { compareWaiting, placeOf, type WaitingPlace } from '../../lib/reply-clock/waiting-list';
import { listChangesSince, listVersion } from './conversation-rows';
import { type SeenConversation, seenOf, waitInputOf } from './waiting-conversations';

// "Menunggu balasan" kept in order as its inputs change, instead of worked out afresh each time.
// With 10,000 listed chats, deriving and sorting every row took ~10–20 ms of the sidebar's thread,
// and it ran on every page state (a new message in the open chat, a list change, the open chat
// switching). Here each update finds what changed since the last one: for a list made by
// conversation-rows.ts from the last one, the change it records; for any other list, by comparing its
// rows with the last ones by identity (conversation-rows keeps the object of a row that did not
// change). It recomputes the place of the conversations that changed only, and moves those within
// the sorted list.

type Seen = Readonly<Record<string, SeenConversation>>;

export interface WaitingOrder {
  /**
   * The places in list order (orderWaiting's order) for these inputs: the same array as last time
   * when nothing in them changed, a new one otherwise.
   */
  update(list: readonly ListedConversation[], seen: Seen, openId: string | null): readonly WaitingPlace[];
}

/** Above this many changed conversations, one merge beats moving each alone. */
const MERGE_FROM = 64;

/** The index of the first place not before `place`: where it is, or would go. */
function searchPlace(places: readonly WaitingPlace[], place: WaitingPlace): number {
  let low = 0;
  let high = places.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (compareWaiting(places[mid]!, place) < 0) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Two sorted runs as one. */
function merge(a: readonly WaitingPlace[], b: readonly WaitingPlace[]): WaitingPlace[] {
  const out = new Array<WaitingPlace>(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) out[k++] = compareWaiting(a[i]!, b[j]!) <= 0 ? a[i++]! : b[j++]!;
  while (i < a.length) out[k++] = a[i++]!;
  while (j < b.length) out[k++] = b[j++]!;
  return out;
}

const samePlace = (a: WaitingPlace | undefined, b: WaitingPlace | null) =>
  a === undefined
    ? b === null
    : b !== null &&
      a.buyerName === b.buyerName &&
      a.waitingSince === b.waitingSince &&
      a.unreadable === b.unreadable;

export function createWaitingOrder(): WaitingOrder {
  let list: readonly ListedConversation[] = [];
  // The version of `list` (conversation-rows.ts), -1 for the empty list, NaN for one of unknown origin.
  let version = -1;
  let rows = new Map<string, ListedConversation>();
  let seen: Seen = {};
  let openId: string | null = null;
  let places: readonly WaitingPlace[] = [];
  const placed = new Map<string, WaitingPlace>();

  const changedIds = (nextList: readonly ListedConversation[], nextSeen: Seen, nextOpen: string | null) => {
    const changed = new Set<string>();
    const changes = nextList === list ? null : listChangesSince(nextList, version);
    if (changes) {
      for (const change of changes) {
        for (const id of change.gone) {
          rows.delete(id);
          changed.add(id);
        }
        for (const row of change.upserted) {
          rows.set(row.id, row);
          changed.add(row.id);
        }
        version = change.version;
      }
      list = nextList;
    } else if (nextList !== list) {
      // Numbered as its maker numbered it (later changes apply to it); an empty list of any origin
      // is the empty list, which a first change applies to.
      version = listVersion(nextList) ?? (nextList.length === 0 ? -1 : Number.NaN);
      const nextRows = new Map<string, ListedConversation>();
      for (const row of nextList) nextRows.set(row.id, row);
      for (const [id, row] of nextRows) if (rows.get(id) !== row) changed.add(id);
      if (rows.size + changed.size > nextRows.size)
        for (const id of rows.keys()) if (!nextRows.has(id)) changed.add(id);
      rows = nextRows;
      list = nextList;
    }
    if (nextSeen !== seen) {
      for (const id of Object.keys(nextSeen)) if (seenOf(seen, id) !== nextSeen[id]) changed.add(id);
      for (const id of Object.keys(seen)) if (!Object.hasOwn(nextSeen, id)) changed.add(id);
      seen = nextSeen;
    }
    if (nextOpen !== openId) {
      if (openId !== null) changed.add(openId);
      if (nextOpen !== null) changed.add(nextOpen);
      openId = nextOpen;
    }
    return changed;
  };

  const placeFor = (id: string): WaitingPlace | null => {
    const input = waitInputOf(id, rows.get(id), seenOf(seen, id), id === openId);
    return input ? placeOf(input) : null;
  };

  return {
    update(nextList, nextSeen, nextOpen) {
      const moves: [string, WaitingPlace | null][] = [];
      for (const id of changedIds(nextList, nextSeen, nextOpen)) {
        const next = placeFor(id);
        if (!samePlace(placed.get(id), next)) moves.push([id, next]);
      }
      if (moves.length === 0) return places;

      if (moves.length >= MERGE_FROM) {
        const moved = new Set(moves.map(([id]) => id));
        const kept = places.filter((p) => !moved.has(p.id));
        const added: WaitingPlace[] = [];
        for (const [id, next] of moves) {
          if (next) {
            placed.set(id, next);
            added.push(next);
          } else placed.delete(id);
        }
        places = merge(kept, added.sort(compareWaiting));
        return places;
      }

      const out = places.slice();
      for (const [id, next] of moves) {
        const before = placed.get(id);
        if (before) out.splice(searchPlace(out, before), 1);
        if (next) {
          out.splice(searchPlace(out, next), 0, next);
          placed.set(id, next);
        } else placed.delete(id);
      }
      places = out;
      return places;
    },
  };
}
