import type { StoredReplySample } from '../../lib/db/schema';
import { isRefusal } from '../../lib/retry';
import { MAX_SAMPLES_PER_MESSAGE } from '../../lib/validate/reply-samples';

// Reply samples on their way to the background. Page states arrive many times a second while a
// chat is busy; a sample that failed to store (the background restarting, its database busy) must
// not be sent again on each of them. It waits in the outbox and goes again after a growing pause,
// with whatever else came in meanwhile, until the background has taken it.

export type SendSamples = (samples: StoredReplySample[]) => Promise<{ stored: number; refused?: number }>;

/** Pauses after each failure in a row; the last repeats until the background answers. */
export const SAMPLE_RETRY_MS: readonly number[] = [1000, 2000, 5000, 15_000, 60_000];

export interface SampleOutbox {
  /** Queues samples not seen before and sends them, unless a retry is already waiting. */
  add(samples: readonly StoredReplySample[]): void;
  /** Samples waiting to be stored. */
  pending(): number;
  dispose(): void;
}

export function createSampleOutbox(
  send: SendSamples,
  delaysMs: readonly number[] = SAMPLE_RETRY_MS,
): SampleOutbox {
  /** Stored, or refused by the background for good: never sent again from this frame. */
  const done = new Set<string>();
  const queue = new Map<string, StoredReplySample>();
  let failures = 0;
  let inFlight = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let disposed = false;

  const settle = (batch: readonly StoredReplySample[]) => {
    for (const s of batch) {
      done.add(s.id);
      queue.delete(s.id);
    }
  };

  const flush = async () => {
    timer = undefined;
    if (disposed || inFlight || queue.size === 0) return;
    inFlight = true;
    // The background refuses larger messages whole (lib/validate/reply-samples.ts).
    const batch = [...queue.values()].slice(0, MAX_SAMPLES_PER_MESSAGE);
    try {
      await send(batch);
      settle(batch);
      failures = 0;
    } catch (error) {
      if (isRefusal(error)) {
        // Refused as a whole: the same samples would be refused again.
        settle(batch);
      } else {
        const pause = delaysMs[Math.min(failures, delaysMs.length - 1)]!;
        failures++;
        if (!disposed) timer = setTimeout(() => void flush(), pause);
      }
    } finally {
      inFlight = false;
    }
    // What arrived while this batch was on its way goes at once, unless a retry is waiting.
    if (!disposed && timer === undefined && queue.size > 0) void flush();
  };

  return {
    add(samples) {
      for (const s of samples) if (!done.has(s.id) && !queue.has(s.id)) queue.set(s.id, s);
      if (timer === undefined) void flush();
    },
    pending: () => queue.size,
    dispose() {
      disposed = true;
      clearTimeout(timer);
    },
  };
}
