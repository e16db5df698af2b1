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
import {
  type MirrorDoc,
  readBase,
  readMirror,
  readOutbox,
  readRevisions,
  writeBase,
  writeOutbox,
} from './mirror';
import { TEAM_OFF, type TeamState } from './state';
import type { BaseItems, DocKind, LocalItems, LocalWrite, TeamDoc, TeamRole } from './types';
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
  /** The pause between two exchanges with the server while nothing changes here. */
  pollMs?: number;
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

/**
 * A fingerprint of a document's local rows. The small kinds by their full content; the catalog's
 * buckets by their change stamps instead (LocalSnapshot.productStamps), without reading them.
 */
function localSignature(items: LocalItems): string {
  return contentHash(items);
}

function canWrite(role: TeamRole, kind: DocKind): boolean {
  return role === 'owner' || kind === 'sample';
}

export class TeamReplicator {
  private state: TeamState;
  private mirror: PouchDB.Database | null = null;
  private remote: PouchDB.Database | null = null;
  private looping: Promise<void> = Promise.resolve();
  private wake: (() => void) | null = null;
  private failures = 0;
  /** A local change arrived during an exchange: the next one starts at once. */
  private dirty = false;
  private base: Record<string, BaseItems> | null = null;
  /** Per document, what its mirror revision and local rows looked like when a pass last found them agreed. */
  private readonly agreed = new Map<string, string>();
  private role: TeamRole = 'agent';
  private timer: ReturnType<typeof setTimeout> | null = null;
  private running: Promise<void> = Promise.resolve();
  private again = false;
  private stopped = false;

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
    const [mirror, remote] = [this.mirror, this.remote];
    this.looping = this.loop(mirror, remote);
    return this.state;
  }

  /**
   * One exchange: this browser's rows into the mirror, the mirror's changes up, the server's down,
   * and what came down into the rows. Each direction is a one-shot PouchDB replication from its
   * checkpoint. Not PouchDB's live mode: its long-poll request held open forever would keep an MV3
   * service worker from ever sleeping, and a worker Chrome stops anyway mid-request would leave the
   * state saying "connected"; a short cycle every few seconds (at once after a local change) keeps
   * an edit visible elsewhere within the 3 s goal and resumes from the checkpoints after a restart.
   */
  private async cycle(mirror: PouchDB.Database, remote: PouchDB.Database): Promise<void> {
    this.set({ status: 'syncing' });
    await this.runPass();
    // Pushes and passes take turns, so a push never reads the mirror halfway through a pass.
    await this.exclusive(() => this.flushOutbox(mirror, remote));
    await this.exclusive(() => this.push(mirror, remote));
    const pull = mirror.replicate.from(remote, { batch_size: 50 });
    pull.on('change', (info) => {
      // A large first sync shows its progress and fills the tables as it goes.
      this.set({ received: this.state.received + info.docs.length });
      for (const doc of info.docs as { _id?: string }[]) if (doc._id) this.agreed.delete(doc._id);
      this.schedule();
    });
    const pulled = await pull;
    if (pulled.docs_written > 0) await this.runPass();
    this.failures = 0;
    this.set({ status: 'connected', problem: null, lastSyncAt: this.now() });
  }

  /**
   * Sends every document a pass wrote, by id, with its revision history (what replication sends),
   * then forgets the ids the server took. The outbox is a `_local` document, so edits made offline
   * survive a stopped worker, and its size is the state's `pending` (a count PouchDB's one-shot
   * replication does not give). The push replication that follows sends anything else.
   */
  private async flushOutbox(mirror: PouchDB.Database, remote: PouchDB.Database): Promise<void> {
    const outbox = await readOutbox(mirror);
    if (outbox.length === 0) return;
    const docs: object[] = [];
    for (const id of outbox) {
      const leaves = await mirror.get(id, { revs: true, open_revs: 'all' }).catch(() => []);
      for (const leaf of leaves as unknown as { ok?: object }[]) if (leaf.ok) docs.push(leaf.ok);
    }
    const results = await remote.bulkDocs(docs as PouchDB.Core.PutDocument<object>[], { new_edits: false });
    for (const result of results) {
      if (!result.error) continue;
      const id = String(result.id ?? '');
      this.set({ refused: { code: refusalCode(result.reason) ?? 'refused', docId: id, at: this.now() } });
    }
    // A refused document is not offered again: the server's answer will not change by itself.
    await writeOutbox(mirror, []);
    this.set({ pending: 0 });
  }

  private async push(mirror: PouchDB.Database, remote: PouchDB.Database): Promise<void> {
    const push = mirror.replicate.to(remote, { batch_size: 50 });
    push.on('denied', (error: unknown) => {
      // One-shot replication reports the server's error itself; live sync wraps it in `doc`.
      const raw = error as { id?: string; reason?: string; doc?: { id?: string; reason?: string } };
      const denied = raw.doc ?? raw;
      this.set({
        refused: {
          code: refusalCode(denied.reason) ?? 'refused',
          docId: String(denied.id ?? ''),
          at: this.now(),
        },
      });
    });
    await push;
  }

  /** Runs `task` after everything queued before it, and before anything queued after it. */
  private exclusive(task: () => Promise<void>): Promise<void> {
    const next = this.running.then(task);
    this.running = next.catch(() => undefined);
    return next;
  }

  private async loop(mirror: PouchDB.Database, remote: PouchDB.Database): Promise<void> {
    while (!this.stopped) {
      let wait = this.options.pollMs ?? 1_500;
      this.dirty = false;
      try {
        await this.cycle(mirror, remote);
      } catch (error) {
        if (this.stopped) return;
        const fatal = await this.recheck(error);
        if (fatal) return;
        this.failures++;
        wait = Math.min(60_000, 1_000 * 2 ** Math.min(this.failures, 6));
      }
      if (this.dirty) wait = 0;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, wait);
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.wake = null;
    }
  }

  /** An exchange failed: find out why. Returns true when retrying cannot help (replication stops). */
  private async recheck(_error: unknown): Promise<boolean> {
    const check = await checkConnection(this.options.config, this.options.fetch);
    if (this.stopped) return true;
    if (check.ok) {
      this.set({ status: 'offline', problem: null });
      return false;
    }
    const fatal = FATAL.has(check.problem);
    this.set({ status: fatal ? 'error' : 'offline', problem: check.problem });
    return fatal;
  }

  /** A local table or setting changed: a pass soon picks it up. */
  localChanged(): void {
    this.dirty = true;
    this.schedule();
    this.wake?.();
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
    const [revisions, snapshot] = await Promise.all([readRevisions(mirror), this.options.local.read(me)]);
    this.base ??= await readBase(mirror);
    const base = this.base;
    const nextBase: Record<string, BaseItems> = {};
    const writes: (PouchDB.Core.PutDocument<TeamDoc> | { _id: string; _rev: string; _deleted: true })[] = [];
    const localWrites: LocalWrite[] = [];
    let keptLocal = 0;
    let badIncoming = 0;
    let blockedByPrivate = 0;
    let baseChanged = false;
    const ids = new Set([
      ...revisions.keys(),
      ...snapshot.docs.keys(),
      ...snapshot.productStamps.keys(),
      ...Object.keys(base),
    ]);
    // Unchanged on both sides since a pass last found them agreed: not read, not reconciled. The
    // catalog's buckets are compared by their change stamps, so a pass reads only the buckets that
    // changed (reading and hashing all of a 50,000-product catalog took seconds on every pass).
    const signatures = new Map<string, string>();
    const wanted: string[] = [];
    const wantedLocal: string[] = [];
    for (const docId of ids) {
      const kind = kindOf(docId);
      if (!kind) continue;
      const localPart =
        kind === 'products'
          ? (snapshot.productStamps.get(docId) ?? '-')
          : localSignature(snapshot.docs.get(docId) ?? {});
      const signature = `${revisions.get(docId) ?? '-'}|${localPart}`;
      signatures.set(docId, signature);
      if (this.agreed.get(docId) === signature && base[docId]) {
        nextBase[docId] = base[docId];
        continue;
      }
      if (revisions.has(docId)) wanted.push(docId);
      if (kind === 'products' && snapshot.productStamps.has(docId)) wantedLocal.push(docId);
    }
    const [docs, localProducts] = await Promise.all([
      readMirror(mirror, wanted),
      this.options.local.readProducts(wantedLocal),
    ]);
    for (const [docId, items] of localProducts) snapshot.docs.set(docId, items);

    for (const docId of ids) {
      const kind = kindOf(docId);
      if (!kind) continue;
      const doc: MirrorDoc | undefined = docs.get(docId);
      const signature = signatures.get(docId);
      if (signature === undefined || nextBase[docId]) continue;
      const localItems = snapshot.docs.get(docId) ?? {};
      const blocked = kind === 'snippet' ? snapshot.privateSnippetIds : undefined;
      const blockedHit = Boolean(blocked && doc && Object.keys(doc.items).some((k) => blocked.has(k)));
      if (blockedHit) blockedByPrivate++;
      const writable = canWrite(this.role, kind);
      const result = reconcile({
        docId,
        kind,
        local: localItems,
        remote: doc?.items ?? {},
        base: base[docId] ?? {},
        blocked,
        canWrite: writable,
        me,
        now,
      });
      keptLocal += result.refused.length;
      const settled = result.local.length === 0 && !result.remote && !(doc && doc.conflictRevs.length > 0);
      // Documents the state counts (kept local, blocked) are looked at again every pass.
      if (settled && result.refused.length === 0 && !blockedHit) this.agreed.set(docId, signature);
      else this.agreed.delete(docId);
      for (const write of result.local) {
        if (incomingOk(kind, write.key, write.entry, now)) localWrites.push(write);
        else badIncoming++;
      }
      if (Object.keys(result.base).length > 0) nextBase[docId] = result.base;
      if (contentHash(nextBase[docId] ?? null) !== contentHash(base[docId] ?? null)) baseChanged = true;
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
      const outbox = new Set([...(await readOutbox(mirror)), ...writes.map((w) => w._id)]);
      await writeOutbox(mirror, [...outbox]);
      this.set({ pending: outbox.size });
    }
    this.base = nextBase;
    if (baseChanged) await writeBase(mirror, nextBase);
    this.set({ keptLocal, badIncoming, blockedByPrivate });
  }

  /** Stops replication; the tables and the mirror keep everything (disconnecting loses nothing). */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.wake?.();
    await this.looping.catch(() => undefined);
    await this.running.catch(() => undefined);
    await this.mirror?.close().catch(() => undefined);
    await this.remote?.close().catch(() => undefined);
    this.mirror = null;
    this.remote = null;
    this.set({ status: 'off' });
  }
}
