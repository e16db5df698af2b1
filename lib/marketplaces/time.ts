// Turns the time stamps the chat pages print ("10:32", "Kemarin 21:05", "12/11", "12/11/2026 10:32",
// "12 Nov 2026") into epoch ms, in the browser's local time, relative to `now`. The pages print
// local wall-clock times without a zone, so local time is the only sound reading.
//
// Conventions (Indonesian pages): dates are day-first (12/11 is 12 November); the time separator may
// be ':' or '.'; "Hari ini"/"Kemarin" (and the English "Today"/"Yesterday") name days; a weekday name
// ("Senin") means the most recent such day before today.

/** A time-only stamp this far ahead of `now` is read as yesterday (the page was rendered before midnight). */
const FUTURE_TOLERANCE_MS = 5 * 60 * 1000;

/** Names → index, from "a,b|c,d" (index by group): compact, as this ships in the content script. */
function table(spec: string): Record<string, number> {
  return Object.fromEntries(
    spec.split('|').flatMap((names, index) => names.split(',').map((n) => [n, index])),
  );
}

const MONTHS = table(
  'jan,januari,january|feb,februari,february|mar,maret,march|apr,april|mei,may|jun,juni,june|jul,juli,july|' +
    'agu,agt,agus,agustus,aug,august|sep,sept,september|okt,oktober,oct,october|nov,nop,november|des,desember,dec,december',
);

const WEEKDAYS = table(
  "minggu,min,ahad,sunday,sun|senin,sen,monday,mon|selasa,sel,tuesday,tue|rabu,rab,wednesday,wed|kamis,kam,thursday,thu|jumat,jum,jum'at,friday,fri|sabtu,sab,saturday,sat",
);

interface DayPart {
  year: number | null;
  month: number;
  day: number;
}

interface TimePart {
  hours: number;
  minutes: number;
}

function startOfDay(date: Date): Date {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate());
}

function addDays(date: Date, days: number): Date {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() + days);
}

function fullYear(year: number): number {
  return year < 100 ? 2000 + year : year;
}

/** Finds a clock time ("10:32", "10.32", "9:05 PM") and returns it with the rest of the text. */
function takeTime(text: string): { time: TimePart | null; rest: string } {
  const match = /(?:^|\s|,)(\d{1,2})[:.](\d{2})(?::\d{2})?(?:\s*(am|pm))?(?=$|\s|,)/i.exec(text);
  if (!match) return { time: null, rest: text };
  let hours = Number(match[1]);
  const minutes = Number(match[2]);
  const meridiem = match[3]?.toLowerCase();
  if (meridiem === 'pm' && hours < 12) hours += 12;
  if (meridiem === 'am' && hours === 12) hours = 0;
  if (hours > 23 || minutes > 59) return { time: null, rest: text };
  const rest = `${text.slice(0, match.index)} ${text.slice(match.index + match[0].length)}`.trim();
  return { time: { hours, minutes }, rest };
}

/** Reads the date part; returns the day it names relative to `now`, or null when it names none. */
function readDay(text: string, now: Date): Date | DayPart | null {
  const words = text
    .toLowerCase()
    .replace(/[,]/g, ' ')
    .split(/\s+/)
    .filter((w) => w && w !== 'pukul' && w !== 'at' && w !== 'jam');
  const joined = words.join(' ');
  if (!joined) return null;
  if (joined === 'hari ini' || joined === 'today') return startOfDay(now);
  if (joined === 'kemarin' || joined === 'yesterday') return addDays(startOfDay(now), -1);
  if (words.length === 1 && words[0]! in WEEKDAYS) {
    const target = WEEKDAYS[words[0]!]!;
    const back = (now.getDay() - target + 7) % 7 || 7;
    return addDays(startOfDay(now), -back);
  }
  // ISO: 2026-11-12
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(joined);
  if (m) return { year: Number(m[1]), month: Number(m[2]) - 1, day: Number(m[3]) };
  // Day-first numeric: 12/11, 12/11/2026, 12-11-26
  m = /^(\d{1,2})[/-](\d{1,2})(?:[/-](\d{2}|\d{4}))?$/.exec(joined);
  if (m) return { year: m[3] ? fullYear(Number(m[3])) : null, month: Number(m[2]) - 1, day: Number(m[1]) };
  // Day and month name: 12 Nov, 12 November 2026 (a leading weekday, "Kam, 12 Nov", is dropped)
  const named = words.filter((w) => !(w.replace(/\.$/, '') in WEEKDAYS));
  m = /^(\d{1,2}) ([a-z']+)\.?(?: (\d{2}|\d{4}))?$/.exec(named.join(' '));
  if (m && m[2]! in MONTHS) {
    return { year: m[3] ? fullYear(Number(m[3])) : null, month: MONTHS[m[2]!]!, day: Number(m[1]) };
  }
  return null;
}

function dayToDate(day: Date | DayPart, now: Date): Date | null {
  if (day instanceof Date) return day;
  if (day.month < 0 || day.month > 11 || day.day < 1 || day.day > 31) return null;
  const build = (year: number) => new Date(year, day.month, day.day);
  let date = build(day.year ?? now.getFullYear());
  // A date that overflowed (31/02) is not a date.
  if (date.getMonth() !== day.month) return null;
  // Without a year the page means the most recent such date: "28/12" seen in January is last year.
  if (day.year === null && date.getTime() > startOfDay(now).getTime()) date = build(now.getFullYear() - 1);
  return date;
}

function at(day: Date, time: TimePart | null): number {
  return new Date(
    day.getFullYear(),
    day.getMonth(),
    day.getDate(),
    time?.hours ?? 0,
    time?.minutes ?? 0,
  ).getTime();
}

/**
 * Epoch ms for a time stamp as the page shows it, or null when it cannot be read.
 *
 * `dayContext` is the nearest date separator above the message ("Hari ini", "Kemarin", "12 Nov 2026"),
 * used when the stamp itself is only a clock time. A stamp with a date but no time resolves to the
 * start of that day. A clock time with no day at all is today, unless that lies in the future (more
 * than a few minutes ahead of `now`), in which case it is yesterday: the message was sent before
 * midnight.
 */
export function resolveChatTime(
  raw: string,
  now: Date = new Date(),
  dayContext?: string | null,
): number | null {
  const text = raw.replace(/\s+/g, ' ').trim();
  if (!text) return null;
  const { time, rest } = takeTime(text);
  const ownDay = rest ? readDay(rest, now) : null;
  if (rest && !ownDay) return null; // words we do not understand: do not guess
  if (ownDay) {
    const date = dayToDate(ownDay, now);
    return date ? at(date, time) : null;
  }
  if (!time) return null;
  const context = dayContext ? readDay(dayContext.replace(/\s+/g, ' ').trim(), now) : null;
  const contextDate = context ? dayToDate(context, now) : null;
  if (contextDate) return at(contextDate, time);
  const today = at(startOfDay(now), time);
  return today - now.getTime() > FUTURE_TOLERANCE_MS ? at(addDays(startOfDay(now), -1), time) : today;
}

/** True when `text` is a day label ("Hari ini", "Kemarin", "12 Nov 2026") rather than a time. */
export function isDayLabel(text: string, now: Date = new Date()): boolean {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (!clean || takeTime(clean).time) return false;
  return readDay(clean, now) !== null;
}
