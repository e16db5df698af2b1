import { describe, expect, it } from 'vitest';
import { DEFAULT_SCHEDULE, type Schedule } from '../hours/schedule';
import { shippingDay, shippingLine } from './shipping';

// 7 April 2026 is a Tuesday.
const at = (day: number, h: number, min = 0) => new Date(2026, 3, day, h, min);
const weekdays: Schedule = {
  days: [[], ...Array.from({ length: 5 }, () => [{ open: '08:00', close: '17:00' }]), []],
  holidays: [],
};

describe('shippingDay', () => {
  it('ships today before the cut-off, also before the shop opens', () => {
    expect(shippingDay(DEFAULT_SCHEDULE, '15:00', at(7, 10))).toEqual({
      day: new Date(2026, 3, 7),
      today: true,
    });
    expect(shippingDay(DEFAULT_SCHEDULE, '15:00', at(7, 6)).today).toBe(true);
  });

  it('ships on the next working day from the cut-off on', () => {
    expect(shippingDay(DEFAULT_SCHEDULE, '15:00', at(7, 15))).toEqual({
      day: new Date(2026, 3, 8),
      today: false,
    });
    // Friday 16:00 with weekends closed: Monday.
    expect(shippingDay(weekdays, '15:00', at(10, 16)).day).toEqual(new Date(2026, 3, 13));
    // Sunday, closed all day: Monday.
    expect(shippingDay(weekdays, '15:00', at(12, 9)).day).toEqual(new Date(2026, 3, 13));
  });

  it('takes the end of the working day when there is no cut-off, or the cut-off is later', () => {
    expect(shippingDay(DEFAULT_SCHEDULE, '', at(7, 20, 59)).today).toBe(true);
    expect(shippingDay(DEFAULT_SCHEDULE, '', at(7, 21)).today).toBe(false);
    expect(shippingDay(weekdays, '18:00', at(7, 17, 30)).today).toBe(false);
  });

  it('does not ship on a holiday', () => {
    const holiday = { ...DEFAULT_SCHEDULE, holidays: ['2026-04-07'] };
    expect(shippingDay(holiday, '15:00', at(7, 9))).toEqual({ day: new Date(2026, 3, 8), today: false });
  });

  it('has no day when the shop opens on none soon', () => {
    expect(
      shippingDay({ days: Array.from({ length: 7 }, () => []), holidays: [] }, '15:00', at(7, 9)).day,
    ).toBeNull();
  });
});

describe('shippingLine', () => {
  it('says today with the cut-off, tomorrow, or the day', () => {
    expect(shippingLine(DEFAULT_SCHEDULE, '15:00', at(7, 10), 'id')).toBe(
      'Bisa dikirim hari ini, Kak, untuk pesanan yang masuk sebelum pukul 15.00 😊',
    );
    expect(shippingLine(DEFAULT_SCHEDULE, '15:00', at(7, 10), 'en')).toBe(
      'It can ship today for orders placed before 15:00 😊',
    );
    expect(shippingLine(DEFAULT_SCHEDULE, '', at(7, 10), 'id')).toBe('Bisa dikirim hari ini, Kak 😊');
    expect(shippingLine(DEFAULT_SCHEDULE, '15:00', at(7, 16), 'id')).toBe(
      'Pesanan yang masuk sekarang kami kirim besok, Kak 🙏',
    );
    expect(shippingLine(weekdays, '15:00', at(10, 16), 'id')).toBe(
      'Pesanan yang masuk sekarang kami kirim hari Senin, Kak 🙏',
    );
  });
});
