import { describe, expect, it } from 'vitest';
import { localDayKey, localIsoString, localTime } from './time-zone';

describe('time zone helpers', () => {
  const at = Date.UTC(2026, 10, 3, 17, 30, 15, 400); // 00:30 on 4 Nov in Jakarta

  it('reads calendar fields and offset in the given zone', () => {
    expect(localTime(at, 'Asia/Jakarta')).toEqual({
      year: 2026,
      month: 11,
      day: 4,
      hour: 0,
      minute: 30,
      second: 15,
      offsetMinutes: 420,
    });
    expect(localTime(at, 'Asia/Jayapura').offsetMinutes).toBe(540);
    expect(localTime(at, 'UTC')).toMatchObject({ day: 3, hour: 17, offsetMinutes: 0 });
  });

  it('keys days by the local date, around midnight', () => {
    expect(localDayKey(at, 'Asia/Jakarta')).toBe('2026-11-04');
    expect(localDayKey(at, 'UTC')).toBe('2026-11-03');
  });

  it('writes ISO times with the local offset', () => {
    expect(localIsoString(at, 'Asia/Makassar')).toBe('2026-11-04T01:30:15+08:00');
    expect(localIsoString(at, 'America/Sao_Paulo')).toBe('2026-11-03T14:30:15-03:00');
  });
});
