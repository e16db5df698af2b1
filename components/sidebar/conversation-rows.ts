import type { ConversationsChange, ListedConversation } from '../../lib/messaging';
import {
  EARLIEST_MESSAGE_AT,
  FUTURE_TOLERANCE_MS,
  MAX_CONVERSATION_ID_LENGTH,
} from '../../lib/validate/reply-samples';

// The sidebar's copy of the page's conversation list, kept up to date from the content script's
// `conversations` changes (lib/content/list-diff.ts). The rows come from the page's DOM: each is
// checked before it is kept, and a row that fails is left out (and counted), never guessed at.

/** A buyer name longer than this is not a name. */
export const MAX_BUYER_NAME_LENGTH = 256;
/** More rows than any seller centre lists; beyond it new rows are refused, so memory stays bounded. */
export const MAX_ROWS = 50_000;

/**
 * What made a list out of the one before it, for whoever follows the list (waiting-order.ts) to
 * apply instead of comparing 10,000 rows. Lists are numbered as they are made; `base` is the number
 * of the list this change applies to, -1 for the empty list.
 */
export interface ListChange {
  version: number;
  base: number;
  /** Rows added or changed (their new objects). */
  upserted: readonly ListedConversation[];
  /** Ids that left the list. */
  gone: readonly string[];
}

/** The last changes kept, so a follower that skipped a few lists (one render for two) catches up. */
const KEPT_CHANGES = 64;

// Held weakly by the list itself: a list no one holds takes its entry with it. `log` is its
// ConversationRows' recent changes, oldest first, shared by all of its lists.
const made = new WeakMap<readonly ListedConversation[], { version: number; log: readonly ListChange[] }>();

/**
 * The changes that lead from the list numbered `since` to `list`, in order (empty when `list` is
 * that list); null when they are not known: `list` was not made by a ConversationRows, came after a
 * reset, or is too many changes ahead.
 */
export function listChangesSince(
  list: readonly ListedConversation[],
  since: number,
): readonly ListChange[] | null {
  const entry = made.get(list);
  if (!entry) return null;
  if (entry.version === since) return [];
  const from = entry.log.findIndex((c) => c.base === since);
  const to = entry.log.findIndex((c) => c.version === entry.version);
  return from >= 0 && to >= from ? entry.log.slice(from, to + 1) : null;
}

/** The number of a list made by a ConversationRows, or null. */
export function listVersion(list: readonly ListedConversation[]): number | null {
  return made.get(list)?.version ?? null;
}

let lastVersion = 0;

export interface ConversationRows {
  /**
   * Applies one change and returns the list as it is now: a new array when the change changed
   * anything (rows that did not change keep their object, so a later diff can tell them by
   * identity), the same array otherwise.
   */
  apply(change: ConversationsChange, now?: number): readonly ListedConversation[];
  readonly list: readonly ListedConversation[];
  /** Rows and ids refused so far for being malformed. */
  readonly refused: number;
}

function parseArray(json: unknown): unknown[] | null {
  if (typeof json !== 'string') return null;
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value : null;
  } catch {
    return null;
  }
}

const isId = (value: unknown): value is string =>
  typeof value === 'string' && value.length > 0 && value.length <= MAX_CONVERSATION_ID_LENGTH;

/** One wire row as a ListedConversation, or null when it is malformed. */
export function decodeRow(value: unknown, now: number): ListedConversation | null {
  if (!Array.isArray(value) || value.length !== 4) return null;
  const [id, buyerName, unread, lastAt] = value as unknown[];
  if (!isId(id)) return null;
  if (typeof buyerName !== 'string' || buyerName.length > MAX_BUYER_NAME_LENGTH) return null;
  if (unread !== 0 && unread !== 1) return null;
  // A time that is no time, or far outside what a chat can show, is a time that could not be read:
  // the row stays, and an unread one is listed as waiting since an unknown time.
  const at =
    typeof lastAt === 'number' &&
    Number.isFinite(lastAt) &&
    lastAt >= EARLIEST_MESSAGE_AT &&
    lastAt <= now + FUTURE_TOLERANCE_MS
      ? lastAt
      : null;
  return { id, buyerName, unread: unread === 1, lastAt: at };
}

export function createConversationRows(): ConversationRows {
  const rows = new Map<string, ListedConversation>();
  let list: readonly ListedConversation[] = [];
  let refused = 0;
  let log: ListChange[] = [];
  const same = (a: ListedConversation, b: ListedConversation) =>
    a.buyerName === b.buyerName && a.unread === b.unread && a.lastAt === b.lastAt;

  return {
    apply(change, now = Date.now()) {
      const added = parseArray(change.rows);
      const gone = parseArray(change.gone);
      // A change that cannot be read is dropped whole: half of it would leave a list nobody sent.
      if (!added || !gone || typeof change.reset !== 'boolean') {
        refused++;
        return list;
      }
      const reset = change.reset && rows.size > 0;
      if (change.reset) rows.clear();
      const left: string[] = [];
      const upserted: ListedConversation[] = [];
      for (const id of gone) {
        if (!isId(id)) refused++;
        else if (rows.delete(id)) left.push(id);
      }
      for (const value of added) {
        const row = decodeRow(value, now);
        const before = row && rows.get(row.id);
        if (!row || (!before && rows.size >= MAX_ROWS)) refused++;
        else if (!before || !same(before, row)) {
          rows.set(row.id, row);
          upserted.push(row);
        }
      }
      if (!reset && left.length === 0 && upserted.length === 0) return list;
      const base = made.get(list)?.version ?? -1;
      list = [...rows.values()];
      // A reset is not a change of the list before: its followers start afresh.
      if (reset) log = [];
      else {
        const version = ++lastVersion;
        log = [...log.slice(-(KEPT_CHANGES - 1)), { version, base, upserted, gone: left }];
        made.set(list, { version, log });
      }
      return list;
    },
    get list() {
      return list;
    },
    get refused() {
      return refused;
    },
  };
}
