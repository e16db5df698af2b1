// Calendar fields of an instant in the agent's time zone (WIB, WITA, WIT...). Reports group by the
// agent's day and hour, not UTC's, and CSV times carry the local offset so a spreadsheet shows the
// times the agent saw in the chat.

export interface LocalTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** Minutes east of UTC at that instant (WIB: 420). */
  offsetMinutes: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string | undefined): Intl.DateTimeFormat {
  const key = timeZone ?? '';
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(key, f);
  }
  return f;
}

/** `timeZone` is an IANA name ("Asia/Jakarta"); undefined means the browser's own zone. */
export function localTime(at: number, timeZone?: string): LocalTime {
  const fields: Record<string, number> = {};
  for (const part of formatter(timeZone).formatToParts(at)) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  const year = fields.year ?? 1970;
  const month = fields.month ?? 1;
  const day = fields.day ?? 1;
  const hour = fields.hour ?? 0;
  const minute = fields.minute ?? 0;
  const second = fields.second ?? 0;
  const wholeSecond = at - (((at % 1000) + 1000) % 1000);
  const offsetMinutes = Math.round(
    (Date.UTC(year, month - 1, day, hour, minute, second) - wholeSecond) / 60_000,
  );
  return { year, month, day, hour, minute, second, offsetMinutes };
}

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');

/** "2026-11-03" in the given zone. */
export function localDayKey(at: number, timeZone?: string): string {
  const l = localTime(at, timeZone);
  return `${pad(l.year, 4)}-${pad(l.month)}-${pad(l.day)}`;
}

/** ISO 8601 with the zone's offset: "2026-11-03T10:32:00+07:00". */
export function localIsoString(at: number, timeZone?: string): string {
  const l = localTime(at, timeZone);
  const sign = l.offsetMinutes < 0 ? '-' : '+';
  const offset = `${sign}${pad(Math.floor(Math.abs(l.offsetMinutes) / 60))}:${pad(Math.abs(l.offsetMinutes) % 60)}`;
  return `${pad(l.year, 4)}-${pad(l.month)}-${pad(l.day)}T${pad(l.hour)}:${pad(l.minute)}:${pad(l.second)}${offset}`;
}
