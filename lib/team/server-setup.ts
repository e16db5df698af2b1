import { basicAuth, DATABASE_NAME } from './connection';
import { DESIGN_DOC_ID, VALIDATE_DOC_UPDATE } from './validate-doc';

// Prepares a CouchDB for a shop: the database, who may open it (members by role: owner and agent),
// the validate function that enforces what each role may write, and the logins. Run by an admin
// (scripts/team-setup.ts); Sigap itself never holds admin credentials. Idempotent: running it again
// updates the design document and passwords and leaves the shop's data alone.

export interface TeamUser {
  name: string;
  password: string;
  role: 'owner' | 'agent';
}

export interface SetupOptions {
  /** The server, e.g. http://127.0.0.1:5984 */
  url: string;
  admin: { username: string; password: string };
  database: string;
  users: readonly TeamUser[];
  fetch?: typeof fetch;
}

export async function setupTeamDatabase(options: SetupOptions): Promise<string[]> {
  const doFetch = options.fetch ?? fetch;
  if (!DATABASE_NAME.test(options.database)) throw new Error(`invalid database name: ${options.database}`);
  const base = options.url.replace(/\/+$/, '');
  const auth = basicAuth(options.admin);
  const log: string[] = [];
  const call = async (method: string, path: string, body?: unknown) => {
    const response = await doFetch(`${base}/${path}`, {
      method,
      headers: { authorization: auth, 'content-type': 'application/json', accept: 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = (await response.json().catch(() => ({}))) as Record<string, unknown>;
    return { status: response.status, json };
  };
  const db = encodeURIComponent(options.database);

  const created = await call('PUT', db);
  if (created.status === 201 || created.status === 202) log.push(`created database ${options.database}`);
  else if (created.status !== 412)
    throw new Error(`creating ${options.database}: ${created.status} ${JSON.stringify(created.json)}`);

  const security = await call('PUT', `${db}/_security`, {
    admins: { names: [], roles: [] },
    members: { names: [], roles: ['owner', 'agent'] },
  });
  if (security.status >= 300)
    throw new Error(`security: ${security.status} ${JSON.stringify(security.json)}`);
  log.push('members: roles owner, agent');

  const existing = await call('GET', `${db}/${DESIGN_DOC_ID}`);
  const design = {
    _id: DESIGN_DOC_ID,
    ...(existing.status === 200 ? { _rev: existing.json._rev } : {}),
    validate_doc_update: VALIDATE_DOC_UPDATE,
  };
  const put = await call('PUT', `${db}/${DESIGN_DOC_ID}`, design);
  if (put.status >= 300) throw new Error(`design document: ${put.status} ${JSON.stringify(put.json)}`);
  log.push('validate_doc_update installed');

  for (const user of options.users) {
    const id = `org.couchdb.user:${user.name}`;
    const path = `_users/${encodeURIComponent(id)}`;
    const old = await call('GET', path);
    const doc = {
      _id: id,
      ...(old.status === 200 ? { _rev: old.json._rev } : {}),
      name: user.name,
      password: user.password,
      roles: [user.role],
      type: 'user',
    };
    const saved = await call('PUT', path, doc);
    if (saved.status >= 300)
      throw new Error(`user ${user.name}: ${saved.status} ${JSON.stringify(saved.json)}`);
    log.push(`user ${user.name} (${user.role})`);
  }
  return log;
}
