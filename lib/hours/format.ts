import type { Lang } from '../i18n';
import type { Schedule, Shift } from './schedule';

// "Senin–Jumat 08.00–21.00, Sabtu 09.00–15.00, Minggu tutup": the {jam_buka} of away messages.
// Days with the same shifts are grouped when they follow each other, Monday first as shops say it.

const NAMES: Record<Lang, string[]> = {
  id: ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'],
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
};
const CLOSED: Record<Lang, string> = { id: 'tutup', en: 'closed' };
const MONDAY_FIRST = [1, 2, 3, 4, 5, 6, 0];

function time(t: string, lang: Lang): string {
  return lang === 'id' ? t.replace(':', '.') : t;
}

function shiftsText(shifts: Shift[], lang: Lang): string {
  if (shifts.length === 0) return CLOSED[lang];
  return shifts
    .map((s) => `${time(s.open, lang)}–${time(s.close, lang)}`)
    .join(lang === 'id' ? ' & ' : ' & ');
}

export function formatHours(schedule: Schedule, lang: Lang = 'id'): string {
  const groups: { from: number; to: number; text: string }[] = [];
  for (const day of MONDAY_FIRST) {
    const text = shiftsText(schedule.days[day] ?? [], lang);
    const last = groups[groups.length - 1];
    if (last && last.text === text) last.to = day;
    else groups.push({ from: day, to: day, text });
  }
  if (groups.length === 1) return `${lang === 'id' ? 'Setiap hari' : 'Every day'} ${groups[0]!.text}`;
  return groups
    .map((g) => {
      const names = NAMES[lang];
      const days = g.from === g.to ? names[g.from] : `${names[g.from]}–${names[g.to]}`;
      return `${days} ${g.text}`;
    })
    .join(', ');
}
