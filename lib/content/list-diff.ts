import type { ConversationsChange, ListedConversation } from '../messaging';

/** Rows per message: the sidebar decodes each message in a task of its own, so each stays short. */
export const ROWS_PER_MESSAGE = 500;

export interface ListDiff {
  /**
   * The messages that bring the sidebar from the list it was last given to `list` (none when
   * nothing changed); with `reset`, the whole list, for a sidebar that has none yet.
   */
  next(list: readonly ListedConversation[], reset?: boolean): ConversationsChange[];
}

/**
 * Remembers each row as it was last sent (by id, as its encoded text) and sends only what changed.
 * A page lists a conversation once; should two rows share an id, the last one counts, as it would in
 * the sidebar.
 */
export function createListDiff(): ListDiff {
  let sent = new Map<string, string>();
  return {
    next(list, reset = false) {
      const rows = new Map<string, string>();
      for (const r of list) rows.set(r.id, JSON.stringify([r.id, r.buyerName, r.unread ? 1 : 0, r.lastAt]));
      const changed: string[] = [];
      for (const [id, row] of rows) if (reset || sent.get(id) !== row) changed.push(row);
      const gone = reset ? [] : [...sent.keys()].filter((id) => !rows.has(id));
      sent = rows;
      const out: ConversationsChange[] = [];
      for (let i = 0; i < changed.length || (i === 0 && (reset || gone.length > 0)); i += ROWS_PER_MESSAGE) {
        out.push({
          type: 'conversations',
          reset: reset && i === 0,
          rows: `[${changed.slice(i, i + ROWS_PER_MESSAGE).join(',')}]`,
          gone: JSON.stringify(i === 0 ? gone : []),
        });
      }
      return out;
    },
  };
}
