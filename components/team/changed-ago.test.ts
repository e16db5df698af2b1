import { describe, expect, it } from 'vitest';
import { agoText, changedByFullText, changedByText } from './changed-ago';

const NOW = Date.UTC(2026, 10, 24, 8, 0);
const MIN = 60_000;

describe('agoText', () => {
  it('counts down to whole minutes, hours and days, in both languages', () => {
    expect(agoText(NOW - 59_999, NOW, 'id')).toBe('baru saja');
    expect(agoText(NOW - MIN, NOW, 'id')).toBe('1 mnt lalu');
    expect(agoText(NOW - 59 * MIN - 59_000, NOW, 'id')).toBe('59 mnt lalu');
    expect(agoText(NOW - 60 * MIN, NOW, 'id')).toBe('1 jam lalu');
    expect(agoText(NOW - 150 * MIN, NOW, 'id')).toBe('2 jam lalu');
    expect(agoText(NOW - 24 * 60 * MIN, NOW, 'id')).toBe('1 hari lalu');
    expect(agoText(NOW - 27 * 24 * 60 * MIN, NOW, 'en')).toBe('27 d ago');
    expect(agoText(NOW - 150 * MIN, NOW, 'en')).toBe('2 h ago');
    expect(agoText(NOW - 5 * MIN, NOW, 'en')).toBe('5 min ago');
    expect(agoText(NOW, NOW, 'en')).toBe('just now');
  });

  it('says "just now" for a time ahead of this clock, and a date after four weeks', () => {
    expect(agoText(NOW + 10 * MIN, NOW, 'id')).toBe('baru saja');
    const old = Date.UTC(2026, 8, 3, 8, 0);
    expect(agoText(old, NOW, 'en')).toBe(
      new Date(old).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' }),
    );
    expect(agoText(old, NOW, 'en')).toMatch(/2026/);
  });
});

describe('changedByText', () => {
  it('names who and how long ago', () => {
    expect(changedByText('rina', NOW - 2 * 60 * MIN, NOW, 'id')).toBe('diubah oleh rina · 2 jam lalu');
    expect(changedByText('rina', NOW - 2 * 60 * MIN, NOW, 'en')).toBe('changed by rina · 2 h ago');
    const exact = new Date(NOW).toLocaleString('en-GB', { dateStyle: 'short', timeStyle: 'short' });
    expect(changedByFullText('rina', NOW, 'en')).toBe(`Changed by rina on ${exact}`);
    expect(exact).toMatch(/24\/11\/2026/);
  });
});
