import type { Port } from './port-rpc';

// Two ends of a runtime port as Chromium behaves: a message posted on one end arrives on the other
// asynchronously; disconnecting one end fires onDisconnect on the other only; posting on a
// disconnected port throws.
export function portPair(name: string, sender: Port['sender'] = { id: 'sigap' }) {
  type Listener = (message: unknown) => void;
  const make = () => {
    const messages: Listener[] = [];
    const closes: (() => void)[] = [];
    return { messages, closes, open: true };
  };
  const a = make();
  const b = make();
  const end = (self: typeof a, other: typeof a): Port =>
    ({
      name,
      sender,
      postMessage(message: unknown) {
        if (!self.open) throw new Error('Attempting to use a disconnected port object');
        const copy = structuredClone(message);
        queueMicrotask(() => {
          if (other.open) for (const l of other.messages) l(copy);
        });
      },
      disconnect() {
        if (!self.open) return;
        self.open = false;
        other.open = false;
        queueMicrotask(() => {
          for (const l of other.closes) l();
        });
      },
      onMessage: { addListener: (l: Listener) => self.messages.push(l) },
      onDisconnect: { addListener: (l: () => void) => self.closes.push(l) },
    }) as unknown as Port;
  return { client: end(a, b), server: end(b, a) };
}
