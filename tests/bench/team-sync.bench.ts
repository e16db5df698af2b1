// Team sync benchmark (issue 13): `npx tsx tests/bench/team-sync.bench.ts [size]` (default 50k).
// Starts the CouchDB stand-in (express-pouchdb, in memory, tests/team/couch-server.ts) on
// 127.0.0.1, an owner browser A with `size` products, then a fresh agent browser B, and measures:
//   - A's first upload of the catalog;
//   - B's first sync (goal ≤ 60 s at 50k), with its progress;
//   - one team snippet edited on A until it is in B's table (goal ≤ 3 s, both online);
//   - the sync layer's storage: the mirror's documents against the Dexie buckets, as JSON bytes.
// Each browser is a fake-indexeddb Dexie database with a PouchDB memory mirror in this Node process,
// so the figures are the protocol's and the reconcile's, not Chromium IndexedDB's.
import 'fake-indexeddb/auto';
import { fakeBrowser } from '@webext-core/fake-browser';

(globalThis as { chrome?: unknown }).chrome = fakeBrowser;
(globalThis as { browser?: unknown }).browser = fakeBrowser;

const { countProducts, putProducts } = await import('../../lib/db/product-store');
const { SigapDb } = await import('../../lib/db/schema');
const { dexieLocalSide } = await import('../../lib/team/local-side');
const { TeamReplicator, mirrorName } = await import('../../lib/team/replicator');
const { startCouchServer } = await import('../team/couch-server');
const { memorySettings } = await import('../team/memory-settings');
const { PouchDB } = await import('../team/pouch-node');
const { generateCatalog } = await import('./catalog-data');

const size = Number(process.argv[2]?.replace(/k$/i, '000') ?? 50_000);
const GOAL = { firstSyncMs: 60_000, editMs: 3_000 };
const DB = 'bench-shop';

async function until(what: string, probe: () => Promise<boolean>, ms: number, every = 50): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error(`timed out: ${what}`);
    await new Promise((r) => setTimeout(r, every));
  }
}

const server = await startCouchServer();
try {
  await server.setup(DB, [
    { name: 'ani', password: 'ani-pw', role: 'owner' },
    { name: 'budi', password: 'budi-pw', role: 'agent' },
  ]);
  const browserOf = (user: string, password: string) => {
    const db = new SigapDb(`bench-${user}`);
    const config = { url: server.url, database: DB, username: user, password };
    const replicator = new TeamReplicator({
      config,
      local: dexieLocalSide(db, memorySettings()),
      PouchDB,
      adapter: 'memory',
    });
    return { db, config, replicator };
  };

  const a = browserOf('ani', 'ani-pw');
  const now = Date.now();
  await putProducts(
    a.db,
    generateCatalog(size).map((p) => ({ ...p, updatedAt: now })),
  );
  await a.db.snippets.put({
    id: 'tim-salam',
    title: 'Salam',
    category: 'Sapaan',
    body: 'Halo kak',
    trigger: '/salam',
    hotkey: null,
    lang: 'id',
    order: 0,
    useCount: 0,
    updatedAt: now,
    scope: 'tim',
  });
  let t = performance.now();
  await a.replicator.start();
  await until(
    'A uploaded',
    async () => a.replicator.current.status === 'connected' && a.replicator.current.pending === 0,
    300_000,
  );
  const uploadMs = performance.now() - t;

  const b = browserOf('budi', 'budi-pw');
  const progress: string[] = [];
  t = performance.now();
  await b.replicator.start();
  await until(
    'B has the catalog',
    async () => {
      const n = await countProducts(b.db);
      if (progress.length === 0 || !progress.at(-1)?.endsWith(` ${n}`))
        progress.push(`${Math.round(performance.now() - t)} ms ${n}`);
      return n === size;
    },
    300_000,
    200,
  );
  const firstSyncMs = performance.now() - t;

  await until('B idle', async () => b.replicator.current.status === 'connected', 30_000);
  t = performance.now();
  await a.db.snippets.update('tim-salam', { body: 'Halo kak, versi 2', updatedAt: Date.now() });
  a.replicator.localChanged();
  await until(
    'the edit on B',
    async () => {
      if (process.env.BENCH_DEBUG)
        console.log(
          JSON.stringify([
            a.replicator.current.status,
            a.replicator.current.pending,
            b.replicator.current.status,
            b.replicator.current.received,
            (await b.db.snippets.get('tim-salam'))?.body,
          ]),
        );
      return (await b.db.snippets.get('tim-salam'))?.body === 'Halo kak, versi 2';
    },
    30_000,
    500,
  );
  const editMs = performance.now() - t;

  const mirror = new PouchDB(mirrorName(b.config), { adapter: 'memory' });
  const docs = await mirror.allDocs({ include_docs: true });
  const mirrorBytes = docs.rows.reduce((sum, row) => sum + JSON.stringify(row.doc).length, 0);
  const dexieBytes = (await b.db.productBuckets.toArray()).reduce(
    (sum, bucket) => sum + JSON.stringify(bucket).length,
    0,
  );

  console.log(`products: ${size}, documents: ${docs.rows.length}`);
  console.log(`A first upload: ${Math.round(uploadMs)} ms`);
  console.log(
    `B first sync: ${Math.round(firstSyncMs)} ms (goal ≤ ${GOAL.firstSyncMs}) ${firstSyncMs <= GOAL.firstSyncMs ? 'OK' : 'OVER'}`,
  );
  console.log(
    `  progress (ms products): ${progress.slice(0, 12).join(' · ')}${progress.length > 12 ? ' · …' : ''}`,
  );
  console.log(
    `snippet edit A → B: ${Math.round(editMs)} ms (goal ≤ ${GOAL.editMs}) ${editMs <= GOAL.editMs ? 'OK' : 'OVER'}`,
  );
  console.log(
    `storage: mirror ${(mirrorBytes / 1e6).toFixed(1)} MB of JSON beside Dexie's ${(dexieBytes / 1e6).toFixed(1)} MB (+${Math.round((100 * mirrorBytes) / dexieBytes)} %)`,
  );
  // A goal missed fails `npm run bench`, as the other benches do.
  if (firstSyncMs > GOAL.firstSyncMs || editMs > GOAL.editMs) process.exitCode = 1;
  await a.replicator.stop();
  await b.replicator.stop();
} finally {
  await server.stop();
}
