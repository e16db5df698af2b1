// A marketplace file is a table of facts: for each layout of its chat page (the current one first,
// older ones after), the markers that find each part, every one with its source in a comment there.
// The shared reader (read-page.ts) tries the layouts' markers part by part and falls back to the page
// signals (signals.ts) for whatever no marker finds.

import { matchesAny, queryFirst, type SelectorList } from './dom';
import type { Finding, MarketplaceId } from './types';

export interface ChatLayout {
  /** An older layout of the marketplace: its findings say "older" instead of "marker". */
  older?: boolean;
  /** The open conversation's pane: the scope of everything below but the conversation list. */
  room?: SelectorList;
  /** The open conversation's buyer name, inside the room (header). */
  buyer?: SelectorList;
  /** The message list inside the room. */
  list?: SelectorList;
  /** One message row inside the list. */
  message?: SelectorList;
  /** The message text inside a row. */
  text?: SelectorList;
  /** The time stamp inside a row. */
  time?: SelectorList;
  /** Day separators between rows ("Hari ini", "12 Nov 2026"). */
  daySeparator?: SelectorList;
  /** A row (or something inside it) the shop sent. */
  seller?: SelectorList;
  /** A row (or something inside it) the buyer sent. */
  buyerMessage?: SelectorList;
  /** A system or automatic row. */
  system?: SelectorList;
  /** The layout marks only the shop's rows: a row without the mark is the buyer's. */
  unmarkedIsBuyer?: boolean;
  /** The chat box, inside the room when the room is known. */
  composer?: SelectorList;
  /** The send control, inside the room when the room is known. */
  send?: SelectorList;
  /** The conversation list's rows (page-wide). */
  row?: SelectorList;
  /** Matches the open conversation's row itself. */
  rowCurrent?: SelectorList;
  /** The buyer's name in a row (its `title` is preferred when it has one). */
  rowName?: SelectorList;
  rowPreview?: SelectorList;
  rowTime?: SelectorList;
  rowUnread?: SelectorList;
}

export interface MarketplaceDefinition {
  id: MarketplaceId;
  label: string;
  isChatPage(url: string): boolean;
  /** A conversation id in the page URL, where a layout puts one there. */
  idFromUrl?(url: string): string | null;
  /** Newest first. */
  layouts: readonly ChatLayout[];
  /** A short label inside a row that marks it automatic ("Balasan otomatis"), matched on a whole leaf. */
  autoLabel: RegExp;
  /** Attributes that may hold a message id, on the row or its text element. */
  messageIdAttributes: readonly string[];
  /** Attributes that may hold a conversation id, on the room or the open row. */
  conversationIdAttributes: readonly string[];
}

/** What finding a layout's markers give: "older" for an older layout. */
export const findingOf = (layout: ChatLayout): Finding => (layout.older ? 'older' : 'marker');

/**
 * The first element that a layout's selector list (picked by `pick`) finds under `scope`, or `scope`
 * itself (a layout whose room is also its message list), newest layout first.
 */
export function firstMarked<T extends Element = HTMLElement>(
  layouts: readonly ChatLayout[],
  pick: (layout: ChatLayout) => SelectorList | undefined,
  scope: ParentNode,
): { element: T; by: Finding } | null {
  for (const layout of layouts) {
    const list = pick(layout);
    if (!list) continue;
    const self =
      (scope as Element).nodeType === 1 && matchesAny(scope as Element, list) ? (scope as T) : null;
    const element = self ?? queryFirst<T>(scope, list);
    if (element) return { element, by: findingOf(layout) };
  }
  return null;
}
