import { reconcile } from './conflict';
import {
  basicAuth,
  type ConnectionProblem,
  checkConnection,
  normaliseServerUrl,
  type TeamConfig,
} from './connection';
import { contentHash } from './hash';
import { incomingOk } from './incoming';
import type { LocalSide } from './local-side';
import { kindOf } from './mapping';
import { type MirrorDoc, readBase, readMirror, writeBase } from './mirror';
import { TEAM_OFF, type TeamState } from './state';
import type { BaseItems, DocKind, LocalWrite, TeamDoc, TeamRole } from './types';
import { refusalCode } from './validate-doc';

// Team sync, owned by the background. PouchDB replicates a local mirror with the shop's CouchDB
// (live, both ways, with its checkpoints in `_local` documents on both sides, so a service worker
// stopped mid-sync resumes where it was); this class keeps the mirror and the Dexie tables in step
// (`pass`, through conflict.ts) and reports one state for the Tim panel.
//
// Nothing here deletes or resets local data on a fault: a wrong password, a server that is down or
// a deleted database stop replication and say so; the tables and the mirror stay as they were.

export interface ReplicatorOptions {
  config: TeamConfig;
  local: LocalSide;
  /** PouchDB with the adapters and the replication plugin registered (pouch.ts). */
  PouchDB: PouchDB.Static;
  /** The local mirror's adapter: 'idb' in the extension, 'memory' in Node tests. */
  adapter: string;
  onState?: (state: TeamState) => void;
  fetch?: typeof fetch;
  now?: () => number;
  /** How long changes are gathered before a pass runs. */
  debounceMs?: number;
}

/** Problems that retrying will not fix: replication stops until the user connects again. */
const FATAL: ReadonlySet<ConnectionProblem> = new Set([
  'bad-url',
  'bad-database',
  'wrong-login',
  'no-database',
  'no-access',
  'no-role',
  'not-couchdb',
]);

export function mirrorName(config: TeamConfig): string {
  return `sigap-team-${contentHash([normaliseServerUrl(config.url), config.database, config.username])}`;
}

function canWrite(role: TeamRole, kind: DocKind): boolean {
  return role === 'owner' || kind === 'sample';
}

export class TeamReplicator {
  private state: TeamState;
  private mirror: PouchDB.Database | null = null;
  private remote: PouchDB.Database | null = null;
  private sync: PouchDB.Replication.Sync<object> | null = null;
  private base: Record<string, BaseItems> | null = null;
  private role: TeamRole = 'agent';
  private timer: ReturnType<typeof setTimeout> | null = null;
  private running: Promise<void> = Promise.resolve();
  private again = false;
  private stopped = false;
  private checking = false;

  constructor(private readonly options: ReplicatorOptions) {
    const url = normaliseServerUrl(options.config.url);
    this.state = {
      ...TEAM_OFF,
      url,
      database: options.config.database,
      user: options.config.username,
    };
  }

  get current(): TeamState {
    return this.state;
  }

  private now(): number {
    return this.options.now?.() ?? Date.now();
  }

  private set(change: Partial<TeamState>): void {
    this.state = { ...this.state, ...change };
    this.options.onState?.(this.state);
  }

  /** Checks the connection, then replicates live until `stop`. Resolves with the first state. */
  async start(): Promise<TeamState> {
    this.set({ status: 'connecting', problem: null });
    const check = await checkConnection(this.options.config, this.options.fetch);
    if (this.stopped) return this.state;
    if (!check.ok) {
      this.set({ status: FATAL.has(check.problem) ? 'error' : 'offline', problem: check.problem });
      return this.state;
    }
    this.role = check.role;
    this.set({ role: check.role, user: check.user });
    const { PouchDB, adapter, config } = this.options;
    this.mirror = new PouchDB(mirrorName(config), { adapter });
    const authorization = basicAuth(config);
    const baseFetch = this.options.fetch ?? fetch;
    this.remote = new PouchDB(`${normaliseServerUrl(config.url)}/${encodeURIComponent(config.database)}`, {
      adapter: 'http',
      // Never create the database: a deleted one must be reported, not silently made anew.
      skip_setup: true,
      fetch: (url: string | Request, init?: RequestInit) => {
        const headers = new Headers(init?.headers);
        headers.set('authorization', authorization);
        return baseFetch(url, { ...init, headers });
      },
    } as PouchDB.Configuration.RemoteDatabaseConfiguration);
    await this.runPass();
    if (this.stopped) return this.state;
    this.startSync();
    return this.state;
  }

  private startSync(): void {
    if (!this.mirror || !this.remote) return;
    const sync = this.mirror.sync(this.remote, {
      live: true,
      retry: true,
      // Bucket documents hold a few hundred products each: small batches keep each request modest.
      batch_size: 20,
      back_off_function: (delay: number) => (delay === 0 ? 1000 : Math.min(delay * 2, 60_000)),
    });
    this.sync = sync;
    sync.on('change', (info) => {
      if (info.direction === 'pull') {
        this.set({ received: this.state.received + info.change.docs.length });
        this.schedule();
      } else {
        const pending = (info.change as { pending?: number }).pending;
        this.set({ pending: pending ?? Math.max(0, this.state.pending - info.change.docs_written) });
      }
    });
    sync.on('active', () => this.set({ status: 'syncing', problem: null }));
    sync.on('paused', (error?: unknown) => {
      if (error) void this.recheck();
      else this.set({ status: 'connected', problem: null, lastSyncAt: this.now(), pending: 0 });
    });
    sync.on('denied', (error: unknown) => {
      const denied = error as { id?: string; reason?: string; message?: string };
      this.set({
        refused: {
          code: refusalCode(denied.reason ?? denied.message) ?? 'refused',
          docId: String(denied.id ?? ''),
          at: this.now(),
        },
      });
    });
    sync.on('error', () => void this.recheck());
  }

  /** Replication stopped on an error: find out which, and stop for good when retrying cannot help. */
  private async recheck(): Promise<void> {
    if (this.checking || this.stopped) return;
    this.checking = true;
    try {
      const check = await checkConnection(this.options.config, this.options.fetch);
      if (this.stopped) return;
      if (check.ok) {
        if (!this.sync) this.startSync();
        return;
      }
      if (FATAL.has(check.problem)) {
        this.sync?.cancel();
        this.sync = null;
        this.set({ status: 'error', problem: check.problem });
      } else {
        this.set({ status: 'offline', problem: check.problem });
      }
    } finally {
      this.checking = false;
    }
  }

  /** A local table or setting changed: a pass soon picks it up. */
  localChanged(): void {
    this.schedule();
  }

  private schedule(): void {
    if (this.stopped || !this.mirror) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.runPass();
    }, this.options.debounceMs ?? 150);
  }

  /** Runs a pass now (or after the running one); resolves when the tables and the mirror agree. */
  runPass(): Promise<void> {
    if (this.again) return this.running;
    this.again = true;
    this.running = this.running.then(async () => {
      this.again = false;
      if (this.stopped || !this.mirror) return;
      try {
        await this.pass(this.mirror);
      } catch (error) {
        // A write that lost a race with replication (409) is picked up by the next pass.
        if ((error as { status?: number }).status === 409) this.schedule();
        else console.warn('Sigap: team sync pass failed', error);
      }
    });
    return this.running;
  }

  private async pass(mirror: PouchDB.Database): Promise<void> {
    const me = this.state.user ?? '';
    const now = this.now();
    const [docs, snapshot] = await Promise.all([readMirror(mirror), this.options.local.read(me)]);
    this.base ??= await readBase(mirror);
    const base = this.base;
    const nextBase: Record<string, BaseItems> = {};
    const writes: (PouchDB.Core.PutDocument<TeamDoc> | { _id: string; _rev: string; _deleted: true })[] = [];
    const localWrites: LocalWrite[] = [];
    let keptLocal = 0;
    let badIncoming = 0;
    let blockedByPrivate = 0;
    const ids = new Set([...docs.keys(), ...snapshot.docs.keys(), ...Object.keys(base)]);

    for (const docId of ids) {
      const kind = kindOf(docId);
      if (!kind) continue;
      const doc: MirrorDoc | undefined = docs.get(docId);
      const blocked = kind === 'snippet' ? snapshot.privateSnippetIds : undefined;
      if (blocked && doc && Object.keys(doc.items).some((k) => blocked.has(k))) blockedByPrivate++;
      const writable = canWrite(this.role, kind);
      const result = reconcile({
        docId,
        kind,
        local: snapshot.docs.get(docId) ?? {},
        remote: doc?.items ?? {},
        base: base[docId] ?? {},
        blocked,
        canWrite: writable,
        me,
        now,
      });
      keptLocal += result.refused.length;
      for (const write of result.local) {
        if (incomingOk(kind, write.key, write.entry, now)) localWrites.push(write);
        else badIncoming++;
      }
      if (Object.keys(result.base).length > 0) nextBase[docId] = result.base;
      if (!writable) continue;
      if (result.remote || (doc && doc.conflictRevs.length > 0)) {
        writes.push({
          _id: docId,
          ...(doc ? { _rev: doc.rev } : {}),
          kind,
          items: result.remote ?? doc?.items ?? {},
        });
        for (const rev of doc?.conflictRevs ?? []) writes.push({ _id: docId, _rev: rev, _deleted: true });
      }
    }

    await this.options.local.apply(localWrites, me);
    if (writes.length > 0) {
      const results = await mirror.bulkDocs(writes as PouchDB.Core.PutDocument<object>[]);
      if (results.some((r) => 'error' in r && r.error)) this.schedule();
      this.set({ pending: this.state.pending + writes.length });
    }
    this.base = nextBase;
    if (contentHash(nextBase) !== contentHash(base)) await writeBase(mirror, nextBase);
    this.set({ keptLocal, badIncoming, blockedByPrivate });
  }

  /** Stops replication; the tables and the mirror keep everything (disconnecting loses nothing). */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.sync?.cancel();
    this.sync = null;
    await this.running.catch(() => undefined);
    await this.mirror?.close().catch(() => undefined);
    await this.remote?.close().catch(() => undefined);
    this.mirror = null;
    this.remote = null;
    this.set({ status: 'off' });
  }
}
