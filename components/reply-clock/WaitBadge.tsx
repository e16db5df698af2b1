import { type ReplyStatus, type ReplyTargets, statusFor, type Unreadable } from '../../lib/reply-clock/clock';
import { formatDeadline, formatWaiting } from '../../lib/reply-clock/format';
import { replyClockMessages as m } from '../../lib/reply-clock/messages';
import { useLang, useT } from '../i18n';
import { useNow } from './use-now';

export interface WaitBadgeProps {
  /** From `computeReplyState`: the oldest unanswered buyer message, or null when nothing waits. */
  waitingSince: number | null;
  targets: ReplyTargets;
  /** False while the sidebar is collapsed: the badge stops ticking. */
  live?: boolean;
  /**
   * From `computeReplyState`: the messages that would tell were unreadable. The badge then says so
   * (status `unknown`) instead of "Sudah dibalas".
   */
  unreadable?: Unreadable | null;
}

const STATUS_LABEL = {
  idle: m.statusIdle,
  ok: m.statusOk,
  due: m.statusDue,
  overdue: m.statusOverdue,
  unknown: m.statusUnknown,
} as const satisfies Record<ReplyStatus, unknown>;

/**
 * The open conversation's reply clock. The status word sits in the live region and changes only when
 * the status does, so a screen reader hears "Lewat target" once, not a new time every second; the
 * ticking time is plain text beside it. The word also keeps the status readable without colour.
 */
export function WaitBadge({ waitingSince, targets, live = true, unreadable = null }: WaitBadgeProps) {
  const lang = useLang();
  const tr = useT();
  const now = useNow(live && waitingSince !== null && unreadable === null);
  const waitedMs = waitingSince === null ? 0 : Math.max(0, now - waitingSince);
  const status: ReplyStatus = unreadable ? 'unknown' : statusFor(waitingSince, waitedMs, targets);

  if (unreadable) {
    return (
      <div className="wait-badge wait-badge--unknown" data-status={status}>
        <span className="wait-badge__status" role="status" aria-live="polite">
          {tr(STATUS_LABEL[status])}
        </span>
        <span className="wait-badge__time" data-testid="wait-time">
          {tr(unreadable === 'time' ? m.timeUnreadable : m.senderUnreadable)}
        </span>
        <span className="wait-badge__deadline">{tr(m.checkYourself)}</span>
      </div>
    );
  }

  return (
    <div className={`wait-badge wait-badge--${status}`} data-status={status}>
      <span className="wait-badge__status" role="status" aria-live="polite">
        {tr(STATUS_LABEL[status])}
      </span>
      <span className="wait-badge__time" data-testid="wait-time">
        {waitingSince === null ? tr(m.notWaiting) : formatWaiting(waitedMs, lang)}
      </span>
      {waitingSince !== null && (
        <span className="wait-badge__deadline">{formatDeadline(waitingSince, now, lang)}</span>
      )}
    </div>
  );
}
