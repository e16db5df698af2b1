import { describe, expect, it } from 'vitest';
import { formatHours } from './format';
import {
  DEFAULT_SCHEDULE,
  isOpen,
  msWithinHours,
  nextOpening,
  type Schedule,
  scheduleProblems,
} from './schedule';

// Local-time dates: Tuesday 24 November 2026.
const at = (d: number, h: number, m = 0) => new Date(2026, 10, d, h, m);
const HOUR = 3_600_000;

const split: Schedule = {
  days: [
    [],
    [
      { open: '08:00', close: '12:00' },
      { open: '13:00', close: '21:00' },
    ],
    [
      { open: '08:00', close: '12:00' },
      { open: '13:00', close: '21:00' },
    ],
    [
      { open: '08:00', close: '12:00' },
      { open: '13:00', close: '21:00' },
    ],
    [
      { open: '08:00', close: '12:00' },
      { open: '13:00', close: '21:00' },
    ],
    [
      { open: '08:00', close: '12:00' },
      { open: '13:00', close: '21:00' },
    ],
    [{ open: '09:00', close: '15:00' }],
  ],
  holidays: ['2026-11-25'],
};

describe('operating hours', () => {
  it('is open inside a shift, closed in the lunch break, on Sunday and on a holiday', () => {
    expect(isOpen(split, at(24, 8))).toBe(true);
    expect(isOpen(split, at(24, 12, 30))).toBe(false);
    expect(isOpen(split, at(24, 20, 59))).toBe(true);
    expect(isOpen(split, at(24, 21))).toBe(false);
    expect(isOpen(split, at(29, 10))).toBe(false); // Sunday
    expect(isOpen(split, at(25, 10))).toBe(false); // holiday
  });

  it('finds the next opening across the night, a holiday and a weekend', () => {
    expect(nextOpening(split, at(24, 12, 30))).toEqual(at(24, 13));
    expect(nextOpening(split, at(24, 22))).toEqual(at(26, 8)); // the 25th is a holiday
    expect(nextOpening(split, at(28, 16))).toEqual(at(30, 8)); // Saturday evening → Monday
  });

  it('counts only the time within hours', () => {
    // 11:00 → 14:00 on a split day: 1 h before lunch + 1 h after.
    expect(msWithinHours(split, at(24, 11).getTime(), at(24, 14).getTime())).toBe(2 * HOUR);
    // 20:00 Tuesday → 09:00 Thursday: 1 h Tuesday, holiday Wednesday, 1 h Thursday.
    expect(msWithinHours(split, at(24, 20).getTime(), at(26, 9).getTime())).toBe(2 * HOUR);
    expect(msWithinHours(DEFAULT_SCHEDULE, at(24, 22).getTime(), at(24, 23).getTime())).toBe(0);
  });

  it('reports bad times, reversed shifts and overlaps', () => {
    const bad: Schedule = {
      days: [
        [{ open: '25:00', close: '26:00' }],
        [{ open: '10:00', close: '09:00' }],
        [
          { open: '08:00', close: '12:00' },
          { open: '11:00', close: '13:00' },
        ],
        [],
        [],
        [],
        [],
      ],
      holidays: [],
    };
    expect(scheduleProblems(bad).map((p) => p.problem)).toEqual(['time', 'order', 'overlap']);
    expect(scheduleProblems(split)).toEqual([]);
  });

  it('formats the hours as shops write them', () => {
    expect(formatHours(DEFAULT_SCHEDULE, 'id')).toBe('Setiap hari 08.00–21.00');
    expect(formatHours(split, 'id')).toBe(
      'Senin–Jumat 08.00–12.00 & 13.00–21.00, Sabtu 09.00–15.00, Minggu tutup',
    );
    expect(formatHours(split, 'en')).toBe(
      'Monday–Friday 08:00–12:00 & 13:00–21:00, Saturday 09:00–15:00, Sunday closed',
    );
  });

  it('treats a late shift to 24:00 and a shift from 00:00 the next day as one stretch', () => {
    const night: Schedule = {
      days: Array.from({ length: 7 }, () => [
        { open: '00:00', close: '02:00' },
        { open: '20:00', close: '24:00' },
      ]),
      holidays: [],
    };
    expect(isOpen(night, at(24, 23, 59))).toBe(true);
    expect(isOpen(night, at(25, 0, 0))).toBe(true);
    expect(isOpen(night, at(25, 1, 59))).toBe(true);
    expect(isOpen(night, at(25, 2, 0))).toBe(false);
    expect(isOpen(night, at(24, 19, 59))).toBe(false);
    // 22:00 → 01:00 the next day: three hours, all within hours.
    expect(msWithinHours(night, at(24, 22).getTime(), at(25, 1).getTime())).toBe(3 * HOUR);
    // Open at 23:00: the next opening is 20:00 the next day, not the midnight in between.
    expect(nextOpening(night, at(24, 23))).toEqual(at(25, 20));
    expect(nextOpening(night, at(25, 3))).toEqual(at(25, 20));
  });

  it('opens at the first minute of a shift and closes at its last', () => {
    expect(isOpen(DEFAULT_SCHEDULE, at(24, 7, 59))).toBe(false);
    expect(isOpen(DEFAULT_SCHEDULE, at(24, 8, 0))).toBe(true);
    expect(isOpen(DEFAULT_SCHEDULE, new Date(2026, 10, 24, 20, 59, 59, 999))).toBe(true);
    expect(isOpen(DEFAULT_SCHEDULE, at(24, 21, 0))).toBe(false);
    expect(nextOpening(DEFAULT_SCHEDULE, at(24, 8, 0))).toEqual(at(25, 8));
  });

  it('gives no next opening when the shop never opens, and nothing within hours either', () => {
    const closed: Schedule = { days: Array.from({ length: 7 }, () => []), holidays: [] };
    expect(nextOpening(closed, at(24, 9))).toBeNull();
    expect(msWithinHours(closed, at(24, 0).getTime(), at(30, 0).getTime())).toBe(0);
    expect(msWithinHours(DEFAULT_SCHEDULE, at(24, 10).getTime(), at(24, 9).getTime())).toBe(0);
  });

  it('counts overlapping shifts once and reads holidays written with spaces', () => {
    const overlapping: Schedule = {
      days: Array.from({ length: 7 }, () => [
        { open: '08:00', close: '12:00' },
        { open: '11:00', close: '13:00' },
      ]),
      holidays: [' 2026-11-26 '],
    };
    expect(msWithinHours(overlapping, at(24, 0).getTime(), at(25, 0).getTime())).toBe(5 * HOUR);
    expect(isOpen(overlapping, at(26, 9))).toBe(false);
  });

  it('counts whole weeks within hours across a month end', () => {
    // 08:00–21:00 every day = 13 h a day; 28 Nov 00:00 → 5 Dec 00:00 is seven days.
    expect(msWithinHours(DEFAULT_SCHEDULE, at(28, 0).getTime(), new Date(2026, 11, 5).getTime())).toBe(
      7 * 13 * HOUR,
    );
  });

  it('formats shifts in time order, weekends grouped, and "H:MM" padded', () => {
    const weekend: Schedule = {
      days: [
        [{ open: '9:00', close: '15:00' }],
        [
          { open: '13:00', close: '21:00' },
          { open: '08:00', close: '12:00' },
        ],
        [{ open: '08:00', close: '21:00' }],
        [{ open: '08:00', close: '21:00' }],
        [{ open: '08:00', close: '21:00' }],
        [{ open: '08:00', close: '21:00' }],
        [{ open: '09:00', close: '15:00' }],
      ],
      holidays: [],
    };
    expect(formatHours(weekend, 'id')).toBe(
      'Senin 08.00–12.00 & 13.00–21.00, Selasa–Jumat 08.00–21.00, Sabtu–Minggu 09.00–15.00',
    );
    expect(formatHours({ days: Array.from({ length: 7 }, () => []), holidays: [] }, 'en')).toBe(
      'Every day closed',
    );
  });
});
