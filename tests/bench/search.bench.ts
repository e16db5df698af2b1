// Catalog search benchmark: `npx tsx tests/bench/search.bench.ts [sizes]`, e.g. `10k,50k` (default
// 10k,50k,100k). For each size: index build time, query latency p50/p95/max, recall@1/@5 over ≥ 200
// queries with known answers, heap — and the same for naive fuse.js (default options over name,
// SKU, tags, variants, description). Naive fuse.js takes seconds per query at 50k, so it runs on a
// fixed subsample of the queries (one per block, all kinds) to keep the whole run within a few minutes.
// Run with `--expose-gc` (as `npm run bench` does) for steadier heap figures.
import Fuse from 'fuse.js';
import { createCatalogIndex } from '../../lib/catalog/search';
import type { Product } from '../../lib/catalog/types';
import { type BenchQuery, generateCatalog, generateQueries } from './catalog-data';

const GOALS_AT = 50_000;
const GOAL = { p95Ms: 10, recall1: 0.95, recall5: 0.98, buildMs: 1000 };
const QUERY_COUNT = 240;
/** Naive fuse.js queries per size: seconds each at 50k+, so fewer at the larger sizes. */
const naiveSample = (size: number) => (size <= 10_000 ? 20 : size <= 50_000 ? 12 : 8);

function parseSizes(arg: string | undefined): number[] {
  if (!arg) return [10_000, 50_000, 100_000];
  return arg.split(',').map((s) => {
    const m = s.trim().match(/^(\d+(?:\.\d+)?)(k)?$/i);
    if (!m) throw new Error(`Bad size "${s}" (use e.g. 10k,50000)`);
    return Math.round(Number(m[1]) * (m[2] ? 1000 : 1));
  });
}

const gc = (globalThis as { gc?: () => void }).gc;
function memory(): { heap: number; buffers: number } {
  // Twice: one pass leaves some of the previous phase's garbage behind.
  gc?.();
  gc?.();
  const m = process.memoryUsage();
  return { heap: m.heapUsed, buffers: m.arrayBuffers };
}
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const ms = (v: number) => `${v.toFixed(v < 10 ? 2 : 0)} ms`;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

interface Run {
  p50: number;
  p95: number;
  max: number;
  recall1: number;
  recall5: number;
}

function measure(queries: BenchQuery[], search: (q: string) => Product[]): Run & { misses: string[] } {
  const times: number[] = [];
  let hit1 = 0;
  let hit5 = 0;
  const misses: string[] = [];
  for (const { query, sku } of queries) {
    const start = performance.now();
    const results = search(query);
    times.push(performance.now() - start);
    const rank = results.findIndex((p) => p.sku === sku);
    if (rank === 0) hit1++;
    if (rank >= 0 && rank < 5) hit5++;
    if (rank !== 0)
      misses.push(`${JSON.stringify(query)} → want ${sku}, got ${results[0]?.sku ?? '-'} (rank ${rank})`);
  }
  times.sort((a, b) => a - b);
  return {
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    max: times.at(-1)!,
    recall1: hit1 / queries.length,
    recall5: hit5 / queries.length,
    misses,
  };
}

function row(label: string, r: Run): string {
  return `${label.padEnd(22)} p50 ${ms(r.p50).padStart(9)}  p95 ${ms(r.p95).padStart(9)}  max ${ms(r.max).padStart(9)}  recall@1 ${r.recall1.toFixed(3)}  recall@5 ${r.recall5.toFixed(3)}`;
}

const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL');
const sizes = parseSizes(process.argv[2]);
const verbose = process.argv.includes('--misses');
let failed = false;
console.log(
  `Catalog search benchmark (node ${process.version}${gc ? ', gc exposed' : ', no --expose-gc: heap figures are rough'})`,
);

/**
 * Generated names and descriptions are built by concatenation, which V8 keeps as rope ("cons")
 * strings until something reads them; indexing flattens them and frees the rope nodes, which made
 * the index look like it had negative heap. Reading one character of each flattens them up front.
 */
function flattenStrings(products: Product[]): void {
  let sink = 0;
  for (const p of products) {
    sink += p.name.charCodeAt(0) + p.sku.charCodeAt(0) + (p.description?.charCodeAt(0) ?? 0);
    for (const v of p.variants) sink += v.name.charCodeAt(0) + v.sku.charCodeAt(0);
    for (const t of p.tags ?? []) sink += t.charCodeAt(0);
  }
  if (sink < 0) console.log(sink);
}

// One function per size, so nothing of the previous size stays reachable and skews the heap figures.
function runSize(size: number): void {
  const products = generateCatalog(size);
  const queries = generateQueries(products, QUERY_COUNT);
  const warmup = generateQueries(products, 30, 99);
  const kinds = [...new Set(queries.map((q) => q.kind))].map(
    (k) => `${k} ${queries.filter((q) => q.kind === k).length}`,
  );
  console.log(`\n=== ${size.toLocaleString('en')} products, ${queries.length} queries (${kinds.join(', ')})`);

  flattenStrings(products);
  const before = memory();
  let start = performance.now();
  const index = createCatalogIndex(products);
  const buildMs = performance.now() - start;
  const after = memory();
  console.log(
    `Sigap index  build ${ms(buildMs)}; index memory: heap +${mb(after.heap - before.heap)}, typed arrays +${mb(after.buffers - before.buffers)}; heap used ${mb(after.heap)} (catalog included)`,
  );
  for (const q of warmup) index.search(q.query);
  const ours = measure(queries, (q) => index.search(q, 20).map((h) => h.product));
  console.log(row('Sigap (all queries)', ours));
  if (verbose) for (const miss of ours.misses) console.log(`  miss: ${miss}`);

  // Naive fuse.js, default options, on a fixed subsample.
  const sampleSize = Math.min(naiveSample(size), queries.length);
  const step = Math.floor(queries.length / sampleSize);
  // Offsetting by k within each step spreads the sample over the query kinds (they cycle).
  const sample = Array.from({ length: sampleSize }, (_, k) => queries[k * step + (k % step)]!);
  const naiveBefore = memory();
  start = performance.now();
  const fuse = new Fuse(products, {
    keys: ['name', 'sku', 'tags', 'variants.name', 'variants.sku', 'description'],
  });
  const naiveBuild = performance.now() - start;
  const naiveAfter = memory();
  const naive = measure(sample, (q) => fuse.search(q, { limit: 20 }).map((r) => r.item));
  const oursOnSample = measure(sample, (q) => index.search(q, 20).map((h) => h.product));
  console.log(
    `naive fuse.js build ${ms(naiveBuild)}; index memory: heap +${mb(naiveAfter.heap - naiveBefore.heap)} (subsample: ${sample.length} of ${queries.length} queries, one per ${step}, all kinds)`,
  );
  console.log(row('naive fuse.js (sample)', naive));
  console.log(row('Sigap (same sample)', oursOnSample));
  console.log(
    `ratio naive/Sigap on the sample: p50 ×${(naive.p50 / oursOnSample.p50).toFixed(0)}, p95 ×${(naive.p95 / oursOnSample.p95).toFixed(0)}`,
  );

  if (size === GOALS_AT) {
    const checks: [string, boolean][] = [
      [`p95 ${ms(ours.p95)} ≤ ${GOAL.p95Ms} ms`, ours.p95 <= GOAL.p95Ms],
      [`recall@1 ${ours.recall1.toFixed(3)} ≥ ${GOAL.recall1}`, ours.recall1 >= GOAL.recall1],
      [`recall@5 ${ours.recall5.toFixed(3)} ≥ ${GOAL.recall5}`, ours.recall5 >= GOAL.recall5],
      [`build ${ms(buildMs)} ≤ ${GOAL.buildMs} ms`, buildMs <= GOAL.buildMs],
    ];
    console.log(`Goals at ${GOALS_AT.toLocaleString('en')}:`);
    for (const [text, ok] of checks) {
      console.log(`  ${verdict(ok)}  ${text}`);
      if (!ok) failed = true;
    }
  }
}
for (const size of sizes) runSize(size);
if (!sizes.includes(GOALS_AT))
  console.log(`\n(goals are checked at ${GOALS_AT.toLocaleString('en')} products; not in this run)`);
process.exitCode = failed ? 1 : 0;
