import type { TeamRole } from './types';

// The connection a browser keeps to its shop's database, and the check that turns what the server
// answers into one clear state. Run before replication starts and whenever replication stops on an
// error, because PouchDB's own errors do not tell a wrong password from a deleted database.

export interface TeamConfig {
  /** The server's origin and path, e.g. https://couch.example.com or http://127.0.0.1:5984 */
  url: string;
  database: string;
  username: string;
  password: string;
}

export type ConnectionProblem =
  | 'bad-url'
  | 'bad-database'
  | 'server-down'
  | 'not-couchdb'
  | 'wrong-login'
  | 'no-database'
  | 'no-access'
  | 'no-role'
  | 'no-permission';

export type ConnectionCheck =
  | { ok: true; user: string; role: TeamRole }
  | { ok: false; problem: ConnectionProblem; status?: number };

export const DATABASE_NAME = /^[a-z][a-z0-9_$()+/-]{0,237}$/;

/** The server URL without a trailing slash, or null if it is not a plain http(s) URL. */
export function normaliseServerUrl(input: string): string | null {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (url.username || url.password || url.search || url.hash) return null;
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

/** The match pattern for `permissions.request`: this one origin, nothing wider. */
export function originPattern(url: string): string {
  return `${new URL(url).origin}/*`;
}

export function basicAuth(config: Pick<TeamConfig, 'username' | 'password'>): string {
  const bytes = new TextEncoder().encode(`${config.username}:${config.password}`);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return `Basic ${btoa(binary)}`;
}

export function configProblem(config: TeamConfig): ConnectionProblem | null {
  if (!normaliseServerUrl(config.url)) return 'bad-url';
  if (!DATABASE_NAME.test(config.database)) return 'bad-database';
  if (!config.username || !config.password) return 'wrong-login';
  return null;
}

export async function checkConnection(
  config: TeamConfig,
  doFetch: typeof fetch = fetch,
  timeoutMs = 10_000,
): Promise<ConnectionCheck> {
  const problem = configProblem(config);
  if (problem) return { ok: false, problem };
  const base = normaliseServerUrl(config.url) as string;
  const headers = { authorization: basicAuth(config), accept: 'application/json' };
  const get = async (path: string) => {
    const response = await doFetch(`${base}/${path}`, { headers, signal: AbortSignal.timeout(timeoutMs) });
    const body = (await response.json().catch(() => null)) as Record<string, unknown> | null;
    return { status: response.status, body };
  };
  let session: Awaited<ReturnType<typeof get>>;
  try {
    session = await get('_session');
  } catch {
    return { ok: false, problem: 'server-down' };
  }
  if (session.status === 401) return { ok: false, problem: 'wrong-login' };
  if (session.status >= 500) return { ok: false, problem: 'server-down', status: session.status };
  const userCtx = session.body?.userCtx as { name?: unknown; roles?: unknown } | undefined;
  if (session.status !== 200 || !userCtx)
    return { ok: false, problem: 'not-couchdb', status: session.status };
  if (userCtx.name !== config.username) return { ok: false, problem: 'wrong-login' };
  const roles = Array.isArray(userCtx.roles) ? userCtx.roles : [];
  const role: TeamRole | null =
    roles.includes('owner') || roles.includes('_admin') ? 'owner' : roles.includes('agent') ? 'agent' : null;

  let database: Awaited<ReturnType<typeof get>>;
  try {
    database = await get(encodeURIComponent(config.database));
  } catch {
    return { ok: false, problem: 'server-down' };
  }
  if (database.status === 404) return { ok: false, problem: 'no-database' };
  if (database.status === 401 || database.status === 403) return { ok: false, problem: 'no-access' };
  if (database.status >= 500) return { ok: false, problem: 'server-down', status: database.status };
  if (database.status !== 200) return { ok: false, problem: 'not-couchdb', status: database.status };
  if (!role) return { ok: false, problem: 'no-role' };
  return { ok: true, user: config.username, role };
}

/** Why a `teamConnect` message's data is not a connection, or null (lib/validate style). */
export function teamConfigReason(data: unknown): string | null {
  if (typeof data !== 'object' || data === null) return 'the connection is not an object';
  const c = data as Record<string, unknown>;
  for (const [key, max] of [
    ['url', 2000],
    ['database', 238],
    ['username', 200],
    ['password', 1000],
  ] as const) {
    const value = c[key];
    if (typeof value !== 'string' || value.length > max)
      return `${key} is not a string of at most ${max} characters`;
  }
  return null;
}
