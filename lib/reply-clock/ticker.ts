// One shared 1-second ticker for every live clock in the sidebar. Each badge or list subscribes while
// it is mounted and visible; a single setInterval serves them all and stops when the last one leaves,
// so switching conversations (unmount/mount) never leaves a stray interval running.

export type TickListener = (now: number) => void;

export interface Ticker {
  /** Starts the interval on the first subscriber; the returned function unsubscribes (idempotent). */
  subscribe(listener: TickListener): () => void;
  /** Current number of subscriptions; for tests and diagnostics. */
  size(): number;
}

export function createTicker(intervalMs = 1000, clock: () => number = () => Date.now()): Ticker {
  // `() => Date.now()` rather than `Date.now` itself: the lookup happens at each tick, so a replaced
  // clock (test fake timers, a patched Date) is honoured by the shared ticker created at import.
  // A subscription is its own object, so the same listener subscribed twice is two subscriptions and
  // one unsubscribe cannot remove the other.
  const subscriptions = new Set<{ listener: TickListener }>();
  let timer: ReturnType<typeof setInterval> | null = null;

  const tick = () => {
    const now = clock();
    // A copy: listeners may unsubscribe (or subscribe others) while being called.
    for (const subscription of [...subscriptions]) {
      if (!subscriptions.has(subscription)) continue;
      try {
        subscription.listener(now);
      } catch (error) {
        // One broken listener must not stop every other clock in the sidebar.
        console.error('Sigap ticker listener failed', error);
      }
    }
  };

  return {
    subscribe(listener) {
      const subscription = { listener };
      subscriptions.add(subscription);
      if (timer === null) timer = setInterval(tick, intervalMs);
      return () => {
        if (!subscriptions.delete(subscription)) return;
        if (subscriptions.size === 0 && timer !== null) {
          clearInterval(timer);
          timer = null;
        }
      };
    },
    size: () => subscriptions.size,
  };
}

/** The sidebar's ticker. */
export const secondTicker: Ticker = createTicker(1000);
