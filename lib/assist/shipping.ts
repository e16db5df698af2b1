import { DAY_NAMES } from '../hours/calendar-names';
import { dayKey, minutesOf, nextOpening, type Schedule } from '../hours/schedule';
import { type Lang, t } from '../i18n';
import { assistMessages as m } from './messages';

// "Bisa kirim hari ini?" answered from the shop's own week: an order placed now ships today when
// today is a working day (a shift, not a holiday), it is before the shop's same-day cut-off and
// before today's last closing; otherwise on the next day the shop opens. The cut-off is the time
// the courier's last pickup leaves ("15:00"); empty means the end of the working day.

export interface ShippingDay {
  /** The local day an order placed at `now` ships, or null when the shop opens on no day soon. */
  day: Date | null;
  today: boolean;
}

function startOfDay(date: Date): Date {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate());
}

/** Minutes since midnight of today's last closing, or null when the shop does not work today. */
function lastClose(schedule: Schedule, now: Date): number | null {
  if (schedule.holidays.some((h) => h.trim() === dayKey(now))) return null;
  const closes = (schedule.days[now.getDay()] ?? [])
    .map((s) => [minutesOf(s.open), minutesOf(s.close)] as const)
    .filter(([a, b]) => a != null && b != null && b > a)
    .map(([, b]) => b!);
  return closes.length > 0 ? Math.max(...closes) : null;
}

export function shippingDay(schedule: Schedule, cutoff: string, now: Date): ShippingDay {
  const close = lastClose(schedule, now);
  const minute = now.getHours() * 60 + now.getMinutes();
  const limit = Math.min(close ?? -1, minutesOf(cutoff) ?? Number.POSITIVE_INFINITY);
  if (close != null && minute < limit) return { day: startOfDay(now), today: true };
  const tomorrow = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1);
  const opening = nextOpening(schedule, new Date(tomorrow.getTime() - 1));
  return { day: opening ? startOfDay(opening) : null, today: false };
}

/** The reply line for a shipping question, or null when no day can be said (then a gap is left). */
export function shippingLine(schedule: Schedule, cutoff: string, now: Date, lang: Lang): string | null {
  const { day, today } = shippingDay(schedule, cutoff, now);
  if (!day) return null;
  if (today) {
    const at = minutesOf(cutoff);
    if (at == null) return t(m.shipTodayNoCutoff, undefined, lang);
    const hh = String(Math.floor(at / 60)).padStart(2, '0');
    const mm = String(at % 60).padStart(2, '0');
    return t(m.shipToday, { cutoff: `${hh}${lang === 'id' ? '.' : ':'}${mm}` }, lang);
  }
  const days = Math.round((day.getTime() - startOfDay(now).getTime()) / 86_400_000);
  if (days === 1) return t(m.shipTomorrow, undefined, lang);
  return t(m.shipOn, { day: DAY_NAMES[lang][day.getDay()]! }, lang);
}
