import { connect, createServer, type Server, type Socket } from 'node:net';

// A TCP relay in front of the test's team server, one per browser, so a test can take one browser
// offline and bring it back while the server (in memory) keeps its data and the other browser stays
// online. Unplugged, it closes the open connections and refuses new ones, the way a dropped network
// looks to the browser (the fetch fails, Sigap's connection check says "server down").

export interface UnpluggableProxy {
  /** The URL a browser connects to instead of the server's. */
  url: string;
  unplug(): void;
  plug(): void;
  close(): Promise<void>;
}

export async function startProxy(target: string): Promise<UnpluggableProxy> {
  const { hostname, port } = new URL(target);
  const sockets = new Set<Socket>();
  let plugged = true;
  const server: Server = createServer((client) => {
    if (!plugged) {
      client.destroy();
      return;
    }
    const upstream = connect(Number(port), hostname);
    sockets.add(client).add(upstream);
    const drop = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on('error', drop).on('close', drop);
    upstream.on('error', drop).on('close', drop);
    client.pipe(upstream);
    upstream.pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const own = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${own}`,
    unplug() {
      plugged = false;
      for (const socket of sockets) socket.destroy();
      sockets.clear();
    },
    plug() {
      plugged = true;
    },
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
