import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type {
  StoredProduct,
  StoredProductBucket,
  StoredReplySample,
  StoredSnippet,
} from '../../lib/db/schema';
import type { TeamState } from '../../lib/team/state';
import { type CouchServer, startCouchServer } from '../team/couch-server';
import { startProxy, type UnpluggableProxy } from '../team/unpluggable-proxy';
import { type ExtensionBrowser, launchWithExtension, sidebarFrame } from './support/extension';
import './support/sim-state';
import { chatBox, sendWithEnter } from './support/chat-box';
import { SHOPEE_CHAT_URL } from './support/simulators';
import { type TeamExtensionDir, teamExtensionDir } from './support/team-extension';

// Team sync (issue 13) in two real Chromium profiles, each with the built extension, replicating
// through PouchDB's idb adapter inside the MV3 service worker with express-pouchdb on 127.0.0.1:
// browser A (ani, owner) and browser B (dewi, a second owner of the same shop). Each browser reaches
// the server through its own relay (tests/team/unpluggable-proxy.ts), so one can go offline while the
// in-memory server keeps its data.
//
// The server's origin is an optional host permission asked for at run time; automation cannot click
// Chrome's prompt, so the extension here is the normal build with the test server's host granted at
// install (support/team-extension.ts says why and how; the shipped manifest is unchanged). The Tim
// panel's own click path still runs: `permissions.request` then answers yes without a prompt.

const DB = 'toko-tim';
const USERS = {
  ani: { name: 'ani', password: 'ani-pw', role: 'owner' as const },
  dewi: { name: 'dewi', password: 'dewi-pw', role: 'owner' as const },
  budi: { name: 'budi', password: 'budi-pw', role: 'agent' as const },
};
const FIXTURE = resolve(import.meta.dirname, '../fixtures/catalog/tokopedia-export.csv');

interface Side {
  browser: ExtensionBrowser;
  proxy: UnpluggableProxy;
  /** An options page kept open for reading the extension's own database. */
  page: Page;
}

let server: CouchServer;
let extension: TeamExtensionDir;
let a: Side;
let b: Side;

async function side(): Promise<Side> {
  const browser = await launchWithExtension(extension.dir);
  const proxy = await startProxy(server.url);
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/options.html#pengaturan`);
  return { browser, proxy, page };
}

beforeAll(async () => {
  extension = teamExtensionDir();
  server = await startCouchServer();
  await server.setup(DB, Object.values(USERS));
  [a, b] = await Promise.all([side(), side()]);
});
afterAll(async () => {
  await Promise.all([a?.browser.close(), b?.browser.close()]);
  await Promise.all([a?.proxy.close(), b?.proxy.close()]);
  await server?.stop();
  extension?.remove();
});

/** Every row of one table of the extension's IndexedDB database, read from its options page. */
function table<T>(s: Side, name: string): Promise<T[]> {
  return s.page.evaluate(async (store) => {
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      const request = indexedDB.open('sigap');
      request.onsuccess = () => ok(request.result);
      request.onerror = () => fail(request.error);
    });
    try {
      if (!db.objectStoreNames.contains(store)) return [];
      return await new Promise<unknown[]>((ok, fail) => {
        const request = db.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => ok(request.result);
        request.onerror = () => fail(request.error);
      });
    } finally {
      db.close();
    }
  }, name) as Promise<T[]>;
}

const products = async (s: Side) =>
  (await table<StoredProductBucket>(s, 'productBuckets')).flatMap((bucket) => bucket.products);
const snippet = async (s: Side, id: string) =>
  (await table<StoredSnippet>(s, 'snippets')).find((row) => row.id === id);

function teamState(s: Side): Promise<TeamState> {
  return s.page.evaluate(async () => {
    const { chrome } = globalThis as unknown as {
      chrome: { storage: { local: { get(key: string): Promise<Record<string, TeamState>> } } };
    };
    return (await chrome.storage.local.get('teamState')).teamState as TeamState;
  });
}

/**
 * Writes rows straight into one store of the extension's database and bumps the version key that
 * store's writers bump (what the background watches to start a sync pass), as lib/db's writers do.
 * A product bucket gets a new change stamp, as every Dexie write of one does (lib/db/bucket-stamps.ts):
 * this raw write stands in for the Katalog editor, and a bucket written with its old stamp would
 * look unchanged to team sync.
 */
function writeRows(s: Side, store: string, rows: object[], versionKey: string, deleteKeys: unknown[] = []) {
  return s.page.evaluate(
    async ({ store, rows, versionKey, deleteKeys }) => {
      const db = await new Promise<IDBDatabase>((ok, fail) => {
        const request = indexedDB.open('sigap');
        request.onsuccess = () => ok(request.result);
        request.onerror = () => fail(request.error);
      });
      await new Promise<void>((ok, fail) => {
        const tx = db.transaction(store, 'readwrite');
        for (const key of deleteKeys) tx.objectStore(store).delete(key as IDBValidKey);
        for (const row of rows) {
          const stamped = store === 'productBuckets' ? { ...row, stamp: Date.now() + Math.random() } : row;
          tx.objectStore(store).put(stamped);
        }
        tx.oncomplete = () => ok();
        tx.onerror = () => fail(tx.error);
      });
      db.close();
      const { chrome } = globalThis as unknown as {
        chrome: { storage: { local: { set(items: object): Promise<void> } } };
      };
      await chrome.storage.local.set({ [versionKey]: Date.now() });
    },
    { store, rows, versionKey, deleteKeys },
  );
}

/** Resolves once the browser has finished one more exchange with the server than it had now. */
async function nextSync(s: Side) {
  const before = (await teamState(s)).lastSyncAt ?? 0;
  await expect
    .poll(async () => (await teamState(s)).lastSyncAt ?? 0, { timeout: 10_000 })
    .toBeGreaterThan(before);
}

async function connect(s: Side, user: keyof typeof USERS) {
  const { page } = s;
  await page.getByLabel('Alamat server').fill(s.proxy.url);
  await page.getByLabel('Nama database toko').fill(DB);
  await page.getByLabel('Nama pengguna').fill(USERS[user].name);
  await page.getByLabel('Kata sandi').fill(USERS[user].password);
  // A real click: `permissions.request` needs the user gesture it carries.
  await page.getByRole('button', { name: 'Hubungkan' }).click();
  await expect
    .poll(() => page.getByTestId('team-state').textContent(), { timeout: 15_000 })
    .toContain(`Tersambung · ${user} (pemilik) di ${DB}`);
}

async function createSnippet(s: Side, title: string, trigger: string, body: string) {
  const { page } = await s.browser.open(`chrome-extension://${s.browser.extensionId}/options.html#snippet`);
  await page.getByRole('button', { name: '+ Template baru' }).click();
  const form = page.getByRole('form', { name: 'Template baru' });
  await form.getByLabel('Judul').fill(title);
  await form.getByLabel('Kategori').selectOption({ label: 'Produk' });
  await form.getByLabel('Isi template').fill(body);
  await form.getByLabel('Pemicu').fill(trigger);
  await form.getByRole('button', { name: 'Simpan template' }).click();
  await page
    .getByRole('status')
    .filter({ hasText: `Template ${title} disimpan.` })
    .waitFor();
  await page.close();
  const row = (await table<StoredSnippet>(s, 'snippets')).find((r) => r.title === title);
  if (!row) throw new Error(`snippet ${title} was not stored`);
  return row;
}

const sim = (page: Page) => page.evaluate(() => window.__sim.state());

it('connects both browsers from Pengaturan › Tim (the click path asks for the server origin)', async () => {
  await Promise.all([connect(a, 'ani'), connect(b, 'dewi')]);
  const granted = await a.page.evaluate(
    (origin) =>
      (
        globalThis as unknown as {
          chrome: { permissions: { contains(p: object): Promise<boolean> } };
        }
      ).chrome.permissions.contains({ origins: [origin] }),
    `${a.proxy.url}/*`,
  );
  expect(granted).toBe(true);
  // The wake that keeps syncing while Chrome has stopped the worker (lib/team/wake-alarm.ts).
  const alarm = await b.page.evaluate(() =>
    (
      globalThis as unknown as {
        chrome: { alarms: { get(name: string): Promise<{ periodInMinutes?: number } | undefined> } };
      }
    ).chrome.alarms.get('sigap-team-wake'),
  );
  expect(alarm?.periodInMinutes).toBe(0.5);
});

it('a catalog imported in A is searchable in B’s sidebar within seconds', async () => {
  const { page, errors } = await a.browser.open(
    `chrome-extension://${a.browser.extensionId}/options.html#katalog`,
  );
  await page.getByRole('heading', { name: 'Impor katalog' }).waitFor();
  await page
    .locator('input[type=file]')
    .setInputFiles({ name: 'tokopedia-export.csv', mimeType: 'text/csv', buffer: readFileSync(FIXTURE) });
  const importButton = page.getByRole('button', { name: /^Impor \d+ produk$/ });
  await importButton.waitFor();
  const count = Number((await importButton.textContent())!.match(/\d+/)![0]);
  const started = Date.now();
  await importButton.click();
  await page.getByRole('region', { name: 'Impor selesai: tokopedia-export.csv' }).waitFor();
  await page.close();
  expect(errors).toEqual([]);

  await expect.poll(async () => (await products(b)).length, { timeout: 15_000 }).toBe(count);
  console.log(`  catalog of ${count} products: import in A → in B's table ${Date.now() - started} ms`);
  const target = (await products(a)).find((p) => p.name.split(' ').length >= 3)!;
  const arrived = (await products(b)).find((p) => p.sku === target.sku)!;
  expect(arrived.name).toBe(target.name);
  expect(arrived.updatedBy).toBe('ani');

  const chat = await b.browser.open(SHOPEE_CHAT_URL);
  const frame = await sidebarFrame(chat.page);
  const box = frame.getByRole('combobox', { name: 'Cari produk' });
  await expect.poll(() => box.isEnabled()).toBe(true);
  await box.fill(target.name.split(' ').slice(0, 3).join(' '));
  await expect
    .poll(() => frame.getByRole('option').allTextContents())
    .toContainEqual(expect.stringContaining(target.name));
  expect(chat.errors).toEqual([]);
  await chat.page.close();
});

let teamSnippet: StoredSnippet;
let privateSnippet: StoredSnippet;

it('a team snippet made in A expands in B from /trigger + Tab; a private one never reaches B', async () => {
  teamSnippet = await createSnippet(a, 'Garansi Tim', 'garansitim', 'Garansi resmi 1 tahun ya Kak {pembeli}');
  privateSnippet = await createSnippet(
    a,
    'Catatan Ani',
    'catatanani',
    'Catatan pribadi Ani, jangan dibagikan',
  );
  // Pengaturan › Tim › shared snippets: the owner ticks the one to share (new snippets are private).
  await a.page.reload();
  // A click, not `check()`: the box follows the stored scope (a live query), so it turns checked
  // only after the write, later than `check()` looks.
  const share = a.page.getByRole('checkbox', { name: /Garansi Tim/ });
  await share.click();
  await expect.poll(async () => (await snippet(a, teamSnippet.id))?.scope).toBe('tim');
  await expect.poll(() => share.isChecked()).toBe(true);

  await expect
    .poll(async () => (await snippet(b, teamSnippet.id))?.body, { timeout: 15_000 })
    .toBe(teamSnippet.body);
  const arrived = (await snippet(b, teamSnippet.id))!;
  expect(arrived.scope).toBe('tim');
  expect(arrived.updatedBy).toBe('ani');

  const { page, errors } = await b.browser.open(SHOPEE_CHAT_URL);
  await sidebarFrame(page);
  const buyer = (await sim(page)).buyerName!;
  await chatBox(page).click();
  await page.keyboard.type('/garansitim');
  await page.keyboard.press('Tab');
  await expect.poll(async () => (await sim(page)).composer).toBe(`Garansi resmi 1 tahun ya Kak ${buyer}`);

  // The private one: not in B's table, not on the server, and its trigger does nothing in B.
  await chatBox(page).fill('');
  await chatBox(page).click();
  await page.keyboard.type('/catatanani');
  await page.keyboard.press('Tab');
  await page.waitForTimeout(300);
  expect((await sim(page)).composer).toBe('/catatanani');
  expect(await snippet(b, privateSnippet.id)).toBeUndefined();
  expect((await server.request('GET', `${DB}/snippet:${privateSnippet.id}`)).status).toBe(404);
  expect(errors).toEqual([]);
  await page.close();
});

it('an agent’s forged write to a team snippet is refused by the server', async () => {
  const id = `snippet:${teamSnippet.id}`;
  const stored = (await server.request('GET', `${DB}/${id}`)).json as { _rev: string; items: object };
  // From browser B's extension (which holds the host permission), with the agent budi's own login:
  // what a tampered Sigap, or anyone with an agent's password, could send.
  const answer = await b.page.evaluate(
    async ({ url, doc, auth }) => {
      const response = await fetch(url, {
        method: 'PUT',
        headers: { authorization: auth, 'content-type': 'application/json' },
        body: JSON.stringify(doc),
      });
      return { status: response.status, body: await response.json() };
    },
    {
      url: `${b.proxy.url}/${DB}/${encodeURIComponent(id)}`,
      doc: {
        ...stored,
        items: {
          [teamSnippet.id]: {
            v: { ...teamSnippet, body: 'Diubah agen tanpa izin' },
            at: Date.now() + 60_000,
            by: 'budi',
          },
        },
      },
      auth: `Basic ${btoa(`${USERS.budi.name}:${USERS.budi.password}`)}`,
    },
  );
  expect(answer.status).toBe(403);
  expect(answer.body).toMatchObject({ error: 'forbidden', reason: 'sigap:owner-only' });
  expect((await server.request('GET', `${DB}/${id}`)).json._rev).toBe(stored._rev);
  // A full exchange later on both browsers, nothing of it arrived anywhere.
  await Promise.all([nextSync(a), nextSync(b)]);
  expect((await snippet(a, teamSnippet.id))?.body).toBe(teamSnippet.body);
  expect((await snippet(b, teamSnippet.id))?.body).toBe(teamSnippet.body);
});

/** The agent answers a new buyer message on the Shopee simulator: one reply sample is stored. */
async function replyOnce(s: Side, text: string) {
  const { page, errors } = await s.browser.open(SHOPEE_CHAT_URL);
  await sidebarFrame(page);
  await page.evaluate((t) => window.__sim.receiveBuyerMessage(t), 'Kak, masih ada stok?');
  await page.waitForTimeout(300);
  await chatBox(page).click();
  await page.keyboard.type(text);
  await sendWithEnter(page);
  expect(errors).toEqual([]);
  await page.close();
}

it('reply samples from A and B both arrive in both browsers, tagged with their agent', async () => {
  await Promise.all([replyOnce(a, 'Ada Kak, dari Ani'), replyOnce(b, 'Ada Kak, dari Dewi')]);
  // What the options page's Laporan reads: the replySamples table (own rows have no agent).
  const agents = async (s: Side) =>
    new Set((await table<StoredReplySample>(s, 'replySamples')).map((r) => r.agent ?? 'self'));
  await expect.poll(async () => [...(await agents(a))].sort(), { timeout: 15_000 }).toEqual(['dewi', 'self']);
  await expect.poll(async () => [...(await agents(b))].sort(), { timeout: 15_000 }).toEqual(['ani', 'self']);
  // The same replies, one row each side: A's own samples are B's rows tagged ani, and the other way
  // round (polled: a page can record several samples, one exchange may carry only some of them).
  const own = (rows: StoredReplySample[]) =>
    rows
      .filter((r) => !r.agent)
      .map((r) => r.replyAt)
      .sort();
  const tagged = (rows: StoredReplySample[], agent: string) =>
    rows
      .filter((r) => r.agent === agent)
      .map((r) => r.replyAt)
      .sort();
  const samples = (s: Side) => table<StoredReplySample>(s, 'replySamples');
  const mirrored = async () => {
    const [ofA, ofB] = await Promise.all([samples(a), samples(b)]);
    return { ofA, ofB };
  };
  const same = (x: number[], y: number[]) => x.length > 0 && JSON.stringify(x) === JSON.stringify(y);
  await expect
    .poll(
      async () => {
        const { ofA, ofB } = await mirrored();
        return same(tagged(ofB, 'ani'), own(ofA)) && same(tagged(ofA, 'dewi'), own(ofB));
      },
      { timeout: 15_000 },
    )
    .toBe(true);
  const { ofA, ofB } = await mirrored();
  expect(tagged(ofB, 'ani')).toEqual(own(ofA));
  expect(tagged(ofA, 'dewi')).toEqual(own(ofB));

  // Laporan per agent, in each browser: a row for each agent with that agent's replies, and the
  // whole shop with every reply once (both browsers read the simulator's same history, and a reply
  // recorded by two browsers is one reply: same conversation, buyer message and reply time).
  const once = (rows: StoredReplySample[]) =>
    new Set(rows.map((r) => `${r.marketplace}:${r.conversationId}:${r.buyerAt}:${r.replyAt}`)).size;
  for (const [side, self, other, rows] of [
    [a, 'ani', 'dewi', ofA],
    [b, 'dewi', 'ani', ofB],
  ] as const) {
    const { page } = await side.browser.open(
      `chrome-extension://${side.browser.extensionId}/options.html#laporan`,
    );
    const count = (row: string) => page.locator(`${row} [data-col="count"]`).textContent();
    await expect
      .poll(() => count(`[data-testid="agent-row"][data-agent="${self}"]`), { timeout: 10_000 })
      .toBe(String(own(rows).length));
    expect(await count(`[data-testid="agent-row"][data-agent="${other}"]`)).toBe(
      String(tagged(rows, other).length),
    );
    expect(await count('[data-testid="shop-row"]')).toBe(String(once(rows)));
    await page.close();
  }
});

it('offline edits in both browsers converge once they are back online', async () => {
  a.proxy.unplug();
  b.proxy.unplug();
  await expect.poll(async () => (await teamState(a)).status, { timeout: 15_000 }).toBe('offline');
  await expect.poll(async () => (await teamState(b)).status, { timeout: 15_000 }).toBe('offline');

  const catalog = await products(a);
  const [first, second] = [catalog[0]!, catalog[1]!];
  const bucketOf = async (s: Side, sku: string) =>
    (await table<StoredProductBucket>(s, 'productBuckets')).find((bk) =>
      bk.products.some((p) => p.sku === sku),
    )!;
  const t0 = Date.now();
  // Both edit the same team snippet: B later, so B's text wins everywhere (last writer by time).
  const onA = (await snippet(a, teamSnippet.id))!;
  await writeRows(a, 'snippets', [{ ...onA, body: 'Versi Ani (offline)', updatedAt: t0 }], 'snippetsVersion');
  // A changes one product's price; B deletes another product.
  const bucketA = await bucketOf(a, first.sku);
  await writeRows(
    a,
    'productBuckets',
    [
      {
        ...bucketA,
        products: bucketA.products.map((p: StoredProduct) =>
          p.sku === first.sku ? { ...p, price: 123_456, updatedAt: t0 } : p,
        ),
      },
    ],
    'catalogVersion',
  );
  const latest = (await snippet(b, teamSnippet.id))!;
  await writeRows(
    b,
    'snippets',
    [{ ...latest, body: 'Versi Dewi (offline, lebih baru)', updatedAt: t0 + 1_000 }],
    'snippetsVersion',
  );
  const bucketB = await bucketOf(b, second.sku);
  await writeRows(
    b,
    'productBuckets',
    [{ ...bucketB, products: bucketB.products.filter((p: StoredProduct) => p.sku !== second.sku) }],
    'catalogVersion',
  );
  await expect.poll(async () => (await teamState(a)).pending, { timeout: 10_000 }).toBeGreaterThan(0);
  await expect.poll(async () => (await teamState(b)).pending, { timeout: 10_000 }).toBeGreaterThan(0);

  a.proxy.plug();
  b.proxy.plug();
  // Back online. The failed retries while offline have grown each browser's backoff; in real use the
  // next local change or the 30 s wake alarm ends that wait. A snippet version bump stands in for it.
  for (const s of [a, b]) {
    await s.page.evaluate(() =>
      (
        globalThis as unknown as { chrome: { storage: { local: { set(items: object): Promise<void> } } } }
      ).chrome.storage.local.set({ snippetsVersion: Date.now() }),
    );
  }
  for (const s of [a, b]) {
    await expect
      .poll(async () => (await snippet(s, teamSnippet.id))?.body, { timeout: 30_000 })
      .toBe('Versi Dewi (offline, lebih baru)');
    await expect
      .poll(async () => (await products(s)).find((p) => p.sku === first.sku)?.price, { timeout: 30_000 })
      .toBe(123_456);
    await expect
      .poll(async () => (await products(s)).some((p) => p.sku === second.sku), { timeout: 30_000 })
      .toBe(false);
  }
  for (const s of [a, b]) {
    await expect.poll(async () => (await teamState(s)).status, { timeout: 15_000 }).toBe('connected');
    expect((await teamState(s)).pending).toBe(0);
  }
  expect((await products(a)).length).toBe(catalog.length - 1);
  expect((await products(b)).length).toBe(catalog.length - 1);
});
