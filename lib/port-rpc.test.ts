import { describe, expect, it, vi } from 'vitest';
import { portPair } from './port-pair.test-support';
import { createPortClient, type Port, PortClosedError, servePortRequests } from './port-rpc';

function serving(handle: Parameters<typeof servePortRequests>[2], name = 'rpc') {
  const servers: Port[] = [];
  const connect = vi.fn(() => {
    const { client, server } = portPair(name);
    servers.push(server);
    servePortRequests(server, 'rpc', handle);
    return client;
  });
  return { connect, servers };
}

describe('port requests', () => {
  it('answers each request by its id, out of order too, over one port', async () => {
    const { connect } = serving(async ({ data }) => {
      const { n, wait } = data as { n: number; wait: number };
      await new Promise((r) => setTimeout(r, wait));
      return n * 2;
    });
    const client = createPortClient(connect);
    const answers = await Promise.all([
      client.request({ n: 1, wait: 30 }),
      client.request({ n: 2, wait: 0 }),
      client.request({ n: 3, wait: 10 }),
    ]);
    expect(answers).toEqual([2, 4, 6]);
    expect(connect).toHaveBeenCalledTimes(1);
  });

  it('gives the handler the port’s sender, and carries its error name back', async () => {
    const handle = vi.fn(async ({ sender }: { sender: unknown }) => {
      expect(sender).toEqual({ id: 'sigap' });
      throw Object.assign(new Error('searchCatalog refused: limit is 99'), { name: 'RefusedError' });
    });
    const client = createPortClient(serving(handle).connect);
    const error = await client.request({}).catch((e: Error) => e);
    expect(error).toMatchObject({ name: 'RefusedError', message: 'searchCatalog refused: limit is 99' });
  });

  it('fails what is in flight when the worker stops, and connects again for the next request', async () => {
    let release: () => void = () => {};
    const { connect, servers } = serving(({ data }) =>
      data === 'slow' ? new Promise((r) => (release = () => r('late'))) : Promise.resolve(data),
    );
    const client = createPortClient(connect);
    const inFlight = client.request('slow');
    await Promise.resolve();
    servers[0]!.disconnect();
    await expect(inFlight).rejects.toBeInstanceOf(PortClosedError);
    release();
    expect(await client.request('again')).toBe('again');
    expect(connect).toHaveBeenCalledTimes(2);
  });

  it('fails a request posted on a port that closed under it, without waiting', async () => {
    const { client: dead } = portPair('rpc');
    dead.disconnect();
    const client = createPortClient(() => dead);
    await expect(client.request('x')).rejects.toBeInstanceOf(PortClosedError);
  });

  it('gives up on an answer that never comes', async () => {
    vi.useFakeTimers();
    try {
      const client = createPortClient(serving(() => new Promise(() => {})).connect, 1000);
      const asked = client.request('x');
      const failed = expect(asked).rejects.toThrow('no answer within 1000 ms');
      await vi.advanceTimersByTimeAsync(1000);
      await failed;
    } finally {
      vi.useRealTimers();
    }
  });

  it('leaves other ports alone and drops requests without a usable id', async () => {
    const handle = vi.fn(async () => 'x');
    const other = portPair('sigap-sidebar');
    expect(servePortRequests(other.server, 'rpc', handle)).toBe(false);
    const { client, server } = portPair('rpc');
    servePortRequests(server, 'rpc', handle);
    for (const junk of [null, 'text', { id: 'a' }, { id: 1.5 }, { data: 1 }]) client.postMessage(junk);
    await new Promise((r) => setTimeout(r, 0));
    expect(handle).not.toHaveBeenCalled();
  });
});
