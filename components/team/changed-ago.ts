import { type Lang, t } from '../../lib/i18n';
import { changedMessages as m } from './changed-messages';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const locale = (lang: Lang) => (lang === 'id' ? 'id-ID' : 'en-GB');

/**
 * How long ago, compact: "baru saja", "12 mnt lalu", "2 jam lalu", "3 hari lalu", and a date after
 * four weeks (a count of days stops meaning much). Rounds down, so "1 jam" is never said before an
 * hour has passed. A time ahead of this browser's clock (another browser's clock runs fast) reads
 * "baru saja" rather than a negative count.
 */
export function agoText(at: number, now: number, lang: Lang): string {
  const past = Math.max(0, now - at);
  if (past < MINUTE) return t(m.justNow, undefined, lang);
  if (past < HOUR) return t(m.minutesAgo, { n: Math.floor(past / MINUTE) }, lang);
  if (past < DAY) return t(m.hoursAgo, { n: Math.floor(past / HOUR) }, lang);
  if (past < 28 * DAY) return t(m.daysAgo, { n: Math.floor(past / DAY) }, lang);
  return new Date(at).toLocaleDateString(locale(lang), { day: 'numeric', month: 'short', year: 'numeric' });
}

/** "diubah oleh rina · 2 jam lalu". */
export function changedByText(user: string, at: number, now: number, lang: Lang): string {
  return t(m.changedBy, { user, ago: agoText(at, now, lang) }, lang);
}

/** The exact time, for the tooltip: "Diubah oleh rina pada 24/11/26 13.05". */
export function changedByFullText(user: string, at: number, lang: Lang): string {
  const time = new Date(at).toLocaleString(locale(lang), { dateStyle: 'short', timeStyle: 'short' });
  return t(m.changedByFull, { user, time }, lang);
}
