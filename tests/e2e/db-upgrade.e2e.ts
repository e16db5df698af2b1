import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { type BrowserContext, chromium } from 'playwright-core';
import { afterAll, expect, it } from 'vitest';
import type { StoredProduct, StoredProductBucket } from '../../lib/db/schema';
import type { V1Data } from './db-upgrade/v1-writer';
import { CHROMIUM_PATH, EXTENSION_DIR } from './support/chromium';
import { workerMark } from './support/service-worker';

// A real browser profile that holds a v1 database, upgraded by the current build without losing a
// row. An unpacked extension's id comes from its folder, so the profile is made with a stand-in
// extension in a folder that writes the v1 database through the v1 schema (db-upgrade/v1-writer.ts)
// in that id's origin; then the folder gets the current build and the same profile is opened again,
// as when a shop updates Sigap.

const work = mkdtempSync(join(tmpdir(), 'sigap-upgrade-'));
const profile = join(work, 'profile');
const extension = join(work, 'extension');
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function launch(script: string): Promise<{ context: BrowserContext; id: string }> {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-gpu',
      `--disable-extensions-except=${extension}`,
      `--load-extension=${extension}`,
    ],
    ignoreDefaultArgs: ['--disable-extensions'],
  });
  const isOurs = (url: string) => url.endsWith(`/${script}`);
  const worker =
    context.serviceWorkers().find((w) => isOurs(w.url())) ??
    (await context.waitForEvent('serviceworker', { predicate: (w) => isOurs(w.url()) }));
  return { context, id: new URL(worker.url()).host };
}

async function writeStandIn(): Promise<void> {
  rmSync(extension, { recursive: true, force: true });
  mkdirSync(extension, { recursive: true });
  await build({
    entryPoints: [resolve(import.meta.dirname, 'db-upgrade/v1-writer.ts')],
    bundle: true,
    format: 'iife',
    outfile: join(extension, 'v1.js'),
    logLevel: 'silent',
  });
  writeFileSync(
    join(extension, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'Sigap v1 (test stand-in)',
      version: '0.0.1',
      background: { service_worker: 'stand-in-worker.js' },
    }),
  );
  // A worker only so the test can learn the extension's id, as for the real one. Its own file name:
  // Chromium keeps a registered worker's script, and a stand-in named background.js was measured
  // to keep running after the folder held the real build.
  writeFileSync(join(extension, 'stand-in-worker.js'), '');
  writeFileSync(join(extension, 'v1.html'), '<!doctype html><script src="v1.js"></script>');
}

const now = Date.now();
const products: StoredProduct[] = Array.from({ length: 600 }, (_, i) => ({
  sku: `SKU-${String(i).padStart(4, '0')}`,
  name: `Produk ${i}`,
  price: 1000 + i,
  stock: i % 3 === 0 ? null : i,
  variants: i % 50 === 0 ? [{ sku: `SKU-${i}-XL`, name: 'XL', price: 1000 + i, stock: 1 }] : [],
  updatedAt: now - i,
  ...(i % 2 === 0 ? { importId: 1 } : {}),
  ...(i % 7 === 0 ? { category: 'Kaos', tags: ['katun'], weight: 200, url: `https://toko.id/${i}` } : {}),
}));
const v1: V1Data = {
  products,
  snippets: [
    {
      id: 'own-1',
      title: 'Salam toko',
      category: 'greeting',
      body: 'Halo Kak {pembeli}',
      trigger: 'halo',
      hotkey: 'Alt+G',
      lang: 'id',
      order: 0,
      useCount: 12,
      updatedAt: now,
    },
    {
      id: 'own-2',
      title: 'Penutup toko',
      category: 'closing',
      body: 'Terima kasih Kak',
      trigger: null,
      hotkey: null,
      lang: 'id',
      order: 1,
      useCount: 3,
      updatedAt: now,
    },
  ],
  conversations: [
    { key: 'shopee:c1', marketplace: 'shopee', conversationId: 'c1', buyerName: 'Rina', lastSeenAt: now },
  ],
  // Recent, so the current build's retention (400 days) keeps them.
  replySamples: Array.from({ length: 5 }, (_, i) => ({
    id: `shopee:c1:${now - (i + 1) * 3_600_000}:${now - (i + 1) * 3_600_000 + 60_000}`,
    marketplace: 'shopee',
    conversationId: 'c1',
    buyerAt: now - (i + 1) * 3_600_000,
    replyAt: now - (i + 1) * 3_600_000 + 60_000,
    latencyMs: 60_000,
    latencyWithinHoursMs: null,
    firstReply: i === 4,
  })),
  imports: [
    {
      at: now - 1000,
      fileName: 'katalog.csv',
      added: 300,
      updated: 0,
      unchanged: 0,
      skipped: 0,
      addedSkus: products.filter((p) => p.importId === 1).map((p) => p.sku),
      previous: [],
      undoneAt: null,
    },
  ],
};

/** Every store of the extension's database as raw IndexedDB reads it, and its version. */
async function readDatabase(context: BrowserContext, id: string, pagePath: string) {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${id}/${pagePath}`);
  const result = await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('sigap');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const stores: Record<string, unknown[]> = {};
    for (const name of [...db.objectStoreNames]) {
      stores[name] = await new Promise<unknown[]>((resolve, reject) => {
        const request = db.transaction(name).objectStore(name).getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    }
    const version = db.version;
    db.close();
    return { version, stores };
  });
  await page.close();
  return result;
}

it('a v1 database in a real Chromium profile is upgraded by the current build without losing a row', async () => {
  await writeStandIn();
  const old = await launch('stand-in-worker.js');
  const page = await old.context.newPage();
  await page.goto(`chrome-extension://${old.id}/v1.html`);
  const written = await page.evaluate(
    (data) => (globalThis as unknown as { writeV1(d: unknown): Promise<unknown> }).writeV1(data),
    v1,
  );
  // Dexie stores version n as native version n × 10.
  expect(written).toEqual({ verno: 1, nativeVersion: 10 });
  const before = await readDatabase(old.context, old.id, 'v1.html');
  expect(Object.keys(before.stores).sort()).toEqual([
    'conversations',
    'imports',
    'products',
    'replySamples',
    'snippets',
  ]);
  expect(before.stores.products).toHaveLength(600);
  await old.context.close();

  // The shop updates Sigap: same folder, so the same id and origin, now holding the current build.
  rmSync(extension, { recursive: true, force: true });
  cpSync(EXTENSION_DIR, extension, { recursive: true });
  const current = await launch('background.js');
  expect(current.id).toBe(old.id);
  const worker = current.context.serviceWorkers().find((w) => w.url().endsWith('/background.js'))!;
  // The background has opened (and so upgraded) the database and made its seeding attempt: none,
  // since a database from before v4 was seeded in its day.
  expect(await workerMark(worker, 'sigap:snippets-seed')).toEqual({ seeded: false });

  const after = await readDatabase(current.context, current.id, 'options.html');
  // Dexie's native version is 10 × the schema's: v5, the change stamps of the catalog's buckets.
  expect(after.version).toBe(50);
  expect(Object.keys(after.stores).sort()).toEqual([
    'conversations',
    'imports',
    'meta',
    'productBuckets',
    'replySamples',
    'snippets',
  ]);
  const buckets = after.stores.productBuckets as StoredProductBucket[];
  expect(buckets.every((b) => typeof b.stamp === 'number')).toBe(true);
  const flat = buckets.flatMap((b) => b.products);
  const bySku = (a: { sku: string }, b: { sku: string }) => (a.sku < b.sku ? -1 : 1);
  expect(flat.sort(bySku)).toEqual([...products].sort(bySku));
  expect(after.stores.snippets).toEqual(before.stores.snippets);
  expect(after.stores.conversations).toEqual(before.stores.conversations);
  expect(after.stores.replySamples).toEqual(before.stores.replySamples);
  expect(after.stores.imports).toEqual(before.stores.imports);
  expect(after.stores.meta).toEqual([{ key: 'snippetsSeeded', value: true }]);

  // And the options page reads the upgraded data as its own.
  const options = await current.context.newPage();
  const errors: string[] = [];
  options.on('pageerror', (error) => errors.push(error.message));
  await options.goto(`chrome-extension://${current.id}/options.html#katalog`);
  await options.getByText('600 produk').waitFor();
  await options.goto(`chrome-extension://${current.id}/options.html#snippet`);
  await options.getByText('Salam toko').waitFor();
  expect(await options.getByRole('button', { name: /^Hapus / }).count()).toBe(2);
  expect(errors).toEqual([]);
  await current.context.close();
});
