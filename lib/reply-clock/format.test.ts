import { describe, expect, it } from 'vitest';
import { deadlineRemainingMs, formatDeadline, formatDuration, formatWaiting } from './format';

const S = 1000;
const MIN = 60 * S;
const H = 60 * MIN;

describe('formatDuration', () => {
  it('shows seconds, minutes, hours and days as their two largest units', () => {
    expect(formatDuration(0, 'id')).toBe('0 dtk');
    expect(formatDuration(59 * S + 999, 'id')).toBe('59 dtk');
    expect(formatDuration(3 * MIN + 12 * S, 'id')).toBe('3 mnt 12 dtk');
    expect(formatDuration(3 * MIN, 'id')).toBe('3 mnt');
    expect(formatDuration(H + 5 * MIN + 59 * S, 'id')).toBe('1 j 5 mnt');
    expect(formatDuration(2 * H + 30 * S, 'id')).toBe('2 j');
    expect(formatDuration(2 * 24 * H + 3 * H + 7 * MIN, 'id')).toBe('2 hari 3 j');
  });

  it('has English forms', () => {
    expect(formatDuration(3 * MIN + 12 * S, 'en')).toBe('3 min 12 s');
    expect(formatDuration(H + 5 * MIN, 'en')).toBe('1 h 5 min');
    expect(formatDuration(24 * H + H, 'en')).toBe('1 d 1 h');
  });

  it('treats negative or invalid durations as zero', () => {
    expect(formatDuration(-5 * S, 'en')).toBe('0 s');
    expect(formatDuration(Number.NaN, 'en')).toBe('0 s');
  });
});

describe('formatWaiting', () => {
  it('wraps the duration in the waiting text', () => {
    expect(formatWaiting(3 * MIN + 12 * S, 'id')).toBe('menunggu 3 mnt 12 dtk');
    expect(formatWaiting(3 * MIN + 12 * S, 'en')).toBe('waiting 3 min 12 s');
  });
});

describe('12-hour marketplace deadline', () => {
  const since = Date.UTC(2026, 10, 3, 1, 0, 0);

  it('counts down from 12 hours', () => {
    expect(deadlineRemainingMs(since, since)).toBe(12 * H);
    expect(formatDeadline(since, since + 3 * H + 13 * MIN, 'id')).toBe('Batas 12 jam: sisa 8 j 47 mnt');
    expect(formatDeadline(since, since + 12 * H, 'en')).toBe('12-hour limit: 0 s left');
  });

  it('says by how much it was passed', () => {
    expect(deadlineRemainingMs(since, since + 13 * H)).toBe(-H);
    expect(formatDeadline(since, since + 13 * H + 3 * MIN, 'id')).toBe('Batas 12 jam lewat 1 j 3 mnt');
    expect(formatDeadline(since, since + 12 * H + S, 'en')).toBe('12-hour limit passed 1 s ago');
  });
});
