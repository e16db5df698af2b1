// Intent detection against the labelled buyer messages: `npx tsx tests/bench/intents.bench.ts
// [--misses]`. For each intent, precision and recall on the dev set (the rules were written against
// it) and on the held-out set (never tuned on), with PASS/FAIL against the goal (precision ≥ 0.9 and
// recall ≥ 0.85 on every intent), and the detection time per message. `--misses` lists every
// message whose detected intents differ from its labels.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { detectIntents, INTENTS, type Intent } from '../../lib/assist/intents';

const GOAL = { precision: 0.9, recall: 0.85 };
const dir = resolve(import.meta.dirname, '../fixtures/buyer-messages');

interface Labelled {
  text: string;
  intents: Intent[];
}

function load(file: string): Labelled[] {
  const list = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Labelled[];
  for (const m of list)
    for (const i of m.intents)
      if (!INTENTS.includes(i)) throw new Error(`${file}: unknown intent "${i}" in ${m.text}`);
  return list;
}

interface Score {
  tp: number;
  fp: number;
  fn: number;
}

function evaluate(set: Labelled[]) {
  const scores = new Map<Intent, Score>(INTENTS.map((i) => [i, { tp: 0, fp: 0, fn: 0 }]));
  const misses: string[] = [];
  let exact = 0;
  const started = performance.now();
  const detected = set.map((m) => detectIntents(m.text));
  const perMessageMs = (performance.now() - started) / set.length;
  set.forEach((m, k) => {
    const got = new Set(detected[k]);
    const want = new Set(m.intents);
    for (const intent of INTENTS) {
      const s = scores.get(intent)!;
      if (got.has(intent) && want.has(intent)) s.tp++;
      else if (got.has(intent)) s.fp++;
      else if (want.has(intent)) s.fn++;
    }
    const extra = [...got].filter((i) => !want.has(i));
    const missing = [...want].filter((i) => !got.has(i));
    if (extra.length === 0 && missing.length === 0) exact++;
    else
      misses.push(
        `${JSON.stringify(m.text)}${missing.length ? `  missing ${missing.join(',')}` : ''}${extra.length ? `  extra ${extra.join(',')}` : ''}`,
      );
  });
  return { scores, misses, exact, perMessageMs };
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
const f = (v: number) => v.toFixed(3);

function report(name: string, set: Labelled[], verbose: boolean): boolean {
  const { scores, misses, exact, perMessageMs } = evaluate(set);
  console.log(
    `\n=== ${name}: ${set.length} messages, ${set.filter((m) => m.intents.length === 0).length} with no intent; all intents right on ${exact} (${f(exact / set.length)}); ${(perMessageMs * 1000).toFixed(1)} µs per message`,
  );
  console.log(
    `${'intent'.padEnd(14)} ${'n'.padStart(4)} ${'precision'.padStart(9)} ${'recall'.padStart(7)}  goal`,
  );
  let ok = true;
  for (const intent of INTENTS) {
    const s = scores.get(intent)!;
    const precision = ratio(s.tp, s.tp + s.fp);
    const recall = ratio(s.tp, s.tp + s.fn);
    const pass = precision >= GOAL.precision && recall >= GOAL.recall;
    if (!pass) ok = false;
    console.log(
      `${intent.padEnd(14)} ${String(s.tp + s.fn).padStart(4)} ${f(precision).padStart(9)} ${f(recall).padStart(7)}  ${pass ? 'PASS' : 'FAIL'}`,
    );
  }
  if (verbose) for (const miss of misses) console.log(`  miss: ${miss}`);
  return ok;
}

const args = process.argv.slice(2);
console.log(
  `Intent detection (goal: precision ≥ ${GOAL.precision} and recall ≥ ${GOAL.recall} on every intent, on both sets)`,
);
const devOk = report('dev (rules tuned on it)', load('dev.json'), args.includes('--misses'));
const heldOk = args.includes('--dev')
  ? true
  : report('held-out (never tuned on)', load('held-out.json'), args.includes('--held-out-misses'));
console.log(`\nOverall: dev ${devOk ? 'PASS' : 'FAIL'}, held-out ${heldOk ? 'PASS' : 'FAIL'}`);
process.exitCode = devOk && heldOk ? 0 : 1;
