// Retrying a request to the background. Chrome stops an idle extension service worker after about
// 30 s and starts it again on the next message; a request in flight at that moment fails ("message
// channel closed", "receiving end does not exist") although the very next one succeeds. So failed
// requests are sent again after growing pauses, and a caller gives up only after all of them.

/**
 * Pauses before each retry, growing: the first comes quickly (a worker restart takes a few hundred
 * ms), the last ones leave a worker that is slow to start (a busy machine) time to answer.
 * Together about 16 s over 8 attempts.
 */
export const BACKOFF_MS: readonly number[] = [100, 250, 500, 1000, 2000, 4000, 8000];

export interface RetryOptions {
  /** The pause before each retry; its length is the number of retries. */
  delaysMs?: readonly number[];
  /** Stops retrying (the result is then the last error). */
  signal?: AbortSignal;
  /** Called before each pause, for logs and performance marks. */
  onRetry?: (error: unknown, retry: number, delayMs: number) => void;
  /** Whether an error is worth a retry at all (a refusal is not). Default: every error. */
  retryable?: (error: unknown) => boolean;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
}

/** Refusals by the background's guard (lib/message-guard.ts) come back the same every time. */
export function isRefusal(error: unknown): boolean {
  return (error as { name?: unknown } | null)?.name === 'RefusedError';
}

export async function withRetry<T>(task: () => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const { delaysMs = BACKOFF_MS, signal, onRetry, retryable = () => true, sleep: pause = sleep } = options;
  for (let retry = 0; ; retry++) {
    try {
      return await task();
    } catch (error) {
      const delay = delaysMs[retry];
      if (delay === undefined || signal?.aborted || !retryable(error)) throw error;
      onRetry?.(error, retry + 1, delay);
      await pause(delay, signal);
      if (signal?.aborted) throw error;
    }
  }
}
