// The shop's operating hours: shifts per day of the week (split shifts allowed, e.g. 08:00–12:00 and
// 13:00–21:00) and holidays (whole days closed). Times are the agent's local wall clock, which is
// the shop's for an Indonesian seller. A shift may not cross midnight: a late shift ends at 24:00
// and the next day's starts at 00:00.

export interface Shift {
  /** "HH:MM", 24-hour. */
  open: string;
  /** "HH:MM", later than `open`; "24:00" for midnight. */
  close: string;
}

export interface Schedule {
  /** Index 0 = Sunday … 6 = Saturday, as Date#getDay counts. */
  days: Shift[][];
  /** "YYYY-MM-DD" local dates the shop is closed. */
  holidays: string[];
}

export const DEFAULT_SCHEDULE: Schedule = {
  days: Array.from({ length: 7 }, () => [{ open: '08:00', close: '21:00' }]),
  holidays: [],
};

export function minutesOf(time: string): number | null {
  const m = /^(\d{1,2}):(\d{2})$/.exec(time.trim());
  if (!m) return null;
  const h = Number(m[1]);
  const min = Number(m[2]);
  if (min > 59 || h > 24 || (h === 24 && min > 0)) return null;
  return h * 60 + min;
}

export function dayKey(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** A schedule's problems (empty when valid): a bad time, a shift that ends before it starts, overlaps. */
export function scheduleProblems(
  schedule: Schedule,
): { day: number; shift: number; problem: 'time' | 'order' | 'overlap' }[] {
  const problems: { day: number; shift: number; problem: 'time' | 'order' | 'overlap' }[] = [];
  schedule.days.forEach((shifts, day) => {
    const spans: [number, number, number][] = [];
    shifts.forEach((s, shift) => {
      const open = minutesOf(s.open);
      const close = minutesOf(s.close);
      if (open == null || close == null) problems.push({ day, shift, problem: 'time' });
      else if (close <= open) problems.push({ day, shift, problem: 'order' });
      else spans.push([open, close, shift]);
    });
    spans.sort((a, b) => a[0] - b[0]);
    for (let i = 1; i < spans.length; i++)
      if (spans[i]![0] < spans[i - 1]![1]) problems.push({ day, shift: spans[i]![2], problem: 'overlap' });
  });
  return problems;
}

/** The open intervals of one local day, as epoch ms; none on a holiday. */
function intervalsOn(schedule: Schedule, day: Date): [number, number][] {
  const key = dayKey(day);
  if (schedule.holidays.some((h) => h.trim() === key)) return [];
  const midnight = new Date(day.getFullYear(), day.getMonth(), day.getDate());
  const out: [number, number][] = [];
  for (const s of schedule.days[day.getDay()] ?? []) {
    const open = minutesOf(s.open);
    const close = minutesOf(s.close);
    if (open == null || close == null || close <= open) continue;
    const at = (minutes: number) =>
      new Date(midnight.getFullYear(), midnight.getMonth(), midnight.getDate(), 0, minutes).getTime();
    out.push([at(open), at(close)]);
  }
  // Overlapping shifts (a schedule the editor would flag) must not count the same minutes twice.
  out.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const span of out) {
    const last = merged[merged.length - 1];
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else merged.push(span);
  }
  return merged;
}

export function isOpen(schedule: Schedule, date: Date): boolean {
  const t = date.getTime();
  return intervalsOn(schedule, date).some(([a, b]) => t >= a && t < b);
}

/**
 * The next moment a shift starts after `date` (within two weeks), or null: for "buka lagi Senin
 * 08.00" while the shop is closed. A late shift ending 24:00 and one starting 00:00 the next day are
 * one stretch of opening, so that midnight is not reported as an opening.
 */
export function nextOpening(schedule: Schedule, date: Date): Date | null {
  const t = date.getTime();
  for (let i = 0; i < 15; i++) {
    const day = new Date(date.getFullYear(), date.getMonth(), date.getDate() + i);
    const start = intervalsOn(schedule, day)
      .map(([a]) => a)
      .filter((a) => a > t && !isOpen(schedule, new Date(a - 1)))
      .sort((a, b) => a - b)[0];
    if (start != null) return new Date(start);
  }
  return null;
}

/**
 * How much of [from, to) falls within operating hours: the reply latency "within hours" shown beside
 * the wall-clock figure the marketplaces use.
 */
export function msWithinHours(schedule: Schedule, from: number, to: number): number {
  if (to <= from) return 0;
  let total = 0;
  const start = new Date(from);
  for (let i = 0; ; i++) {
    const day = new Date(start.getFullYear(), start.getMonth(), start.getDate() + i);
    if (day.getTime() >= to) break;
    for (const [a, b] of intervalsOn(schedule, day))
      total += Math.max(0, Math.min(b, to) - Math.max(a, from));
  }
  return total;
}
