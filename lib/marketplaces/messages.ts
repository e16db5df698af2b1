// Reads the message bubbles of an open conversation, given one marketplace's selectors. Both
// marketplaces render the same shape (a list of rows, each with text and a time stamp, interleaved
// with day separators), so the walk lives here and the adapters only say what to look for.

import {
  hasAny,
  matchesAny,
  multilineTextOf,
  queryAllFirst,
  queryFirst,
  type SelectorList,
  shortHash,
  textOf,
} from './dom';
import { resolveChatTime } from './time';
import type { ChatMessage, MessageSender } from './types';

export interface MessageSelectors {
  /** The scrolling list holding the bubbles. */
  list: SelectorList;
  /** One message row (bubble with its time stamp). */
  row: SelectorList;
  /**
   * The message text inside a row. When no `row` selector matches, rows are found from these
   * instead (each text element's parent), which copes with pages whose rows carry only hashed classes.
   */
  text: SelectorList;
  /** The time stamp inside a row. */
  time: SelectorList;
  /** Day separators between rows ("Hari ini", "Kemarin", "12 Nov 2026"). */
  daySeparator: SelectorList;
  /** Marks a row sent by the shop (its own agents). */
  seller: SelectorList;
  /** Marks a row sent automatically (auto-reply, FAQ bot). */
  auto: SelectorList;
  /** A short label inside a row that marks it automatic ("Balasan Otomatis"); matched on whole text. */
  autoLabel: RegExp;
  /** Attributes that may hold a message id, on the row or its text element. */
  idAttributes: readonly string[];
}

function byDocumentOrder(a: Element, b: Element): number {
  if (a === b) return 0;
  // 4 = DOCUMENT_POSITION_FOLLOWING: b comes after a.
  return a.compareDocumentPosition(b) & 4 ? -1 : 1;
}

/** Drops rows nested in another row (a fallback selector may match both a bubble and its inner part). */
function outermost(elements: Element[]): Element[] {
  const set = new Set(elements);
  return elements.filter((element) => {
    for (let parent = element.parentElement; parent; parent = parent.parentElement) {
      if (set.has(parent)) return false;
    }
    return true;
  });
}

function findRows(list: Element, selectors: MessageSelectors): Element[] {
  const rows = queryAllFirst<Element>(list, selectors.row);
  if (rows.length > 0) return outermost(rows);
  const texts = queryAllFirst<Element>(list, selectors.text);
  const parents = texts.map((text) => text.parentElement).filter((p): p is HTMLElement => !!p && p !== list);
  return outermost([...new Set(parents)]);
}

function isAutoLabel(element: Element, label: RegExp): boolean {
  return element.children.length === 0 && label.test(textOf(element));
}

function senderOf(row: Element, selectors: MessageSelectors, textElement: Element | null): MessageSender {
  if (hasAny(row, selectors.auto)) return 'auto';
  const labels = Array.from(row.querySelectorAll('*')).filter(
    (el) => !(textElement && (el === textElement || textElement.contains(el))),
  );
  if (labels.some((el) => isAutoLabel(el, selectors.autoLabel))) return 'auto';
  if (matchesAny(row, selectors.seller) || hasAny(row, selectors.seller)) return 'seller';
  return 'buyer';
}

/** The text of a row without its time stamp and labels (some pages put the time inside the bubble). */
function messageText(textElement: Element, selectors: MessageSelectors): string {
  const copy = textElement.cloneNode(true) as Element;
  for (const list of [selectors.time]) {
    for (const selector of list) {
      try {
        for (const el of Array.from(copy.querySelectorAll(selector))) el.remove();
      } catch {
        // an invalid selector removes nothing
      }
    }
  }
  for (const el of Array.from(copy.querySelectorAll('*'))) {
    if (isAutoLabel(el, selectors.autoLabel)) el.remove();
  }
  return multilineTextOf(copy);
}

function idFrom(elements: (Element | null)[], attributes: readonly string[]): string | null {
  for (const element of elements) {
    for (const attribute of attributes) {
      const value = element?.getAttribute(attribute);
      if (value) return value;
    }
  }
  return null;
}

/** Epoch ms from a machine-readable `datetime` attribute, when the page provides one. */
function machineTime(timeElement: Element | null): number | null {
  const value = timeElement?.getAttribute('datetime');
  if (!value) return null;
  const ms = Date.parse(value);
  return Number.isFinite(ms) ? ms : null;
}

/** The messages under `scope` (the open conversation's pane), oldest first; [] when none are found. */
export function readMessages(scope: ParentNode, selectors: MessageSelectors, now: Date): ChatMessage[] {
  const list = queryFirst<Element>(scope, selectors.list) ?? (scope as Element);
  const rows = findRows(list, selectors);
  if (rows.length === 0) return [];
  const separators = queryAllFirst<Element>(list, selectors.daySeparator).filter(
    (sep) => !rows.some((row) => row.contains(sep)),
  );
  const ordered = [...rows, ...separators].sort(byDocumentOrder);
  const rowSet = new Set(rows);

  const messages: ChatMessage[] = [];
  const seen = new Map<string, number>();
  let day: string | null = null;
  for (const element of ordered) {
    if (!rowSet.has(element)) {
      day = textOf(element);
      continue;
    }
    const textElement = queryFirst<Element>(element, selectors.text);
    const text = messageText(textElement ?? element, selectors);
    if (!text) continue;
    const timeElement = queryFirst<Element>(element, selectors.time);
    const rawTime = timeElement ? textOf(timeElement) : '';
    const from = senderOf(element, selectors, textElement);
    const at = machineTime(timeElement) ?? (rawTime ? resolveChatTime(rawTime, now, day) : null);
    // Derived ids hash content, not position, so they survive older messages loading above.
    const key = `${from}-${shortHash(`${rawTime}\u0000${text}`)}`;
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    const id = idFrom([element, textElement], selectors.idAttributes) ?? `${key}-${occurrence}`;
    const message: ChatMessage = { id, from, text, at };
    if (rawTime) message.rawTime = rawTime;
    messages.push(message);
  }
  return messages;
}
