import { useId } from 'react';
import type { ReplyTargets } from '../../lib/reply-clock/clock';
import { formatWaiting } from '../../lib/reply-clock/format';
import { replyClockMessages as m } from '../../lib/reply-clock/messages';
import { type ConversationWaitInput, waitingList } from '../../lib/reply-clock/waiting-list';
import { useLang, useT } from '../i18n';
import { useNow } from './use-now';

export interface WaitingListProps {
  conversations: readonly ConversationWaitInput[];
  targets: ReplyTargets;
  /** Opens the conversation in the page (the adapter clicks its row). */
  onOpen: (id: string) => void;
  /** False while the sidebar is collapsed: the list stops ticking. */
  live?: boolean;
}

/**
 * "Menunggu balasan": every conversation with an unanswered buyer message, longest wait first, then
 * those whose wait could not be read ("waktu pesan tidak terbaca").
 */
export function WaitingList({ conversations, targets, onOpen, live = true }: WaitingListProps) {
  const lang = useLang();
  const tr = useT();
  const headingId = useId();
  const anyWaiting = conversations.some((c) => c.state.waitingSince !== null && !c.state.unreadable);
  const now = useNow(live && anyWaiting);
  const entries = waitingList(conversations, now, targets);

  return (
    <section className="waiting-list" aria-labelledby={headingId}>
      <h2 className="waiting-list__title" id={headingId}>
        {tr(m.waitingListTitle)}
      </h2>
      {entries.length === 0 ? (
        <p className="waiting-list__empty">{tr(m.waitingListEmpty)}</p>
      ) : (
        <ul className="waiting-list__rows">
          {entries.map((entry) => {
            const buyer = entry.buyerName ?? tr(m.unknownBuyer);
            const wait = entry.unreadable
              ? tr(entry.unreadable === 'time' ? m.timeUnreadable : m.senderUnreadable)
              : formatWaiting(entry.waitedMs, lang);
            return (
              <li key={entry.id}>
                <button
                  type="button"
                  className={`waiting-list__row wait-badge--${entry.status}`}
                  data-status={entry.status}
                  aria-label={tr(m.openConversation, { buyer, wait })}
                  onClick={() => onOpen(entry.id)}
                >
                  <span className="waiting-list__buyer">{buyer}</span>
                  <span className="waiting-list__wait">{wait}</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
