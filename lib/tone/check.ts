import { BLAMING_PHRASES, CAPS_ALLOWED, DASAR_INSULT, RUDE_WORDS, type ToneReason } from './words';

// Warns before an emotional or rude reply goes out. It never blocks sending and never changes the
// text; it only points at the words. `allow` lists phrases the shop uses innocently (a product
// called "Anjing Laut plush"): a finding inside an allowed phrase is dropped.

export interface ToneFinding {
  start: number;
  end: number;
  word: string;
  reason: ToneReason;
}

export interface ToneResult {
  level: 'ok' | 'warn';
  findings: ToneFinding[];
}

// Letters on both sides: a word boundary that also holds for Indonesian text (no \b on "é").
const wordPattern = (body: string) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`, 'giu');
const RUDE = wordPattern(RUDE_WORDS.join('|'));
const BLAMING = wordPattern(BLAMING_PHRASES.join('|'));
const MARKS = /[!?]*!{3,}[!?]*|[!?]*\?{3,}[!?]*|(?:!\?|\?!){2,}/g;
const CAPS_WORD = /(?<![\p{L}\p{N}])[\p{Lu}][\p{Lu}'’]{2,}(?![\p{L}\p{N}])/gu;
/** Shouting is three or more capitalised words close together (a single acronym is not). */
const SHOUT_WORDS = 3;

function collect(re: RegExp, text: string, reason: ToneReason, out: ToneFinding[]) {
  for (const m of text.matchAll(re))
    out.push({ start: m.index, end: m.index + m[0].length, word: m[0], reason });
}

function shouting(text: string, out: ToneFinding[]) {
  const caps = [...text.matchAll(CAPS_WORD)].filter((m) => !CAPS_ALLOWED.has(m[0].toUpperCase()));
  let run: RegExpMatchArray[] = [];
  const flush = () => {
    if (run.length >= SHOUT_WORDS) {
      const first = run[0]!;
      const last = run[run.length - 1]!;
      const start = first.index!;
      const end = last.index! + last[0].length;
      out.push({ start, end, word: text.slice(start, end), reason: 'teriak' });
    }
    run = [];
  };
  for (const m of caps) {
    const prev = run[run.length - 1];
    // Words of one shout are separated by spaces and punctuation only, not by lower-case words.
    if (prev && /[\p{Ll}]/u.test(text.slice(prev.index! + prev[0].length, m.index))) flush();
    run.push(m);
  }
  flush();
}

function allowedRanges(text: string, allow: readonly string[]): [number, number][] {
  const lower = text.toLocaleLowerCase('id');
  const ranges: [number, number][] = [];
  for (const phrase of allow) {
    const p = phrase.trim().toLocaleLowerCase('id');
    if (!p) continue;
    for (let i = lower.indexOf(p); i !== -1; i = lower.indexOf(p, i + 1)) ranges.push([i, i + p.length]);
  }
  return ranges;
}

export function checkTone(text: string, options: { allow?: string[] } = {}): ToneResult {
  const found: ToneFinding[] = [];
  collect(RUDE, text, 'kasar', found);
  collect(DASAR_INSULT, text, 'kasar', found);
  collect(BLAMING, text, 'menyalahkan', found);
  collect(MARKS, text, 'tanda-seru', found);
  shouting(text, found);

  const allowed = allowedRanges(text, options.allow ?? []);
  const kept = found
    .filter((f) => !allowed.some(([a, b]) => f.start >= a && f.end <= b))
    .sort((a, b) => a.start - b.start || b.end - a.end)
    // One finding per place: "dasar tolol" is reported once, not as "tolol" again inside it.
    .filter((f, i, all) => !all.some((g, j) => j < i && f.start >= g.start && f.end <= g.end));
  return { level: kept.length > 0 ? 'warn' : 'ok', findings: kept };
}
