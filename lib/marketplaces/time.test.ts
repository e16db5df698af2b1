import { describe, expect, it } from 'vitest';
import { isDayLabel, resolveChatTime } from './time';

// Expectations are built with local-time constructors, like the code, so they hold in any time zone.
const local = (y: number, mo: number, d: number, h = 0, mi = 0) => new Date(y, mo - 1, d, h, mi).getTime();
// Thursday 12 November 2026, 14:20 local.
const NOW = new Date(2026, 10, 12, 14, 20);

describe('resolveChatTime', () => {
  it('reads a clock time as today', () => {
    expect(resolveChatTime('10:32', NOW)).toBe(local(2026, 11, 12, 10, 32));
    expect(resolveChatTime('09.05', NOW)).toBe(local(2026, 11, 12, 9, 5));
    expect(resolveChatTime(' 14:20 ', NOW)).toBe(local(2026, 11, 12, 14, 20));
    expect(resolveChatTime('Hari ini 08:00', NOW)).toBe(local(2026, 11, 12, 8, 0));
    expect(resolveChatTime('9:05 PM', new Date(2026, 10, 12, 22, 0))).toBe(local(2026, 11, 12, 21, 5));
  });

  it('reads yesterday in Indonesian and English', () => {
    expect(resolveChatTime('Kemarin 21:05', NOW)).toBe(local(2026, 11, 11, 21, 5));
    expect(resolveChatTime('kemarin, 21.05', NOW)).toBe(local(2026, 11, 11, 21, 5));
    expect(resolveChatTime('Yesterday 07:40', NOW)).toBe(local(2026, 11, 11, 7, 40));
    expect(resolveChatTime('Kemarin', NOW)).toBe(local(2026, 11, 11));
  });

  it('reads day-first dates with and without year and time', () => {
    expect(resolveChatTime('12/11', NOW)).toBe(local(2026, 11, 12));
    expect(resolveChatTime('3/11', NOW)).toBe(local(2026, 11, 3));
    expect(resolveChatTime('12/11/2026 10:32', NOW)).toBe(local(2026, 11, 12, 10, 32));
    expect(resolveChatTime('01/02/25 23:59', NOW)).toBe(local(2025, 2, 1, 23, 59));
    expect(resolveChatTime('2026-10-30 08:15', NOW)).toBe(local(2026, 10, 30, 8, 15));
    expect(resolveChatTime('12 Nov 2026', NOW)).toBe(local(2026, 11, 12));
    expect(resolveChatTime('5 Agu 10:00', NOW)).toBe(local(2026, 8, 5, 10, 0));
    expect(resolveChatTime('Kam, 12 Nov 2026', NOW)).toBe(local(2026, 11, 12));
  });

  it('puts a year-less date that would lie ahead of today in the previous year', () => {
    expect(resolveChatTime('28/12', NOW)).toBe(local(2025, 12, 28));
    expect(resolveChatTime('13/11', NOW)).toBe(local(2025, 11, 13));
  });

  it('reads a weekday as the most recent such day before today', () => {
    // NOW is a Thursday: "Senin" is 9 Nov, "Kamis" a week ago.
    expect(resolveChatTime('Senin 10:00', NOW)).toBe(local(2026, 11, 9, 10, 0));
    expect(resolveChatTime('Kamis', NOW)).toBe(local(2026, 11, 5));
  });

  describe('around midnight', () => {
    const justAfter = new Date(2026, 10, 13, 0, 3);
    it('reads a clock time later than now as yesterday', () => {
      expect(resolveChatTime('23:58', justAfter)).toBe(local(2026, 11, 12, 23, 58));
    });
    it('keeps a time a few minutes ahead (clock skew) on today', () => {
      expect(resolveChatTime('00:05', justAfter)).toBe(local(2026, 11, 13, 0, 5));
    });
    it('reads 00:00 right after midnight as today', () => {
      expect(resolveChatTime('00:00', justAfter)).toBe(local(2026, 11, 13, 0, 0));
    });
    it('crosses month and year boundaries', () => {
      expect(resolveChatTime('23:50', new Date(2027, 0, 1, 0, 10))).toBe(local(2026, 12, 31, 23, 50));
      expect(resolveChatTime('Kemarin 22:00', new Date(2026, 2, 1, 9, 0))).toBe(local(2026, 2, 28, 22, 0));
    });
  });

  it('uses the day separator above a message when the stamp is a clock time only', () => {
    expect(resolveChatTime('21:05', NOW, 'Kemarin')).toBe(local(2026, 11, 11, 21, 5));
    expect(resolveChatTime('08:00', NOW, '10 Nov 2026')).toBe(local(2026, 11, 10, 8, 0));
    expect(resolveChatTime('23:00', NOW, 'Hari ini')).toBe(local(2026, 11, 12, 23, 0));
    // A separator we cannot read falls back to the plain reading.
    expect(resolveChatTime('10:32', NOW, 'Pesan baru')).toBe(local(2026, 11, 12, 10, 32));
  });

  it('returns null for what it cannot read', () => {
    for (const raw of [
      '',
      '   ',
      'Terkirim',
      '25:10',
      '10:75',
      '31/02',
      '12/13',
      'Senin depan 10:00',
      'abc 10:00',
    ]) {
      expect(resolveChatTime(raw, NOW), raw).toBeNull();
    }
  });
});

describe('isDayLabel', () => {
  it('tells day separators from time stamps and text', () => {
    expect(isDayLabel('Hari ini', NOW)).toBe(true);
    expect(isDayLabel('Kemarin', NOW)).toBe(true);
    expect(isDayLabel('12 Nov 2026', NOW)).toBe(true);
    expect(isDayLabel('10:32', NOW)).toBe(false);
    expect(isDayLabel('Halo kak', NOW)).toBe(false);
  });
});
