import { type Lang, t } from '../i18n';
import { DAY_NAMES } from './calendar-names';
import { hoursMessages as m } from './messages';
import type { Schedule, Shift } from './schedule';

// "Senin–Jumat 08.00–21.00, Sabtu 09.00–15.00, Minggu tutup": the {jam_buka} of away messages.
// Days with the same shifts are grouped when they follow each other, Monday first as shops say it;
// Indonesian writes times with a dot (08.00), English with a colon. Holidays are not listed: the
// away message is about the usual week.

const MONDAY_FIRST = [1, 2, 3, 4, 5, 6, 0];

function time(value: string, lang: Lang): string {
  const [h = '', min = ''] = value.trim().split(':');
  return `${h.padStart(2, '0')}${lang === 'id' ? '.' : ':'}${min}`;
}

function shiftsText(shifts: readonly Shift[], lang: Lang): string {
  if (shifts.length === 0) return t(m.closed, undefined, lang);
  return [...shifts]
    .sort((a, b) => time(a.open, 'en').localeCompare(time(b.open, 'en')))
    .map((s) => `${time(s.open, lang)}–${time(s.close, lang)}`)
    .join(' & ');
}

export function formatHours(schedule: Schedule, lang: Lang = 'id'): string {
  const groups: { from: number; to: number; text: string }[] = [];
  for (const day of MONDAY_FIRST) {
    const text = shiftsText(schedule.days[day] ?? [], lang);
    const last = groups[groups.length - 1];
    if (last && last.text === text) last.to = day;
    else groups.push({ from: day, to: day, text });
  }
  if (groups.length === 1) return `${t(m.everyDay, undefined, lang)} ${groups[0]!.text}`;
  const names = DAY_NAMES[lang];
  return groups
    .map((g) => `${g.from === g.to ? names[g.from] : `${names[g.from]}–${names[g.to]}`} ${g.text}`)
    .join(', ');
}
