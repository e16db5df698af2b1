import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createTicker, secondTicker } from './ticker';

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(Date.UTC(2026, 10, 3, 3, 0, 0));
});

afterEach(() => {
  vi.useRealTimers();
});

describe('createTicker', () => {
  it('calls every subscriber once a second with the current time, from one interval', () => {
    const ticker = createTicker();
    const a = vi.fn();
    const b = vi.fn();
    ticker.subscribe(a);
    ticker.subscribe(b);
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(999);
    expect(a).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(a).toHaveBeenCalledWith(Date.UTC(2026, 10, 3, 3, 0, 1));
    vi.advanceTimersByTime(2000);
    expect(a).toHaveBeenCalledTimes(3);
    expect(b).toHaveBeenCalledTimes(3);
  });

  it('stops the interval when the last subscriber leaves and restarts on the next', () => {
    const ticker = createTicker();
    const listener = vi.fn();
    const off1 = ticker.subscribe(listener);
    const off2 = ticker.subscribe(vi.fn());
    off1();
    expect(vi.getTimerCount()).toBe(1);
    off2();
    expect(ticker.size()).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(5000);
    expect(listener).not.toHaveBeenCalled();

    ticker.subscribe(listener);
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(1000);
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('does not leak across many conversation switches', () => {
    const ticker = createTicker();
    for (let i = 0; i < 50; i += 1) {
      const off = ticker.subscribe(vi.fn());
      vi.advanceTimersByTime(300);
      off();
    }
    expect(ticker.size()).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('treats each subscription separately, and a second unsubscribe as a no-op', () => {
    const ticker = createTicker();
    const listener = vi.fn();
    const off = ticker.subscribe(listener);
    ticker.subscribe(listener);
    off();
    off();
    expect(ticker.size()).toBe(1);
    vi.advanceTimersByTime(1000);
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('lets a listener unsubscribe another during a tick, and survives a throwing listener', () => {
    const ticker = createTicker();
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const later = vi.fn();
    let offLater = () => {};
    ticker.subscribe(() => {
      offLater();
      throw new Error('boom');
    });
    offLater = ticker.subscribe(later);
    const survivor = vi.fn();
    ticker.subscribe(survivor);
    vi.advanceTimersByTime(1000);
    expect(later).not.toHaveBeenCalled();
    expect(survivor).toHaveBeenCalledTimes(1);
    expect(error).toHaveBeenCalledTimes(1);
  });

  it('reads the clock at each tick, so the shared ticker follows a faked clock', () => {
    const listener = vi.fn();
    const off = secondTicker.subscribe(listener);
    vi.setSystemTime(Date.UTC(2030, 0, 1));
    vi.advanceTimersByTime(1000);
    expect(listener).toHaveBeenCalledWith(Date.UTC(2030, 0, 1, 0, 0, 1));
    off();
  });
});
