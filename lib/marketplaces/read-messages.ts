// Reads the message rows of the open conversation: each row's text, time and sender, from the
// layouts' markers where they answer and from the page signals where they do not. Both the markers
// and the signals are reported, so the sidebar can say "pengirim: tebakan dari sisi gelembung".

import {
  matchesAny,
  multilineTextOf,
  queryAllFirst,
  queryFirst,
  type SelectorList,
  shortHash,
  textOf,
} from './dom';
import { type ChatLayout, firstMarked, type MarketplaceDefinition, findingOf as via } from './layout';
import { type Learned, learnedSoFar, learnFromRows } from './learn';
import { clockLeaf, type Side, sideOf, structuralRows } from './signals';
import { isDayLabel, resolveChatTime } from './time';
import type { ChatMessage, Finding, MessageSender } from './types';

export interface MessageFindings {
  messages: ChatMessage[];
  senders: Finding;
  times: Finding;
}

interface Row {
  element: Element;
  textElement: Element;
  timeElement: Element | null;
  timeBy: Finding;
  text: string;
  byMarker: MessageSender | null;
  markerBy: Finding;
  side?: Side | null;
}

function anyMatch(
  layouts: readonly ChatLayout[],
  pick: (l: ChatLayout) => SelectorList | undefined,
  el: Element,
) {
  for (const layout of layouts) {
    const list = pick(layout);
    if (list && (matchesAny(el, list) || queryFirst(el, list))) return via(layout);
  }
  return null;
}

function outermost(elements: Element[]): Element[] {
  const set = new Set(elements);
  return elements.filter((element) => {
    for (let parent = element.parentElement; parent; parent = parent.parentElement) {
      if (set.has(parent)) return false;
    }
    return true;
  });
}

/** Rows by the layouts' markers, else by structure. */
function findRows(list: Element, layouts: readonly ChatLayout[]): { rows: Element[]; by: Finding } {
  for (const layout of layouts) {
    const rows = layout.message ? queryAllFirst<Element>(list, layout.message) : [];
    if (rows.length > 0) return { rows: outermost(rows), by: via(layout) };
  }
  return { rows: structuralRows(list), by: 'geometry' };
}

/** Text under `element` without the parts in `skip` (a time stamp nested in the text, a label). */
function textWithout(element: Element, skip: readonly Element[]): string {
  if (skip.every((s) => !element.contains(s))) return multilineTextOf(element);
  const copy = element.cloneNode(true) as Element;
  const all = Array.from(element.querySelectorAll('*'));
  const copies = Array.from(copy.querySelectorAll('*'));
  for (const s of skip) copies[all.indexOf(s)]?.remove();
  return multilineTextOf(copy);
}

function autoLabelIn(row: Element, label: RegExp, textElement: Element): Element | null {
  for (const el of Array.from(row.querySelectorAll('*'))) {
    if (el.children.length === 0 && !el.contains(textElement) && label.test(textOf(el))) return el;
  }
  return null;
}

function markerSender(def: MarketplaceDefinition, row: Element): { from: MessageSender; by: Finding } | null {
  const layouts = def.layouts;
  const system = anyMatch(layouts, (l) => l.system, row);
  if (system) return { from: 'auto', by: system };
  const seller = anyMatch(layouts, (l) => l.seller, row);
  if (seller) return { from: 'seller', by: seller };
  const buyer = anyMatch(layouts, (l) => l.buyerMessage, row);
  if (buyer) return { from: 'buyer', by: buyer };
  const rowLayout = layouts.find((l) => l.message && matchesAny(row, l.message));
  return rowLayout?.unmarkedIsBuyer ? { from: 'buyer', by: via(rowLayout) } : null;
}

function readRow(def: MarketplaceDefinition, element: Element): Row {
  const text = firstMarked<Element>(def.layouts, (l) => l.text, element);
  const textElement = text?.element ?? element;
  const markedTime = firstMarked<Element>(def.layouts, (l) => l.time, element);
  const timeElement = markedTime?.element ?? clockLeaf(element);
  const label = autoLabelIn(element, def.autoLabel, textElement);
  const marker = markerSender(def, element);
  return {
    element,
    textElement,
    timeElement,
    timeBy: markedTime ? markedTime.by : timeElement ? 'geometry' : 'none',
    text: textWithout(
      textElement,
      [timeElement, label].filter((e): e is Element => !!e),
    ),
    byMarker: label ? 'auto' : (marker?.from ?? null),
    markerBy: marker?.by ?? 'none',
  };
}

function sideSender(side: Side | null | undefined, learned: Learned): MessageSender | null {
  if (side === 'center') return 'auto';
  if (!side) return null;
  // The research's default (the shop's bubbles on the right) until the agent's own bubble says otherwise.
  return side === (learned.shopSide ?? 'right') ? 'seller' : 'buyer';
}

/** Epoch ms from a machine-readable `datetime` attribute, when the page provides one. */
function machineTime(timeElement: Element | null): number | null {
  const value = timeElement?.getAttribute('datetime');
  const ms = value ? Date.parse(value) : Number.NaN;
  return Number.isFinite(ms) ? ms : null;
}

function weakest(findings: Finding[]): Finding {
  const order: Finding[] = ['none', 'geometry', 'focus', 'learned', 'older', 'marker'];
  return findings.reduce<Finding>((low, f) => (order.indexOf(f) < order.indexOf(low) ? f : low), 'marker');
}

/** The messages in `list`, oldest first, with how their senders and times were found. */
export function readMessageRows(
  def: MarketplaceDefinition,
  list: Element,
  now: Date,
): MessageFindings & { rowsBy: Finding } {
  const { rows: elements, by: rowsBy } = findRows(list, def.layouts);
  const marked = def.layouts.flatMap((l) =>
    l.daySeparator ? queryAllFirst<Element>(list, l.daySeparator) : [],
  );
  const separators = marked.length > 0 || rowsBy === 'geometry' ? marked : daySeparatorsBeside(elements, now);
  const separatorSet = new Set(separators.filter((sep) => !elements.some((row) => row.contains(sep))));
  const ordered = [...elements, ...separatorSet].sort((a, b) =>
    a === b ? 0 : a.compareDocumentPosition(b) & 4 ? -1 : 1,
  );

  const rows: (Row | { day: string })[] = [];
  for (const element of ordered) {
    const label = textOf(element);
    if (separatorSet.has(element) || (rowsBy === 'geometry' && isDayLabel(label, now))) {
      rows.push({ day: label });
      continue;
    }
    const row = readRow(def, element);
    if (row.text) rows.push(row);
  }
  const messageRows = rows.filter((r): r is Row => 'element' in r);
  const sideOfRow = (row: Row) => {
    if (row.side === undefined) row.side = sideOf(row.element, list, row.timeElement);
    return row.side;
  };
  learnFromRows(
    messageRows.map((row) => ({
      text: row.text,
      byMarker: row.byMarker,
      get side() {
        return sideOfRow(row);
      },
    })),
    now.getTime(),
  );
  const learned = learnedSoFar();

  const messages: ChatMessage[] = [];
  const senders: Finding[] = [];
  const times: Finding[] = [];
  const seen = new Map<string, number>();
  let day: string | null = null;
  let last: { at: number; by: Finding } | null = null;
  for (const row of rows) {
    if ('day' in row) {
      day = row.day;
      last = null;
      continue;
    }
    let from = learned.markersWrong ? null : row.byMarker;
    if (from) senders.push(row.markerBy === 'none' ? 'marker' : row.markerBy);
    else {
      from = sideSender(sideOfRow(row), learned);
      senders.push(from ? (learned.shopSide ? 'learned' : 'geometry') : 'none');
    }
    // A row whose sender cannot be told stays, as 'unknown': the clock then says it cannot tell.
    from ??= 'unknown';
    const rawTime = row.timeElement ? textOf(row.timeElement) : '';
    let at = machineTime(row.timeElement) ?? (rawTime ? resolveChatTime(rawTime, now, day) : null);
    let timeBy = row.timeBy;
    let inherited = false;
    if (!row.timeElement && last) {
      // Pages that stamp only the first message of a group (TikTok Shop's .chatd-message--hasTime,
      // T4 in tokopedia.ts): an unstamped message is no earlier than the stamp above it.
      at = last.at;
      timeBy = last.by;
      inherited = true;
    }
    if (at != null) last = { at, by: timeBy };
    if (from !== 'auto') times.push(at == null ? 'none' : timeBy);
    const key = `${from}-${shortHash(`${rawTime}\u0000${row.text}`)}`;
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    const id = idFrom([row.element, row.textElement], def.messageIdAttributes) ?? `${key}-${occurrence}`;
    const message: ChatMessage = { id, from, text: row.text, at };
    if (rawTime) message.rawTime = rawTime;
    if (inherited) message.atIsLowerBound = true;
    messages.push(message);
  }
  return {
    messages,
    rowsBy,
    senders: senders.length ? weakest(senders) : 'none',
    times: times.length ? weakest(times) : messages.length ? 'marker' : 'none',
  };
}

/**
 * Day separators of a page that marks its messages but not its separators: the items beside the
 * messages (children of their common container) that hold no message and read as a day label.
 */
function daySeparatorsBeside(rows: Element[], now: Date): Element[] {
  const first = rows[0];
  const last = rows[rows.length - 1];
  let container = first?.parentElement ?? null;
  while (container && last && !container.contains(last)) container = container.parentElement;
  if (!container) return [];
  return Array.from(container.children).filter(
    (child) => !rows.some((row) => child.contains(row)) && isDayLabel(textOf(child), now),
  );
}

function idFrom(elements: Element[], attributes: readonly string[]): string | null {
  for (const element of elements) {
    for (const attribute of attributes) {
      const value = element.getAttribute(attribute);
      if (value) return value;
    }
  }
  return null;
}
