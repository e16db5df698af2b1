import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WATCH_DEBOUNCE_MS, WATCH_MAX_WAIT_MS, watchDom } from './watch';

// MutationObserver callbacks are microtasks: flush them before moving the fake clock.
const flush = () => new Promise<void>((r) => queueMicrotask(r));

describe('watchDom', () => {
  let root: HTMLElement;
  let controller: AbortController;
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    root = document.createElement('div');
    document.body.append(root);
    controller = new AbortController();
  });
  afterEach(() => {
    controller.abort();
    root.remove();
    vi.useRealTimers();
  });

  it('calls once per burst, after the page goes quiet', async () => {
    const onChange = vi.fn();
    watchDom(root, controller.signal, onChange);
    for (let i = 0; i < 3; i++) {
      root.append(document.createElement('p'));
      await flush();
      vi.advanceTimersByTime(20);
    }
    expect(onChange).not.toHaveBeenCalled();
    vi.advanceTimersByTime(WATCH_DEBOUNCE_MS);
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('still calls while a page keeps changing faster than the debounce', async () => {
    const onChange = vi.fn();
    watchDom(root, controller.signal, onChange);
    // A clock on the page ticking every 50 ms never leaves a 100 ms quiet period.
    for (let t = 0; t < 2 * WATCH_MAX_WAIT_MS + 100; t += 50) {
      root.textContent = String(t);
      await flush();
      vi.advanceTimersByTime(50);
    }
    expect(onChange.mock.calls.length).toBeGreaterThanOrEqual(2);
  });

  it('ignores Sigap’s own UI and stops when aborted', async () => {
    const onChange = vi.fn();
    const own = document.createElement('div');
    own.id = 'sigap-sidebar';
    root.append(own);
    await flush();
    vi.advanceTimersByTime(WATCH_MAX_WAIT_MS);
    onChange.mockClear();
    watchDom(root, controller.signal, onChange);
    own.append(document.createElement('span'));
    await flush();
    vi.advanceTimersByTime(WATCH_MAX_WAIT_MS);
    expect(onChange).not.toHaveBeenCalled();
    controller.abort();
    root.append(document.createElement('p'));
    await flush();
    vi.advanceTimersByTime(WATCH_MAX_WAIT_MS);
    expect(onChange).not.toHaveBeenCalled();
  });
});
