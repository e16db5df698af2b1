import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, openSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setupTeamDatabase, type TeamUser } from '../../lib/team/server-setup';

// A CouchDB-compatible server for tests and benches: express-pouchdb from npm (pouchdb-server's
// HTTP layer, see couch-server-main.cjs), in memory, on 127.0.0.1 at a free port, started and
// stopped by the test itself (nothing else is contacted).

export interface CouchServer {
  url: string;
  admin: { username: string; password: string };
  /** Runs lib/team/server-setup.ts against this server. */
  setup(database: string, users: readonly TeamUser[]): Promise<void>;
  /** An HTTP call with the admin login (or another). */
  request(
    method: string,
    path: string,
    body?: unknown,
    login?: { username: string; password: string },
  ): Promise<{ status: number; json: Record<string, unknown> }>;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

const ADMIN = { username: 'admin', password: 'admin-secret' };

export async function startCouchServer(port?: number): Promise<CouchServer> {
  const dir = mkdtempSync(join(tmpdir(), 'sigap-couch-'));
  const chosen = port ?? (await freePort());
  const bin = join(process.cwd(), 'tests', 'team', 'couch-server-main.cjs');
  const child: ChildProcess = spawn(process.execPath, [bin, '127.0.0.1', String(chosen)], {
    cwd: dir,
    // Its own output goes to a file in its temporary folder: a crash says why in `server.log`.
    stdio: ['ignore', openSync(join(dir, 'server.log'), 'a'), openSync(join(dir, 'server.log'), 'a')],
  });
  const url = `http://127.0.0.1:${chosen}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      if ((await fetch(`${url}/`)).ok) break;
    } catch {
      // not listening yet
    }
    if (child.exitCode !== null) throw new Error(`the CouchDB stand-in exited with ${child.exitCode}`);
    if (Date.now() > deadline) {
      child.kill();
      throw new Error('the CouchDB stand-in did not start within 30 s');
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const request: CouchServer['request'] = async (method, path, body, login = ADMIN) => {
    const response = await fetch(`${url}/${path}`, {
      method,
      headers: {
        authorization: `Basic ${btoa(`${login.username}:${login.password}`)}`,
        'content-type': 'application/json',
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return {
      status: response.status,
      json: (await response.json().catch(() => ({}))) as Record<string, unknown>,
    };
  };
  // Admin party ends here: from now on the server checks logins.
  await fetch(`${url}/_config/admins/${ADMIN.username}`, {
    method: 'PUT',
    body: JSON.stringify(ADMIN.password),
  });
  return {
    url,
    admin: ADMIN,
    request,
    async setup(database, users) {
      await setupTeamDatabase({ url, admin: ADMIN, database, users });
    },
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill();
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
