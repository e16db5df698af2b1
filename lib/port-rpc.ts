import type { Browser } from 'wxt/browser';
import type { SenderInfo } from './sender-policy';

// Requests and answers over one long-lived runtime port, for the sidebar's catalog search. A
// `runtime.sendMessage` opens and closes a message channel for every request: measured from the
// framed sidebar to the worker in Chromium at 50,000 products, a round trip took 1.8 ms at the
// median and 7.8 ms at p95 that way, and 0.5 / 1.2 ms over an open port, which is most of the
// keystroke budget (issue 11: ≤ 10 ms at p95 from keystroke to results on screen).
//
// The worker may stop at any moment (Chrome stops an idle one): its ports then disconnect, every
// request in flight fails with a retryable error, and the next request connects again, which wakes
// the worker. The background checks each request as it checks a runtime message (message-guard.ts:
// the sender from the port, then the data).

export type Port = Pick<
  Browser.runtime.Port,
  'name' | 'sender' | 'postMessage' | 'disconnect' | 'onMessage' | 'onDisconnect'
>;

interface Request {
  id: number;
  data: unknown;
}

type Answer = { id: number; res: unknown } | { id: number; err: { name: string; message: string } };

/** The port closed before it answered (the worker stopped): worth asking again. */
export class PortClosedError extends Error {
  override name = 'PortClosedError';
}

/** How long a request may go unanswered while its port stays open (a stuck worker). */
export const PORT_REQUEST_TIMEOUT_MS = 30_000;

/**
 * Serves the requests that arrive on ports named `name`; other ports are left to other listeners
 * (returns false for them). A handler's error is answered with its name and message only.
 */
export function servePortRequests(
  port: Port,
  name: string,
  handle: (request: { data: unknown; sender: SenderInfo }) => Promise<unknown>,
): boolean {
  if (port.name !== name) return false;
  const sender: SenderInfo = port.sender ?? {};
  const reply = (answer: Answer) => {
    try {
      port.postMessage(answer);
    } catch {
      // The asker is gone (its tab closed): nobody waits for this answer.
    }
  };
  port.onMessage.addListener((message: unknown) => {
    const { id, data } = (message ?? {}) as Partial<Request>;
    // A request without a usable id can never be answered; drop it.
    if (typeof id !== 'number' || !Number.isSafeInteger(id)) return;
    handle({ data, sender }).then(
      (res) => reply({ id, res }),
      (error: unknown) => {
        const { name = 'Error', message = String(error) } = (error ?? {}) as Partial<Error>;
        reply({ id, err: { name: String(name), message: String(message) } });
      },
    );
  });
  return true;
}

export interface PortClient {
  request(data: unknown): Promise<unknown>;
}

/** Asks over a port opened by `connect` on first use, and again after it closed. */
export function createPortClient(connect: () => Port, timeoutMs = PORT_REQUEST_TIMEOUT_MS): PortClient {
  let port: Port | null = null;
  let nextId = 1;
  const pending = new Map<number, { settle(answer: Answer | PortClosedError): void }>();

  function open(): Port {
    if (port) return port;
    const opened = connect();
    port = opened;
    opened.onMessage.addListener((message: unknown) => {
      const answer = message as Answer | null;
      if (typeof answer?.id === 'number') pending.get(answer.id)?.settle(answer);
    });
    opened.onDisconnect.addListener(() => {
      if (port === opened) port = null;
      for (const waiting of [...pending.values()])
        waiting.settle(new PortClosedError('the background closed the connection'));
    });
    return opened;
  }

  return {
    request(data) {
      return new Promise((resolve, reject) => {
        const id = nextId++;
        const timer = setTimeout(
          () => settle(new PortClosedError(`no answer within ${timeoutMs} ms`)),
          timeoutMs,
        );
        function settle(answer: Answer | PortClosedError) {
          clearTimeout(timer);
          pending.delete(id);
          if (answer instanceof PortClosedError) reject(answer);
          else if ('err' in answer)
            reject(Object.assign(new Error(answer.err.message), { name: answer.err.name }));
          else resolve(answer.res);
        }
        pending.set(id, { settle });
        try {
          open().postMessage({ id, data } satisfies Request);
        } catch {
          // A port that closed under us (posting on it throws): drop it and let the caller retry.
          port = null;
          settle(new PortClosedError('the connection to the background was closed'));
        }
      });
    },
  };
}
