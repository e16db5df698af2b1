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

/**
 * The rows to render for a scroll position: those in view plus OVERSCAN on each side. Every row
 * has the same height and the box's height follows its rows up to MAX_HEIGHT, so this is arithmetic
 * on the count, with nothing measured and nothing per row: a general virtualiser
 * (@tanstack/react-virtual, used here before) rebuilt a measurement for each of 10,000 rows on
 * every change of their number, ~2–15 ms a change.
 */
export function rowsInView(count: number, scrollTop: number): { first: number; last: number } {
  const height = Math.min(MAX_HEIGHT, count * ROW_HEIGHT);
  const top = Math.max(0, Math.min(scrollTop, count * ROW_HEIGHT - height));
  return {
    first: Math.max(0, Math.floor(top / ROW_HEIGHT) - OVERSCAN),
    last: Math.min(count - 1, Math.ceil((top + height) / ROW_HEIGHT) - 1 + OVERSCAN),
  };
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
  const [scrollTop, setScrollTop] = useState(0);
  const { first, last } = rowsInView(places.length, scrollTop);
  // The tab stop must be a row in the DOM: scrolled away from it, the first row rendered takes it.
  const tabStop = focusIndex >= first && focusIndex <= last ? focusIndex : first;

  useLayoutEffect(() => {
    if (!moveFocus.current) return;
    const id = places[focusIndex]?.id;
    const button = [
      ...(scrollRef.current?.querySelectorAll<HTMLButtonElement>('button[data-id]') ?? []),
    ].find((b) => b.dataset.id === id);
    // Not rendered yet: the scroll is on its way, and the next render focuses it.
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
    // Scrolled just enough to show the row, as a list box does.
    const box = scrollRef.current;
    if (!box) return;
    const view = box.clientHeight || Math.min(MAX_HEIGHT, places.length * ROW_HEIGHT);
    const top = target * ROW_HEIGHT;
    if (top < box.scrollTop) box.scrollTop = top;
    else if (top + ROW_HEIGHT > box.scrollTop + view) box.scrollTop = top + ROW_HEIGHT - view;
    setScrollTop(box.scrollTop);
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
        <div
          className="waiting-list__scroll"
          ref={scrollRef}
          style={{ maxHeight: MAX_HEIGHT }}
          onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
        >
          <ul className="waiting-list__rows" style={{ height: places.length * ROW_HEIGHT }}>
            {Array.from({ length: last - first + 1 }, (_, i) => first + i).map((index) => {
              const place = places[index];
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
                  aria-posinset={index + 1}
                  style={{ transform: `translateY(${index * ROW_HEIGHT}px)` }}
                >
                  <button
                    type="button"
                    className={`waiting-list__row wait-badge--${entry.status}`}
                    data-status={entry.status}
                    data-id={entry.id}
                    tabIndex={index === tabStop ? 0 : -1}
                    aria-label={tr(m.openConversation, { buyer, wait })}
                    onClick={() => {
                      setFocusId(entry.id);
                      setLastIndex(index);
                      onOpen(entry.id);
                    }}
                    onKeyDown={(event) => onKeyDown(event, index)}
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
