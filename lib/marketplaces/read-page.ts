// The one resolver every marketplace shares: for each part of the chat page it tries the layouts'
// markers (current layout first), then the layout-independent page signals, and reports which
// answered. A redesign therefore shows up as a finding that changes from "marker" to "geometry" in
// the sidebar and in a test, not as a dead sidebar.

import { matchesAny, pageUrlOf, queryAllFirst, queryFirst, type SelectorList, softly, textOf } from './dom';
import { geometry } from './geometry';
import { type ChatLayout, findingOf, firstMarked, type MarketplaceDefinition } from './layout';
import { expectSent } from './learn';
import { readMessageRows } from './read-messages';
import {
  editorText,
  guessComposer,
  guessMessageList,
  guessSend,
  peekDraft,
  takeDraft,
  trackAgent,
} from './signals';
import type {
  Conversation,
  ConversationListItem,
  Finding,
  MarketplaceAdapter,
  PageParts,
  PageRead,
} from './types';
import { watchOutsideComposer } from './watch';

type Found<T> = { element: T; by: Finding } | null;

function first<T extends Element = HTMLElement>(
  def: MarketplaceDefinition,
  pick: (layout: ChatLayout) => SelectorList | undefined,
  scope: ParentNode,
): Found<T> {
  return firstMarked<T>(def.layouts, pick, scope);
}

/** Names compared as a person would: case, spacing and Unicode form do not make another buyer. */
export function normalName(name: string): string {
  return name.normalize('NFC').replace(/\s+/g, ' ').trim();
}

function attributeId(element: Element | null | undefined, attributes: readonly string[]): string | null {
  for (const attribute of attributes) {
    const value = element?.getAttribute(attribute);
    if (value) return value;
  }
  return null;
}

function rowsOf(
  def: MarketplaceDefinition,
  root: ParentNode,
): { layout: ChatLayout; rows: Element[] } | null {
  for (const layout of def.layouts) {
    const rows = layout.row ? queryAllFirst<Element>(root, layout.row) : [];
    if (rows.length > 0) return { layout, rows };
  }
  return null;
}

function rowName(layout: ChatLayout, row: Element): string {
  const named = layout.rowName ? queryFirst<Element>(row, layout.rowName) : null;
  return normalName(named?.getAttribute('title') || textOf(named));
}

function listItems(def: MarketplaceDefinition, found: ReturnType<typeof rowsOf>): ConversationListItem[] {
  if (!found) return [];
  const { layout, rows } = found;
  const items: ConversationListItem[] = [];
  for (const row of rows) {
    const name = rowName(layout, row);
    if (!name) continue;
    const preview = layout.rowPreview ? queryFirst<Element>(row, layout.rowPreview) : null;
    const time = layout.rowTime ? textOf(queryFirst(row, layout.rowTime)) : '';
    const unread = layout.rowUnread ? textOf(queryFirst(row, layout.rowUnread)) : '';
    const item: ConversationListItem = {
      id: attributeId(row, def.conversationIdAttributes) ?? `name:${name}`,
      buyerName: name,
      lastMessagePreview: normalName(preview?.getAttribute('title') || textOf(preview)),
      unread: /^\d+\+?$/.test(unread) && unread !== '0',
      element: row,
    };
    if (time) item.rawTime = time;
    items.push(item);
  }
  return items;
}

/**
 * A name shown just above the message list, for layouts whose markers are gone: the first short
 * leaf in the pane's header band (within 160 px above the list, across the list's width).
 */
function guessBuyerName(list: Element): string | null {
  const g = geometry();
  const area = g.box(list);
  const pane = list.parentElement?.parentElement ?? list.parentElement;
  if (!pane) return null;
  for (const leaf of Array.from(pane.querySelectorAll('*'))) {
    if (leaf.children.length > 0 || list.contains(leaf) || leaf.closest('button, a, [role="button"]'))
      continue;
    const text = normalName(textOf(leaf));
    if (text.length < 2 || text.length > 60 || /^[\d\s:.]+$/.test(text)) continue;
    const box = g.box(leaf);
    if (
      box.bottom <= area.top + 2 &&
      box.top >= area.top - 160 &&
      box.left < area.right &&
      box.right > area.left
    ) {
      return text;
    }
  }
  return null;
}

function composerOf(def: MarketplaceDefinition, root: ParentNode, room: Element | null): Found<HTMLElement> {
  const marked = first<HTMLElement>(def, (l) => l.composer, room ?? root);
  if (marked) return marked;
  const guessed = guessComposer(room ?? root) ?? (room ? guessComposer(root) : null);
  return guessed ? { element: guessed.element, by: guessed.via } : null;
}

const NOTHING: PageParts = {
  composer: 'none',
  send: 'none',
  messages: 'none',
  senders: 'none',
  times: 'none',
  buyer: 'none',
  list: 'none',
};

function readPage(def: MarketplaceDefinition, root: ParentNode, now: Date): PageRead {
  const room = first<Element>(def, (l) => l.room, root);
  const composer = composerOf(def, root, room?.element ?? null);
  const scope = room?.element ?? root;
  const send =
    first<HTMLElement>(def, (l) => l.send, scope) ??
    (composer ? { element: guessSend(composer.element), by: 'geometry' as const } : null);

  // The agent's text left the chat box: its bubble, when it appears, teaches which side is the shop.
  if (composer && peekDraft() && !editorText(composer.element).trim()) expectSent(takeDraft(), now.getTime());

  const list =
    first<Element>(def, (l) => l.list, scope) ??
    (composer ? { element: guessMessageList(composer.element), by: 'geometry' as const } : null);
  const read = list?.element ? readMessageRows(def, list.element, now) : null;

  const listRows = rowsOf(def, root);
  const current = listRows?.rows.find(
    (row) => listRows.layout.rowCurrent && matchesAny(row, listRows.layout.rowCurrent),
  );
  const headerName = first<Element>(def, (l) => l.buyer, scope);
  const header = headerName
    ? normalName(headerName.element.getAttribute('title') || textOf(headerName.element))
    : '';
  const fromRow = current && listRows ? rowName(listRows.layout, current) : '';
  const guessed = !header && !fromRow && list?.element ? guessBuyerName(list.element) : null;
  const buyerName = header || fromRow || guessed || null;
  const listBy: Finding = listRows ? findingOf(listRows.layout) : 'none';
  // A name guessed from above the messages that is also a row of the marked conversation list is
  // that row's buyer (a page that does not mark its open row, like TikTok Shop's inbox).
  const confirmed = !!guessed && !!listRows?.rows.some((row) => rowName(listRows.layout, row) === guessed);
  const buyerBy: Finding = header
    ? (headerName?.by ?? 'none')
    : fromRow || confirmed
      ? listBy
      : guessed
        ? 'geometry'
        : 'none';

  // Mid-switch the header and the list may name different buyers for a moment: no identity then,
  // so one buyer's messages are never filed under the other.
  const switching = !!header && !!fromRow && header.toLowerCase() !== fromRow.toLowerCase();
  const url = pageUrlOf(root);
  const id =
    (url ? (def.idFromUrl?.(url) ?? null) : null) ??
    attributeId(room?.element, def.conversationIdAttributes) ??
    attributeId(current, def.conversationIdAttributes) ??
    (buyerName && !switching ? `name:${buyerName}` : null);

  const messages = read?.messages ?? [];
  const conversation: Conversation | null =
    messages.length > 0 || buyerName ? { id: switching ? null : id, buyerName, messages } : null;
  return {
    conversation,
    composer: composer?.element ?? null,
    send: send?.element ?? null,
    rows: listItems(def, listRows),
    parts: {
      composer: composer?.by ?? 'none',
      send: send?.element ? send.by : 'none',
      messages: read && messages.length > 0 ? (list?.by === 'geometry' ? 'geometry' : read.rowsBy) : 'none',
      senders: read?.senders ?? 'none',
      times: read?.times ?? 'none',
      buyer: buyerBy,
      list: listRows ? listBy : 'none',
    },
  };
}

/** The adapter for one marketplace's table of facts. */
export function createAdapter(def: MarketplaceDefinition): MarketplaceAdapter {
  const findComposer = (root: ParentNode) =>
    softly<HTMLElement | null>(null, () => {
      const room = first<Element>(def, (l) => l.room, root);
      return composerOf(def, root, room?.element ?? null)?.element ?? null;
    });
  return {
    id: def.id,
    label: def.label,
    isChatPage: (url) => softly(false, () => def.isChatPage(url)),
    read: (root, now = new Date()) =>
      softly<PageRead>({ conversation: null, composer: null, send: null, rows: [], parts: NOTHING }, () =>
        readPage(def, root, now),
      ),
    findComposer,
    listConversations: (root) => softly<ConversationListItem[]>([], () => listItems(def, rowsOf(def, root))),
    watch(root, signal, onChange) {
      const doc = (root as Node).nodeType === 9 ? (root as Document) : (root as Node).ownerDocument;
      if (doc) softly(undefined, () => trackAgent(doc, signal));
      watchOutsideComposer(root, signal, onChange, findComposer);
    },
  };
}
