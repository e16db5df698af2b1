import type { Port } from './port-rpc';

// A faster way for the sidebar's searches to reach the worker: a MessageChannel handed to the
// service worker once, beside the runtime port the sidebar opens anyway. Measured from the framed
// sidebar to Chromium's worker, 200 round trips with an 8-result answer: 0.30 ms at the median and
// 0.70 ms at p95 over the channel, 1.40 / 2.70 ms over the runtime port. At 50,000 products that
// was about half of a keystroke's p95 (issue 11: ≤ 10 ms from keystroke to results on screen).
//
// Why the runtime port stays: when Chrome stops the worker, the frame's end of a MessageChannel
// hears nothing (no `close` event in Chromium 156), so a request sent on it would be lost without
// a word. The runtime port does disconnect, so it stays open as the channel's lifeline: its
// disconnect closes the channel, and what was asked on it fails and is asked again (port-rpc.ts).
//
// Who may use a channel: the worker offers one, with a random token, on a runtime port it accepted,
// and serves the channel for that port's sender (the same checks as the port: message-guard.ts).
// The frame asks over the channel only once the worker has said on it that it took it: a channel
// handed to a worker that never reads it (another instance than the one that offered it, or a
// `message` event that never came) would otherwise hold each request until the watchdog below.
// Only a page of the extension's own origin can reach the worker's `message` event at all; the
// token says which port it came through, and is good for one channel only. Where the background
// is no service worker (Firefox), nothing is offered and the port carries everything.

/** The worker's offer on a runtime port, and the frame's answer to the worker with its end. */
const OFFER_KEY = 'sigapDirectChannel';

function offerToken(message: unknown): string | null {
  const token = (message as Record<string, unknown> | null)?.[OFFER_KEY];
  return typeof token === 'string' && token.length > 0 && token.length <= 64 ? token : null;
}

/** A MessagePort dressed as `lifeline`, for port-rpc.ts: it has its sender, and disconnects with it. */
function channelPort(channel: MessagePort, lifeline: Port): Port {
  return {
    name: lifeline.name,
    sender: lifeline.sender,
    postMessage: (message: unknown) => channel.postMessage(message),
    disconnect: () => channel.close(),
    onMessage: {
      addListener: (listener: (message: unknown) => void) =>
        channel.addEventListener('message', (event) => listener((event as MessageEvent).data)),
    } as unknown as Port['onMessage'],
    onDisconnect: lifeline.onDisconnect,
  };
}

/** The worker's half: offers a channel on each search port, and takes the frames' ends. */
export function createDirectChannels(serve: (port: Port) => void) {
  const offered = new Map<string, Port>();
  return {
    /** For each accepted search port: offer it a channel that lives as long as it does. */
    offer(port: Port): void {
      const token = crypto.randomUUID();
      offered.set(token, port);
      port.onDisconnect.addListener(() => offered.delete(token));
      try {
        port.postMessage({ [OFFER_KEY]: token });
      } catch {
        offered.delete(token);
      }
    },
    /**
     * The worker's `message` event. A frame's end of a channel with a token offered on a port still
     * open is served for that port's sender; anything else is closed unanswered. True when taken.
     */
    accept(event: ChannelEvent): boolean {
      const token = offerToken(event.data);
      const [channel] = event.ports;
      const port = token ? offered.get(token) : undefined;
      if (!channel) return false;
      if (!token || !port || event.ports.length !== 1) {
        for (const extra of event.ports) extra.close();
        return false;
      }
      offered.delete(token);
      port.onDisconnect.addListener(() => channel.close());
      serve(channelPort(channel, port));
      channel.start();
      // Taken: from now on the frame asks here (withDirectChannel waits for this).
      channel.postMessage({ [OFFER_KEY]: token });
      return true;
    },
  };
}

/** What a service worker's `message` event carries (ExtendableMessageEvent). */
interface ChannelEvent {
  data: unknown;
  ports: readonly MessagePort[];
}

/**
 * Direct channels for the search ports, where the background is a service worker (Chrome): takes
 * the frames' ends from the worker's `message` event, which must be listened to as the worker
 * starts. Elsewhere (Firefox's background page) nothing is offered.
 */
export function startDirectChannels(serve: (port: Port) => void): { offer(port: Port): void } {
  const scope = globalThis as unknown as {
    ServiceWorkerGlobalScope?: abstract new () => unknown;
    addEventListener(type: 'message', listener: (event: ChannelEvent) => void): void;
  };
  if (!scope.ServiceWorkerGlobalScope || !(globalThis instanceof scope.ServiceWorkerGlobalScope))
    return { offer: () => {} };
  const channels = createDirectChannels(serve);
  scope.addEventListener('message', (event) => {
    // Read by tests/e2e/worker-restart.e2e.ts: a sidebar's searches took the direct way.
    if (channels.accept(event)) performance.mark('sigap:direct-channel');
  });
  return channels;
}

/** Where the frame finds the worker: its extension's service worker, if it has one. */
export type FindWorker = () => Promise<
  { postMessage(message: unknown, transfer: Transferable[]): void } | null | undefined
>;

export const extensionWorker: FindWorker = async () =>
  (await globalThis.navigator?.serviceWorker?.getRegistration())?.active;

/**
 * A request unanswered this long on the channel while the port stays open means the channel lost
 * it (nothing says so otherwise): the channel is dropped and what it held is asked over the port.
 * A search answers in milliseconds; only a first index build after a catalog change takes seconds.
 */
export const CHANNEL_PATIENCE_MS = 5_000;

/**
 * Chrome stops a worker that heard no extension event for 30 s, and a channel's messages are none:
 * while the channel is busy, the port says something this often, so the worker lives as long as
 * it did when every search came over the port. The worker ignores it (it has no request id).
 */
export const KEEP_ALIVE_MS = 10_000;

const requestId = (message: unknown) => {
  const id = (message as { id?: unknown } | null)?.id;
  return typeof id === 'number' ? id : null;
};

/**
 * The frame's half: a port that asks over the direct channel once the worker has offered one and
 * it is set up, over `runtime` until then (and for good where none is offered, or once the channel
 * lost a request). It disconnects when `runtime` does, closing the channel.
 */
export function withDirectChannel(
  runtime: Port,
  findWorker: FindWorker = extensionWorker,
  { patienceMs = CHANNEL_PATIENCE_MS, keepAliveMs = KEEP_ALIVE_MS } = {},
): Port {
  const now = Date.now;
  let direct: MessagePort | null = null;
  /** A channel handed to the worker and not yet taken by it. */
  let handed: MessagePort | null = null;
  /** No channel any more (the port closed, or the channel lost a request): none is opened again. */
  let closed = false;
  let lastOverPort = now();
  /** Requests sent on the channel and not answered yet, by id, with when they went. */
  const unanswered = new Map<number, { message: unknown; at: number }>();
  let watchdog: ReturnType<typeof setTimeout> | null = null;
  const listeners: ((message: unknown) => void)[] = [];
  const deliver = (message: unknown) => {
    for (const listener of listeners) listener(message);
  };
  const overPort = (message: unknown) => {
    lastOverPort = now();
    runtime.postMessage(message);
  };
  const drop = () => {
    closed = true;
    direct?.close();
    handed?.close();
    direct = handed = null;
    if (watchdog) clearTimeout(watchdog);
    watchdog = null;
  };
  function watch() {
    watchdog = null;
    if (!direct || unanswered.size === 0) return;
    const oldest = Math.min(...[...unanswered.values()].map((u) => u.at));
    if (now() - oldest < patienceMs) {
      watchdog = setTimeout(watch, patienceMs - (now() - oldest));
      return;
    }
    // Lost: this port never uses the channel again, and asks again what the channel held.
    // The mark tells a test's or an agent's profile that this happened.
    performance.mark('sigap:direct-channel-lost');
    const lost = [...unanswered.values()];
    unanswered.clear();
    drop();
    try {
      for (const { message } of lost) overPort(message);
    } catch {
      // The port closed too: its disconnect fails these requests, and they are asked anew.
    }
  }
  function overChannel(channel: MessagePort, message: unknown) {
    const id = requestId(message);
    if (id !== null) unanswered.set(id, { message, at: now() });
    watchdog ??= setTimeout(watch, patienceMs);
    if (now() - lastOverPort >= keepAliveMs) overPort({ keepAlive: true });
    channel.postMessage(message);
  }
  runtime.onMessage.addListener((message: unknown) => {
    const token = offerToken(message);
    if (token === null) deliver(message);
    else void open(token);
  });
  runtime.onDisconnect.addListener(drop);

  async function open(token: string) {
    try {
      const worker = await findWorker();
      if (!worker || closed || direct || handed) return;
      const channel = new MessageChannel();
      channel.port1.addEventListener('message', (event) => {
        if (offerToken(event.data) === token) {
          // The worker took it: ask here from now on.
          if (handed === channel.port1) [direct, handed] = [handed, null];
          return;
        }
        const id = requestId(event.data);
        if (id !== null) unanswered.delete(id);
        deliver(event.data);
      });
      channel.port1.start();
      handed = channel.port1;
      worker.postMessage({ [OFFER_KEY]: token }, [channel.port2]);
    } catch {
      // No worker to reach (its registration is gone): the runtime port carries on alone.
      handed?.close();
      handed = null;
    }
  }

  return {
    name: runtime.name,
    sender: runtime.sender,
    postMessage: (message: unknown) => (direct ? overChannel(direct, message) : overPort(message)),
    disconnect: () => {
      drop();
      runtime.disconnect();
    },
    onMessage: {
      addListener: (listener: (message: unknown) => void) => listeners.push(listener),
    } as unknown as Port['onMessage'],
    onDisconnect: runtime.onDisconnect,
  };
}
