import { observeElementRect, type Rect, useVirtualizer, type Virtualizer } from '@tanstack/react-virtual';
import { type KeyboardEvent, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { ReplyTargets } from '../../lib/reply-clock/clock';
import { formatWaiting } from '../../lib/reply-clock/format';
import { replyClockMessages as m } from '../../lib/reply-clock/messages';
import { type WaitingPlace, waitingEntry } from '../../lib/reply-clock/waiting-list';
import { useLang, useT } from '../i18n';
import { useNow } from './use-now';

export interface WaitingListProps {
  /** The conversations in list order (orderWaiting, or the sidebar's kept order: waiting-order.ts). */
  places: readonly WaitingPlace[];
  targets: ReplyTargets;
  /** Opens the conversation in the page (the adapter clicks its row). */
  onOpen: (id: string) => void;
  /** False while the sidebar is collapsed: the list stops ticking. */
  live?: boolean;
}

/** One row: a 32 px button and the 4 px gap below it (reply-clock.css sizes the button). */
export const ROW_HEIGHT = 36;
/** Rows the list shows before it scrolls. */
const VISIBLE_ROWS = 7;
const MAX_HEIGHT = ROW_HEIGHT * VISIBLE_ROWS;
const OVERSCAN = 4;
const estimateSize = () => ROW_HEIGHT;

/**
 * The scroll box's size. Its height follows its rows up to MAX_HEIGHT, so it is 0 only before
 * layout (or where there is none, as in component tests): it then counts as full, which renders at
 * most VISIBLE_ROWS + OVERSCAN rows until the real size is known.
 */
function observeBox(instance: Virtualizer<HTMLDivElement, Element>, cb: (rect: Rect) => void) {
  return observeElementRect(instance, (rect) =>
    cb(rect.height > 0 ? rect : { width: rect.width, height: MAX_HEIGHT }),
  );
}

/**
 * "Menunggu balasan": every conversation with an unanswered buyer message, longest wait first, then
 * those whose wait could not be read ("waktu pesan tidak terbaca").
 *
 * Virtualised: only the rows in view (plus a few) are in the DOM, so 10,000 waiting chats render and
 * tick as fast as ten (tests/bench/waiting-list-chromium.bench.ts). The keyboard works as in a
 * list box: one row is in the tab order, ↑/↓, PageUp/PageDown, Home/End move between rows (scrolling
 * them into view), Enter or Space opens the chat.
 */
export function WaitingList({ places, targets, onOpen, live = true }: WaitingListProps) {
  const lang = useLang();
  const tr = useT();
  const headingId = useId();
  // The order comes worked out; each tick recomputes the rows in view alone.
  const anyWaiting = places.length > 0 && places[0]!.waitingSince !== null;
  const now = useNow(live && anyWaiting);
  const scrollRef = useRef<HTMLDivElement>(null);
  // The row in the tab order, by conversation id: it stays on its chat while the order changes.
  const [focusId, setFocusId] = useState<string | null>(null);
  const [lastIndex, setLastIndex] = useState(0);
  const moveFocus = useRef(false);

  const found = useMemo(
    () => (focusId === null ? -1 : places.findIndex((p) => p.id === focusId)),
    [places, focusId],
  );
  // A row that left the list (answered) hands the tab stop to the row now in its place.
  const focusIndex = found >= 0 ? found : Math.min(lastIndex, Math.max(0, places.length - 1));
  const virtualizer = useVirtualizer({
    count: places.length,
    getScrollElement: () => scrollRef.current,
    // Every row has the same size and none is measured, so the virtualiser's keys stay indexes:
    // its 10,000 measurements are then rebuilt only when the count changes, not on every change of
    // the order. React's keys are the conversation ids (below).
    estimateSize,
    overscan: OVERSCAN,
    initialRect: { width: 0, height: MAX_HEIGHT },
    observeElementRect: observeBox,
  });

  const items = virtualizer.getVirtualItems();
  // The tab stop must be a row in the DOM: scrolled away from it, the first row in view takes it.
  const tabStop = items.some((item) => item.index === focusIndex) ? focusIndex : (items[0]?.index ?? 0);

  useLayoutEffect(() => {
    if (!moveFocus.current) return;
    const id = places[focusIndex]?.id;
    const button = [
      ...(scrollRef.current?.querySelectorAll<HTMLButtonElement>('button[data-id]') ?? []),
    ].find((b) => b.dataset.id === id);
    // Not rendered yet: scrollToIndex is on its way, and the next render focuses it.
    if (button) {
      moveFocus.current = false;
      button.focus();
    }
  });

  const focusRow = (index: number) => {
    const target = Math.max(0, Math.min(places.length - 1, index));
    const place = places[target];
    if (!place) return;
    setFocusId(place.id);
    setLastIndex(target);
    moveFocus.current = true;
    virtualizer.scrollToIndex(target, { align: 'auto' });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const step: Record<string, number> = {
      ArrowDown: 1,
      ArrowUp: -1,
      PageDown: VISIBLE_ROWS - 1,
      PageUp: -(VISIBLE_ROWS - 1),
      Home: -places.length,
      End: places.length,
    };
    const by = step[event.key];
    if (by === undefined) return;
    event.preventDefault();
    focusRow(index + by);
  };

  return (
    <section className="waiting-list" aria-labelledby={headingId} data-count={places.length}>
      <h2 className="waiting-list__title" id={headingId}>
        {tr(m.waitingListTitle)}
      </h2>
      {places.length === 0 ? (
        <p className="waiting-list__empty">{tr(m.waitingListEmpty)}</p>
      ) : (
        <div className="waiting-list__scroll" ref={scrollRef} style={{ maxHeight: MAX_HEIGHT }}>
          <ul className="waiting-list__rows" style={{ height: virtualizer.getTotalSize() }}>
            {items.map((item) => {
              const place = places[item.index];
              if (!place) return null;
              const entry = waitingEntry(place, now, targets);
              const buyer = entry.buyerName ?? tr(m.unknownBuyer);
              const wait = entry.unreadable
                ? tr(entry.unreadable === 'time' ? m.timeUnreadable : m.senderUnreadable)
                : formatWaiting(entry.waitedMs, lang);
              return (
                <li
                  key={entry.id}
                  aria-setsize={places.length}
                  aria-posinset={item.index + 1}
                  style={{ transform: `translateY(${item.start}px)` }}
                >
                  <button
                    type="button"
                    className={`waiting-list__row wait-badge--${entry.status}`}
                    data-status={entry.status}
                    data-id={entry.id}
                    tabIndex={item.index === tabStop ? 0 : -1}
                    aria-label={tr(m.openConversation, { buyer, wait })}
                    onClick={() => {
                      setFocusId(entry.id);
                      setLastIndex(item.index);
                      onOpen(entry.id);
                    }}
                    onKeyDown={(event) => onKeyDown(event, item.index)}
                  >
                    <span className="waiting-list__buyer">{buyer}</span>
                    <span className="waiting-list__wait">{wait}</span>
                  </button>
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </section>
  );
}
