import { type Lang, t } from '../i18n';
import { MARKETPLACE_DEADLINE_MS } from './clock';
import { replyClockMessages as m } from './messages';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * A duration as its two largest units ("3 mnt 12 dtk", "1 j 5 mnt", "2 hari 3 j"): an agent glancing
 * at the badge needs the order of magnitude, not every second of a two-hour wait. Rounds down, so the
 * text never claims more waiting than happened; a zero second unit is left out ("3 mnt").
 */
export function formatDuration(ms: number, lang?: Lang): string {
  const total = Math.max(0, Math.floor((Number.isFinite(ms) ? ms : 0) / SECOND));
  const days = Math.floor(total / (DAY / SECOND));
  const hours = Math.floor((total % (DAY / SECOND)) / (HOUR / SECOND));
  const minutes = Math.floor((total % (HOUR / SECOND)) / (MINUTE / SECOND));
  const seconds = total % (MINUTE / SECOND);

  const units: [number, typeof m.seconds][] = [
    [days, m.days],
    [hours, m.hours],
    [minutes, m.minutes],
    [seconds, m.seconds],
  ];
  const first = units.findIndex(([n]) => n > 0);
  if (first === -1) return t(m.seconds, { n: 0 }, lang);
  return units
    .slice(first, first + 2)
    .filter(([n], i) => i === 0 || n > 0)
    .map(([n, message]) => t(message, { n }, lang))
    .join(' ');
}

/** "menunggu 3 mnt 12 dtk" / "waiting 3 min 12 s". */
export function formatWaiting(waitedMs: number, lang?: Lang): string {
  return t(m.waiting, { duration: formatDuration(waitedMs, lang) }, lang);
}

/**
 * Time left before the marketplaces stop counting the chat as answered (negative once passed).
 * Shopee and Tokopedia count a reply within 12 hours as answered, so exactly 0 left still counts.
 */
export function deadlineRemainingMs(waitingSince: number, now: number): number {
  return waitingSince + MARKETPLACE_DEADLINE_MS - now;
}

/** "Batas 12 jam: sisa 8 j 47 mnt" or, once passed, "Batas 12 jam lewat 1 j 3 mnt". */
export function formatDeadline(waitingSince: number, now: number, lang?: Lang): string {
  const remaining = deadlineRemainingMs(waitingSince, now);
  return remaining >= 0
    ? t(m.deadlineLeft, { duration: formatDuration(remaining, lang) }, lang)
    : t(m.deadlinePassed, { duration: formatDuration(-remaining, lang) }, lang);
}
