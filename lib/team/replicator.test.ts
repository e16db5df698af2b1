// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type CouchServer, freePort, startCouchServer } from '../../tests/team/couch-server';
import { memorySettings } from '../../tests/team/memory-settings';
import { PouchDB } from '../../tests/team/pouch-node';
import { bucketOf, countProducts, getProduct, putProducts, readProducts } from '../db/product-store';
import { storeReplySamples } from '../db/reply-samples';
import { SigapDb, type StoredProduct, type StoredSnippet } from '../db/schema';
import { replySampleId } from '../reply-clock/samples';
import type { TeamConfig } from './connection';
import { dexieLocalSide } from './local-side';
import { mirrorName, TeamReplicator } from './replicator';
import type { TeamState } from './state';

// Two and three "browsers" in one process: each its own fake-indexeddb Dexie database, its own
// settings and its own PouchDB mirror, all replicating with one express-pouchdb server on 127.0.0.1.

const DB = 'toko-ani';
let server: CouchServer;

beforeAll(async () => {
  server = await startCouchServer();
  await server.setup(DB, [
    { name: 'ani', password: 'ani-pw', role: 'owner' },
    { name: 'dewi', password: 'dewi-pw', role: 'owner' },
    { name: 'budi', password: 'budi-pw', role: 'agent' },
  ]);
}, 40_000);
afterAll(async () => {
  await server?.stop();
});

interface Browser {
  db: SigapDb;
  settings: ReturnType<typeof memorySettings>;
  replicator: TeamReplicator;
  states: TeamState[];
  config: TeamConfig;
}

let seq = 0;
function browser(
  user: string,
  password: string,
  db = new SigapDb(`team-${user}-${++seq}`),
  settings = memorySettings(),
): Browser {
  const config = { url: server.url, database: DB, username: user, password };
  const states: TeamState[] = [];
  const replicator = new TeamReplicator({
    config,
    local: dexieLocalSide(db, settings),
    PouchDB,
    adapter: 'memory',
    onState: (s) => states.push(s),
    debounceMs: 20,
    pollMs: 1_000,
  });
  return { db, settings, replicator, states, config };
}

/** The same browser after its service worker restarted: same tables, same mirror, a new replicator. */
function restarted(b: Browser): Browser {
  const next = browser(b.config.username, b.config.password, b.db, b.settings);
  return { ...next, config: b.config };
}

async function until<T>(what: string, probe: () => Promise<T | undefined | false>, ms = 15_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const products = (n: number, at: number): StoredProduct[] =>
  Array.from({ length: n }, (_, i) => ({
    sku: `SKU-${i}`,
    name: `Kaos polos ${i}`,
    price: 45000 + i,
    stock: i % 7,
    variants: [],
    updatedAt: at,
  }));

const snippet = (id: string, body: string, scope: 'tim' | 'pribadi', at: number): StoredSnippet => ({
  id,
  title: id,
  category: 'Sapaan',
  body,
  trigger: `/${id}`,
  hotkey: null,
  lang: 'id',
  order: 0,
  useCount: 0,
  updatedAt: at,
  scope,
});

/** Counts the products a browser's passes take out of its catalog table (whole-table and by bucket). */
function countCatalogReads(db: SigapDb) {
  const table = db.productBuckets;
  const toArray = table.toArray.bind(table);
  const bulkGet = table.bulkGet.bind(table);
  const counter = { products: 0, wholeTable: 0 };
  const sum = (rows: ({ products: unknown[] } | undefined)[]) =>
    rows.reduce((n, row) => n + (row?.products.length ?? 0), 0);
  const spies = [
    vi.spyOn(table, 'toArray').mockImplementation((async () => {
      const rows = await toArray();
      counter.wholeTable++;
      counter.products += sum(rows);
      return rows;
    }) as never),
    vi.spyOn(table, 'bulkGet').mockImplementation((async (keys: number[]) => {
      const rows = await bulkGet(keys);
      counter.products += sum(rows);
      return rows;
    }) as never),
  ];
  return {
    counter,
    restore: () => {
      for (const spy of spies) spy.mockRestore();
    },
  };
}

describe('team sync against a local CouchDB-compatible server', () => {
  let ani: Browser;
  let budi: Browser;

  it('shares the catalog, team snippets and settings from the owner to an agent, never a private snippet', async () => {
    ani = browser('ani', 'ani-pw');
    budi = browser('budi', 'budi-pw');
    await putProducts(ani.db, products(300, 1_000));
    await ani.db.snippets.bulkPut([
      snippet('tim-salam', 'Halo kak, dari tim', 'tim', 1_000),
      snippet('rahasia', 'catatan pribadi Ani', 'pribadi', 1_000),
    ]);
    await ani.settings.write({ answerTemplate: '{nama} — {harga}' });
    await budi.db.snippets.put(snippet('punya-budi', 'pribadi Budi', 'pribadi', 1_000));

    expect((await ani.replicator.start()).role).toBe('owner');
    expect((await budi.replicator.start()).role).toBe('agent');

    await until('the catalog on B', async () => (await countProducts(budi.db)) === 300);
    expect((await getProduct(budi.db, 'SKU-5'))?.updatedBy).toBe('ani');
    await until('the team snippet on B', () => budi.db.snippets.get('tim-salam'));
    await until(
      'the answer template on B',
      async () => budi.settings.value.answerTemplate === '{nama} — {harga}',
    );
    expect(await budi.db.snippets.get('rahasia')).toBeUndefined();
    // Nor did either private snippet reach the server.
    expect((await server.request('GET', `${DB}/snippet:rahasia`)).status).toBe(404);
    expect((await server.request('GET', `${DB}/snippet:punya-budi`)).status).toBe(404);
    expect(await ani.db.snippets.get('punya-budi')).toBeUndefined();
    await until('A connected', async () => ani.replicator.current.status === 'connected');
    expect(ani.replicator.current.lastSyncAt).not.toBeNull();
  }, 30_000);

  it('carries an owner’s edit to the agent within seconds', async () => {
    const started = Date.now();
    await ani.db.snippets.update('tim-salam', { body: 'Halo kak, versi 2', updatedAt: Date.now() });
    await putProducts(ani.db, [
      { ...products(1, 0)[0], sku: 'SKU-1', price: 99_000, updatedAt: Date.now() } as StoredProduct,
    ]);
    ani.replicator.localChanged();
    await until(
      'the edit on B',
      async () => (await budi.db.snippets.get('tim-salam'))?.body === 'Halo kak, versi 2',
    );
    await until('the price on B', async () => (await getProduct(budi.db, 'SKU-1'))?.price === 99_000);
    expect(Date.now() - started).toBeLessThan(3_000);
  }, 20_000);

  it('reads only the catalog buckets that changed (change stamps), not the whole catalog per pass', async () => {
    // The previous test's price edit settles first (B reads that bucket once more after writing it).
    const settled = Date.now();
    await until('an exchange on both', async () =>
      [ani, budi].every((b) => (b.replicator.current.lastSyncAt ?? 0) > settled),
    );
    const reads = [countCatalogReads(ani.db), countCatalogReads(budi.db)];
    try {
      await ani.db.snippets.update('tim-salam', { body: 'Halo kak, versi 3', updatedAt: Date.now() });
      ani.replicator.localChanged();
      await until(
        'the edit on B',
        async () => (await budi.db.snippets.get('tim-salam'))?.body === 'Halo kak, versi 3',
      );
      // Let both run one more full exchange, so every pass of the round is counted.
      const after = Date.now();
      await until('a later exchange on both', async () =>
        [ani, budi].every((b) => (b.replicator.current.lastSyncAt ?? 0) > after),
      );
      // No product changed: not one product was read (the whole catalog was read on every pass).
      expect(reads.map((r) => r.counter)).toEqual([
        { products: 0, wholeTable: 0 },
        { products: 0, wholeTable: 0 },
      ]);

      await putProducts(ani.db, [{ ...(await getProduct(ani.db, 'SKU-7')), price: 7 } as StoredProduct]);
      const written = reads[0]!.counter.products;
      ani.replicator.localChanged();
      await until('the price on B', async () => (await getProduct(budi.db, 'SKU-7'))?.price === 7);
      // One bucket of about 300/256 products, read a few times (the pass, the write, the next pass).
      const bucketSize = (await budi.db.productBuckets.get(bucketOf('SKU-7')))!.products.length;
      expect(reads[0]!.counter.products - written).toBeLessThanOrEqual(4 * bucketSize);
      expect(reads[1]!.counter.products).toBeLessThanOrEqual(4 * bucketSize);
      expect(reads.map((r) => r.counter.wholeTable)).toEqual([0, 0]);
    } finally {
      for (const r of reads) r.restore();
    }
  }, 20_000);

  it('shares each agent’s reply samples, tagged with the agent', async () => {
    const buyerAt = Date.now() - 60_000;
    const replyAt = Date.now() - 30_000;
    await storeReplySamples(budi.db, [
      {
        id: replySampleId('shopee', 'c1', buyerAt, replyAt),
        marketplace: 'shopee',
        conversationId: 'c1',
        buyerAt,
        replyAt,
        latencyMs: replyAt - buyerAt,
        latencyWithinHoursMs: null,
        firstReply: true,
      },
    ]);
    budi.replicator.localChanged();
    const onA = await until('B’s sample on A', async () =>
      (await ani.db.replySamples.toArray()).find((s) => s.agent === 'budi'),
    );
    expect(onA.conversationId).toBe('c1');
    expect(onA.id.endsWith('@budi')).toBe(true);
  }, 20_000);

  it('refuses an agent’s forged write at the server and says so; the owner never sees it', async () => {
    // Straight over HTTP with the agent's login...
    const direct = await server.request(
      'PUT',
      `${DB}/snippet:forged`,
      { kind: 'snippet', items: {} },
      { username: 'budi', password: 'budi-pw' },
    );
    expect(direct.status).toBe(403);
    expect(String(direct.json.reason)).toContain('sigap:owner-only');
    // ...and through replication from a tampered mirror (what a modified extension would do).
    // The memory adapter shares a database by name within the process: this is B's own mirror.
    const mirror = new PouchDB(mirrorName(budi.config), { adapter: 'memory' });
    await mirror.put({
      _id: 'snippet:forged',
      kind: 'snippet',
      items: {
        forged: {
          v: { ...snippet('forged', 'Transfer ke rekening 123', 'tim', 5) },
          at: Date.now(),
          by: 'budi',
        },
      },
    });
    budi.replicator.localChanged();
    const refused = await until('the refusal on B', async () => budi.replicator.current.refused ?? undefined);
    expect(refused).toMatchObject({ code: 'owner-only', docId: 'snippet:forged' });
    expect((await server.request('GET', `${DB}/snippet:forged`)).status).toBe(404);
    await new Promise((r) => setTimeout(r, 300));
    expect(await ani.db.snippets.get('forged')).toBeUndefined();
  }, 20_000);

  it('keeps an agent’s own edit of a team snippet local and counts it', async () => {
    await budi.db.snippets.update('tim-salam', { body: 'Budi mengubah ini', updatedAt: Date.now() });
    budi.replicator.localChanged();
    await until('the kept-local count', async () => budi.replicator.current.keptLocal > 0);
    const onServer = await server.request('GET', `${DB}/snippet:tim-salam`);
    expect(JSON.stringify(onServer.json)).not.toContain('Budi mengubah ini');
  }, 20_000);

  it('converges after two owners edit the same items offline, and resumes from its checkpoint after a restart', async () => {
    let dewi = browser('dewi', 'dewi-pw');
    await dewi.replicator.start();
    await until('the catalog on D', async () => (await countProducts(dewi.db)) === 300);
    const current = (await ani.db.snippets.get('tim-salam'))?.body;
    await until('the snippet on D', async () => (await dewi.db.snippets.get('tim-salam'))?.body === current);
    await ani.replicator.stop();
    await dewi.replicator.stop();

    // Offline on both: the same snippet edited on each (Dewi later), a product deleted by Ani after
    // Dewi edited it, another product edited by both (Ani later).
    const t = Date.now();
    await ani.db.snippets.update('tim-salam', { body: 'Ani offline', updatedAt: t + 1 });
    await dewi.db.snippets.update('tim-salam', { body: 'Dewi offline', updatedAt: t + 2 });
    await putProducts(dewi.db, [
      { ...(await getProduct(dewi.db, 'SKU-2')), price: 1, updatedAt: t + 1 } as StoredProduct,
    ]);
    await ani.db.transaction('rw', ani.db.productBuckets, async () => {
      const { ProductWrite } = await import('../db/product-store');
      const write = await ProductWrite.load(ani.db, ['SKU-2']);
      write.delete('SKU-2');
      await write.save();
    });
    await putProducts(ani.db, [
      { ...(await getProduct(ani.db, 'SKU-3')), price: 333, updatedAt: t + 5 } as StoredProduct,
    ]);
    await putProducts(dewi.db, [
      { ...(await getProduct(dewi.db, 'SKU-3')), price: 444, updatedAt: t + 4 } as StoredProduct,
    ]);

    ani = restarted(ani);
    dewi = restarted(dewi);
    await ani.replicator.start();
    await dewi.replicator.start();
    for (const b of [ani, dewi, budi]) {
      await until(
        `the snippet converged for ${b.config.username}`,
        async () => (await b.db.snippets.get('tim-salam'))?.body === 'Dewi offline',
      );
      await until(
        `the delete for ${b.config.username}`,
        async () => (await getProduct(b.db, 'SKU-2')) === undefined,
      );
      await until(
        `SKU-3 for ${b.config.username}`,
        async () => (await getProduct(b.db, 'SKU-3'))?.price === 333,
      );
    }
    const [a, d] = [await readProducts(ani.db), await readProducts(dewi.db)];
    expect(a.length).toBe(299);
    expect(d.map((p) => `${p.sku}:${p.price}`).sort()).toEqual(a.map((p) => `${p.sku}:${p.price}`).sort());
    // The restarted replicators resumed from their checkpoints: a few documents, not the catalog again.
    expect(ani.replicator.current.received).toBeLessThan(20);
    await dewi.replicator.stop();
  }, 40_000);

  it('says a wrong password, a server that is down and a deleted database clearly, and keeps local data', async () => {
    const wrong = browser('budi', 'not-the-password', budi.db);
    expect(await wrong.replicator.start()).toMatchObject({ status: 'error', problem: 'wrong-login' });
    const down = new TeamReplicator({
      config: {
        url: `http://127.0.0.1:${await freePort()}`,
        database: DB,
        username: 'ani',
        password: 'ani-pw',
      },
      local: dexieLocalSide(ani.db, ani.settings),
      PouchDB,
      adapter: 'memory',
    });
    expect(await down.start()).toMatchObject({ status: 'offline', problem: 'server-down' });
    const before = await countProducts(budi.db);
    await server.request('DELETE', DB);
    // The next exchange now (as the wake alarm or a local edit would ask): on a loaded machine an
    // earlier slow request can leave B in a backoff wait longer than this test's patience.
    budi.replicator.localChanged();
    // Given 30 s and its state in the failure: it once timed out at 15 s in a loaded CI run.
    await until(
      'the deleted database reported',
      async () => budi.replicator.current.problem === 'no-database',
      30_000,
    ).catch((error: Error) => {
      throw new Error(`${error.message}; B's state then: ${JSON.stringify(budi.replicator.current)}`);
    });
    expect(budi.replicator.current.status).toBe('error');
    expect(await countProducts(budi.db)).toBe(before);
    expect(await budi.db.snippets.get('tim-salam')).toBeDefined();
    await budi.replicator.stop();
    await ani.replicator.stop();
  }, 50_000);
});
