import { describe, expect, it, vi } from 'vitest';
import { createDirectChannels, type FindWorker, withDirectChannel } from './direct-channel';
import { portPair } from './port-pair.test-support';
import { createPortClient, type Port, PortClosedError, servePortRequests } from './port-rpc';

// Node's MessageChannel stands in for the browser's: a message posted on one end arrives on the
// other asynchronously, and a closed end delivers nothing more.

const SIDEBAR = {
  id: 'sigap',
  url: 'chrome-extension://sigap/sidebar.html',
  tab: { id: 3 },
  frameId: 1,
} as unknown as Port['sender'];

/** A worker with a search port server and direct channels, and a frame that reaches it. */
function setUp(
  findWorker?: FindWorker,
  {
    loseOnChannel = false,
    ...options
  }: { loseOnChannel?: boolean; patienceMs?: number; keepAliveMs?: number } = {},
) {
  const served: { via: 'port' | 'channel'; sender: unknown; data: unknown }[] = [];
  const serve = (via: 'port' | 'channel') => (port: Port) =>
    servePortRequests(port, 'search', async ({ data, sender }) => {
      served.push({ via, sender, data });
      return { echo: data };
    });
  // A channel that loses what it is sent: taken, and never read.
  const channels = createDirectChannels(loseOnChannel ? () => {} : serve('channel'));
  const overPort: unknown[] = [];
  const takes: boolean[] = [];
  const worker = {
    postMessage: vi.fn((data: unknown, ports: Transferable[]) => {
      // As the worker's `message` event would have it, a task later.
      setTimeout(() => takes.push(channels.accept({ data, ports: ports as MessagePort[] })));
    }),
  };
  const pairs: ReturnType<typeof portPair>[] = [];
  const connect = () => {
    const pair = portPair('search', SIDEBAR);
    pairs.push(pair);
    pair.server.onMessage.addListener((message: unknown) => overPort.push(message));
    serve('port')(pair.server);
    channels.offer(pair.server);
    return withDirectChannel(pair.client, findWorker ?? (async () => worker), options);
  };
  return { served, channels, worker, takes, pairs, overPort, client: createPortClient(connect) };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('direct channel beside the search port', () => {
  it('asks over the port until the channel is set up, then over the channel, for the port’s sender', async () => {
    const { served, client, takes } = setUp();
    expect(await client.request('first')).toEqual({ echo: 'first' });
    await settle();
    expect(takes).toEqual([true]);
    expect(await client.request('second')).toEqual({ echo: 'second' });
    expect(served.map((s) => s.via)).toEqual(['port', 'channel']);
    expect(served[1]!.sender).toEqual(SIDEBAR);
  });

  it('when the port disconnects (the worker stopped), what was asked on the channel fails and is asked anew', async () => {
    const { client, pairs, served } = setUp();
    await client.request('warm');
    await settle();
    // The worker stops: its end of the port goes, and nothing it had answers any more.
    const asked = client.request('lost');
    pairs[0]!.server.disconnect();
    await expect(asked).rejects.toBeInstanceOf(PortClosedError);
    expect(await client.request('again')).toEqual({ echo: 'again' });
    expect(pairs).toHaveLength(2);
    expect(served.at(-1)).toMatchObject({ via: 'port', data: 'again' });
  });

  it('a request the channel lost is asked again over the port, which carries everything from then on', async () => {
    const { client, served, takes } = setUp(undefined, { loseOnChannel: true, patienceMs: 100 });
    await client.request('first');
    await settle();
    expect(takes).toEqual([true]);
    expect(await client.request('lost on the channel')).toEqual({ echo: 'lost on the channel' });
    expect(await client.request('after')).toEqual({ echo: 'after' });
    expect(served.map((s) => `${s.via}:${s.data}`)).toEqual([
      'port:first',
      'port:lost on the channel',
      'port:after',
    ]);
  });

  it('keeps the worker awake over the port while the searches go over the channel', async () => {
    const { client, served, overPort } = setUp(undefined, { keepAliveMs: 0 });
    await client.request('first');
    await settle();
    await client.request('second');
    await client.request('third');
    expect(served.map((s) => s.via)).toEqual(['port', 'channel', 'channel']);
    expect(overPort.filter((m) => (m as { keepAlive?: boolean }).keepAlive === true)).toHaveLength(2);
  });

  it('asks only over the port while the worker has not said it took the channel', async () => {
    // A worker instance that never reads what it is handed: a channel it did not say it took.
    const handedTo: MessagePort[] = [];
    const deaf = {
      postMessage: (_data: unknown, ports: Transferable[]) => handedTo.push(...(ports as MessagePort[])),
    };
    const { client, served } = setUp(async () => deaf, { patienceMs: 60_000 });
    await client.request('one');
    await settle();
    expect(handedTo).toHaveLength(1);
    expect(await client.request('two')).toEqual({ echo: 'two' });
    expect(served.map((s) => s.via)).toEqual(['port', 'port']);
    for (const port of handedTo) port.close();
  });

  it('stays on the port where there is no service worker to reach (Firefox)', async () => {
    const { client, served } = setUp(async () => undefined);
    await client.request('one');
    await settle();
    await client.request('two');
    expect(served.map((s) => s.via)).toEqual(['port', 'port']);
  });

  it('serves a channel only for a token offered on a port still open, once', async () => {
    const answered: unknown[] = [];
    const channels = createDirectChannels((port) =>
      servePortRequests(port, 'search', async ({ data }) => answered.push(data)),
    );
    const { server, client } = portPair('search', SIDEBAR);
    const offers: unknown[] = [];
    client.onMessage.addListener((message: unknown) => offers.push(message));
    channels.offer(server);
    await settle();
    const token = (offers[0] as { sigapDirectChannel: string }).sigapDirectChannel;
    expect(token).toMatch(/^[0-9a-f-]{36}$/);

    const forged = new MessageChannel();
    expect(channels.accept({ data: { sigapDirectChannel: 'guessed' }, ports: [forged.port2] })).toBe(false);
    const first = new MessageChannel();
    expect(channels.accept({ data: { sigapDirectChannel: token }, ports: [first.port2] })).toBe(true);
    const second = new MessageChannel();
    expect(channels.accept({ data: { sigapDirectChannel: token }, ports: [second.port2] })).toBe(false);

    const late = portPair('search', SIDEBAR);
    const lateOffers: unknown[] = [];
    late.client.onMessage.addListener((message: unknown) => lateOffers.push(message));
    channels.offer(late.server);
    await settle();
    late.client.disconnect();
    await settle();
    const lateToken = (lateOffers[0] as { sigapDirectChannel: string }).sigapDirectChannel;
    const third = new MessageChannel();
    expect(channels.accept({ data: { sigapDirectChannel: lateToken }, ports: [third.port2] })).toBe(false);

    for (const refused of [forged, second, third]) refused.port1.postMessage({ id: 1, data: 'x' });
    first.port1.postMessage({ id: 1, data: 'served' });
    await settle();
    expect(answered).toEqual(['served']);
    for (const channel of [forged, first, second, third]) channel.port1.close();
  });
});
