// The catalog search across chat tabs, in real Chromium, side by side with the design before it
// (`npx tsx tests/bench/catalog-tabs-chromium.bench.ts [sizes]`, part of `npm run bench`; sizes
// default to 10k,50k,100k).
//
// Two builds of the extension run the same script: this tree's (the index lives in the background,
// one for the browser, lib/search-service/) and commit BASELINE's (every sidebar frame received the
// whole catalog and built its own index), built once into a git worktree beside this one. For each
// design and size, on the Shopee simulator:
// - cold frame start → searchable: a new chat tab's sidebar, from its frame starting to the search
//   answering (the `sigap:catalog-ready` mark both builds set), with the worker running, and again
//   right after the worker was stopped (as Chrome stops an idle one);
// - first search after a worker stop: in an open sidebar, a query typed right after the stop, until
//   its results are on screen (these three are each the median of SAMPLES tries);
// - keystroke → results: queries typed into the sidebar's search box one after another (an input
//   event as the browser fires it when typing), until the list shows them, p50/p95;
// - memory per extra tab: the sidebar's heap (JS heap plus ArrayBuffer backing stores, after a
//   garbage collection) with one chat tab and with three, per extra tab. The background's one index
//   costs what search.bench.ts reports as the index's heap, once for the browser.
// Goals (issue 11): searchable ≤ 300 ms after the frame starts, first search after a stop ≤ 500 ms,
// keystroke p95 ≤ 10 ms, ≤ 5 MB per extra tab, at 50,000 products.

import { execFileSync } from 'node:child_process';
import { existsSync, symlinkSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { CDPSession, Frame, Page } from 'playwright-core';
import { type ExtensionBrowser, launchWithExtension, sidebarFrame } from '../e2e/support/extension';
import { seedCatalog } from '../e2e/support/seed-catalog';
import { controlWorker, currentWorker, indexStored } from '../e2e/support/service-worker';
import { SHOPEE_CHAT_URL } from '../e2e/support/simulators';
import { generateCatalog, generateQueries } from './catalog-data';

/** The last commit whose sidebar built its own index (before issue 11). */
const BASELINE = '1a40fe3';
const ROOT = resolve(import.meta.dirname, '../..');
const GOAL = { readyMs: 300, firstAfterStopMs: 500, keystrokeP95Ms: 10, perTabMb: 5 };
const GOAL_SIZE = 50_000;
const KEYSTROKES = 120;
/** Each start-up figure is the median of this many tries: one try swings by ±100 ms on a shared machine. */
const SAMPLES = 5;

function parseSizes(arg: string | undefined): number[] {
  if (!arg) return [10_000, 50_000, 100_000];
  return arg.split(',').map((s) => Math.round(Number.parseFloat(s) * (/k$/i.test(s) ? 1000 : 1)));
}

/** The baseline's build, made once per machine in a worktree sharing this tree's node_modules. */
function baselineBuild(): string {
  const dir = join(tmpdir(), `sigap-baseline-${BASELINE}`);
  const out = join(dir, '.output/chrome-mv3');
  if (existsSync(join(out, 'manifest.json'))) return out;
  if (!existsSync(dir)) execFileSync('git', ['worktree', 'add', '--detach', dir, BASELINE], { cwd: ROOT });
  if (!existsSync(join(dir, 'node_modules')))
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  console.log(`building the baseline (${BASELINE}) in ${dir}`);
  execFileSync('npx', ['wxt', 'build'], { cwd: dir, stdio: 'ignore' });
  return out;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
const mb = (bytes: number) => bytes / 1024 / 1024;
/** NaN (a try with no answer) sorts last, so it counts as the slowest. */
const median = (values: number[]) =>
  percentile(
    [...values].sort((a, b) => (Number.isNaN(a) ? 1 : Number.isNaN(b) ? -1 : a - b)),
    50,
  );

async function readyAt(frame: Frame): Promise<number> {
  await frame.waitForFunction(
    () => performance.getEntriesByName('sigap:catalog-ready').length > 0,
    undefined,
    {
      timeout: 120_000,
    },
  );
  return frame.evaluate(() => performance.getEntriesByName('sigap:catalog-ready')[0]!.startTime);
}

/**
 * Types `query` into the search box as one input event and waits until the list shows `name`. A
 * source text, not a function: tsx would wrap the function's inner names in a helper the page lacks.
 */
const TYPE_AND_WAIT = `([q, expected]) => new Promise((done) => {
  const box = document.querySelector('input[role="combobox"][aria-label="Cari produk"]');
  const list = document.querySelector('[role="listbox"][aria-label="Cari produk"]');
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
  const t0 = performance.now();
  let observer;
  function check() {
    const first = list.firstElementChild;
    const found = first && first.textContent.includes(expected);
    if (found || performance.now() - t0 > 2000) {
      observer.disconnect();
      done(found ? performance.now() - t0 : -1);
    }
  }
  observer = new MutationObserver(check);
  observer.observe(list, { childList: true, subtree: true, characterData: true });
  setValue.call(box, q);
  box.dispatchEvent(new Event('input', { bubbles: true }));
  check();
  setTimeout(check, 2001);
})`;

async function typed(frame: Frame, query: string, name: string): Promise<number> {
  return step(
    `type ${JSON.stringify(query)}`,
    frame.evaluate(`(${TYPE_AND_WAIT})(${JSON.stringify([query, name])})`) as Promise<number>,
    20_000,
  );
}

async function heapBytes(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = (await cdp.send('Runtime.getHeapUsage')) as {
    usedSize: number;
    backingStorageSize?: number;
  };
  return usage.usedSize + (usage.backingStorageSize ?? 0);
}

interface Row {
  design: string;
  size: number;
  readyWarm: number;
  readyAfterStop: number;
  firstAfterStop: number;
  keyP50: number;
  keyP95: number;
  perTabMb: number;
}

/** A step that must not hang the bench: it fails with its name after `ms`. */
async function step<T>(name: string, work: Promise<T>, ms = 120_000): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`bench step "${name}" took over ${ms} ms`)), ms);
  });
  if (process.env.SIGAP_BENCH_STEPS) console.error(`    ${name}`);
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}

async function measure(design: string, extensionDir: string | undefined, size: number): Promise<Row> {
  console.error(`  ${design}, ${size} products…`);
  const browser: ExtensionBrowser = await launchWithExtension(extensionDir);
  try {
    const catalog = generateCatalog(size);
    await step('seed', seedCatalog(browser, catalog));
    const queries = generateQueries(catalog, KEYSTROKES, 5);
    const nameOf = new Map(catalog.map((p) => [p.sku, p.name]));
    const control = await browser.context.newPage();
    const worker = await controlWorker(
      browser.context,
      control,
      `chrome-extension://${new URL((await currentWorker(browser.context)).url()).host}/background.js`,
    );

    // A first tab: whatever the design does once per catalog (the new one builds the index).
    const first = await browser.open(SHOPEE_CHAT_URL);
    const frame1 = await sidebarFrame(first.page);
    await step('first tab', readyAt(frame1));
    if (design === 'background index') {
      await step('index stored', indexStored(await currentWorker(browser.context)));
    }

    // Cold frame start with the worker running: new tabs, the first of them kept open.
    const second = await step('open second', browser.open(SHOPEE_CHAT_URL));
    const warm = [await step('second tab', readyAt(await sidebarFrame(second.page)))];
    for (let i = 1; i < SAMPLES; i++) {
      const { page } = await step('open warm', browser.open(SHOPEE_CHAT_URL));
      warm.push(await step('warm tab', readyAt(await sidebarFrame(page))));
      await page.close();
    }

    // Keystrokes in the first tab.
    // Timed until the right product is first; the few queries whose right product the search ranks
    // lower (recall@1 ≈ 0.97, search.bench.ts) are left out of the figures, for both designs.
    const times: number[] = [];
    for (const q of queries) {
      const ms = await typed(frame1, q.query, nameOf.get(q.sku)!);
      if (ms >= 0) times.push(ms);
    }
    times.sort((a, b) => a - b);

    // Memory: one tab vs three. The sidebar frames share the extension's renderer process in
    // Chromium, so one frame's session sees the heap they all live in.
    const cdp = await step('cdp', browser.context.newCDPSession(frame1));
    await step('close second', second.page.close());
    const oneTab = await step('heap 1', heapBytes(cdp));
    const extra: Page[] = [];
    for (let i = 0; i < 2; i++) {
      const { page } = await step('open extra', browser.open(SHOPEE_CHAT_URL));
      await step('extra ready', readyAt(await sidebarFrame(page)));
      extra.push(page);
    }
    const threeTabs = await step('heap 3', heapBytes(cdp));
    for (const page of extra) await page.close();

    // First search after a worker stop, in the open first tab.
    const firstSearch: number[] = [];
    for (let i = 0; i < SAMPLES; i++) {
      await step('stop 1', worker.stop(), 30_000);
      const probe = queries[i]!;
      await typed(frame1, '', '');
      // No answer within the 2 s the probe waits is no figure: NaN, which fails the goal below.
      const ms = await typed(frame1, probe.sku, nameOf.get(probe.sku)!);
      firstSearch.push(ms >= 0 ? ms : Number.NaN);
    }

    // Cold frame start right after a stop: a new tab wakes the worker.
    const afterStop: number[] = [];
    for (let i = 0; i < SAMPLES; i++) {
      await step('stop 2', worker.stop(), 30_000);
      const { page } = await step('open third', browser.open(SHOPEE_CHAT_URL));
      afterStop.push(await step('third tab', readyAt(await sidebarFrame(page))));
      await page.close();
    }
    await worker.detach();
    return {
      design,
      size,
      readyWarm: median(warm),
      readyAfterStop: median(afterStop),
      firstAfterStop: median(firstSearch),
      keyP50: percentile(times, 50),
      keyP95: percentile(times, 95),
      perTabMb: mb(threeTabs - oneTab) / 2,
    };
  } finally {
    await browser.close();
  }
}

const sizes = parseSizes(process.argv[2]);
const baseline = baselineBuild();
console.log(
  `Catalog across chat tabs, Chromium, ${cpus().length} cores, load average ${loadavg()[0]!.toFixed(1)} at the start`,
);
const rows: Row[] = [];
for (const size of sizes) {
  rows.push(await measure(`frame index (${BASELINE})`, baseline, size));
  rows.push(await measure('background index', undefined, size));
}

const f = (v: number) => v.toFixed(v < 10 ? 1 : 0).padStart(8);
console.log(
  `\n${'design'.padEnd(26)} ${'products'.padStart(8)} ${'ready'.padStart(8)} ${'ready*'.padStart(8)} ${'1st*'.padStart(8)} ${'key p50'.padStart(8)} ${'key p95'.padStart(8)} ${'MB/tab'.padStart(8)}`,
);
for (const r of rows)
  console.log(
    `${r.design.padEnd(26)} ${String(r.size).padStart(8)} ${f(r.readyWarm)} ${f(r.readyAfterStop)} ${f(r.firstAfterStop)} ${f(r.keyP50)} ${f(r.keyP95)} ${f(r.perTabMb)}`,
  );
console.log(
  `ready: ms from a new tab's sidebar frame start to searchable, worker running; ready*: the same right after a worker stop (each the median of ${SAMPLES} tries);`,
);
console.log(
  `1st*: ms from typing to results, first search after a worker stop (median of ${SAMPLES}); key: keystroke → results on screen (ms); MB/tab: the sidebars' heap per extra tab (the one index in the worker: see search.bench.ts, heap)`,
);

let failed = false;
for (const size of sizes) {
  const now = rows.find((r) => r.size === size && r.design === 'background index')!;
  const before = rows.find((r) => r.size === size && r.design !== 'background index')!;
  console.log(
    `${size}: searchable ${(before.readyWarm / now.readyWarm).toFixed(1)}× sooner, ${(before.perTabMb / Math.max(now.perTabMb, 0.1)).toFixed(0)}× less memory per extra tab than the frame index`,
  );
  if (size !== GOAL_SIZE) continue;
  const checks: [string, number, number][] = [
    ['searchable after the frame starts (ms)', now.readyWarm, GOAL.readyMs],
    ['searchable after a worker stop (ms)', now.readyAfterStop, GOAL.readyMs],
    ['first search after a worker stop (ms)', now.firstAfterStop, GOAL.firstAfterStopMs],
    ['keystroke → results p95 (ms)', now.keyP95, GOAL.keystrokeP95Ms],
    ['memory per extra tab (MB)', now.perTabMb, GOAL.perTabMb],
  ];
  for (const [label, value, goal] of checks) {
    const pass = value <= goal;
    failed ||= !pass;
    console.log(`  ${pass ? 'PASS' : 'FAIL'} ${label}: ${value.toFixed(1)} (goal ≤ ${goal})`);
  }
}
process.exitCode = failed ? 1 : 0;
