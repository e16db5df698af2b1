import { BLAMING_PHRASES, CAPS_ALLOWED, DASAR_INSULT_BODY, RUDE_WORDS, type ToneReason } from './words';

// Warns before an emotional or rude reply goes out. It never blocks sending and never changes the
// text; it only points at the words (start/end in UTF-16 units of `text`, for highlighting).
// `allow` lists phrases the shop uses innocently (a product called "Anjing Laut plush"): a finding
// that lies inside an occurrence of an allowed phrase is dropped; the same word elsewhere is not.

export type { ToneReason } from './words';

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

/** Shouting is this many capitalised words in a row (a single acronym or "JANGAN LUPA" is not). */
export const SHOUT_WORDS = 3;

// Not a letter or digit on either side: a word boundary that also holds for non-ASCII letters.
const wordPattern = (body: string) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`, 'giu');
const RUDE = wordPattern(RUDE_WORDS.join('|'));
const DASAR = wordPattern(DASAR_INSULT_BODY);
// In the phrase list a space is any run of whitespace and " ?" an optional one ("di ?bilang").
const BLAMING = wordPattern(
  BLAMING_PHRASES.map((p) => p.replace(/ \?/g, '\\s*').replace(/ /g, '\\s+')).join('|'),
);
const MARKS = /[!?！？]*(?:[!！]{3,}|[?？]{3,})[!?！？]*|(?:[!！][?？]|[?？][!！]){2,}[!?！？]*/g;
const TOKEN = /\S+/g;
// A token's letters with the punctuation around it stripped ("BILANG!!!" → "BILANG").
const EDGES = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

function collect(re: RegExp, text: string, reason: ToneReason, out: ToneFinding[]) {
  for (const m of text.matchAll(re))
    out.push({ start: m.index, end: m.index + m[0].length, word: m[0], reason });
}

function shouting(text: string, out: ToneFinding[]) {
  let run: { start: number; end: number; counts: boolean }[] = [];
  const flush = () => {
    if (run.filter((w) => w.counts).length >= SHOUT_WORDS) {
      const start = run[0]!.start;
      const end = run[run.length - 1]!.end;
      out.push({ start, end, word: text.slice(start, end), reason: 'teriak' });
    }
    run = [];
  };
  for (const m of text.matchAll(TOKEN)) {
    const core = m[0].replace(EDGES, '');
    const lead = m[0].search(/[\p{L}\p{N}]/u);
    const start = m.index + Math.max(lead, 0);
    const token = { start, end: start + core.length, counts: false };
    if (/\p{Ll}/u.test(core)) {
      flush(); // a word in lower case ends the shout
    } else if (/^\p{Lu}{3,}$/u.test(core)) {
      // Codes with digits or hyphens (SKU-001, XL2) never get here; known acronyms do not count.
      token.counts = !CAPS_ALLOWED.has(core);
      run.push(token);
    } else if (/^\p{Lu}{1,2}$/u.test(core) && run.length > 0) {
      run.push(token); // "SAYA DI RUMAH": short words carry a shout on without starting one
    }
  }
  flush();
}

function allowedRanges(text: string, allow: readonly string[]): [number, number][] {
  const ranges: [number, number][] = [];
  for (const phrase of allow) {
    const words = phrase.trim().split(/\s+/).filter(Boolean);
    if (words.length === 0) continue;
    const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+');
    for (const m of text.matchAll(new RegExp(escaped, 'giu'))) ranges.push([m.index, m.index + m[0].length]);
  }
  return ranges;
}

export function checkTone(text: string, options?: { allow?: string[] }): ToneResult {
  const found: ToneFinding[] = [];
  collect(DASAR, text, 'kasar', found);
  collect(RUDE, text, 'kasar', found);
  collect(BLAMING, text, 'menyalahkan', found);
  collect(MARKS, text, 'tanda-seru', found);
  shouting(text, found);

  const allowed = allowedRanges(text, options?.allow ?? []);
  const kept = found
    .filter((f) => !allowed.some(([a, b]) => f.start >= a && f.end <= b))
    .sort((a, b) => a.start - b.start || b.end - a.end)
    // One finding per place: "dasar tolol" is reported once, not as "tolol" again inside it.
    .filter((f, i, all) => !all.some((g, j) => j < i && f.start >= g.start && f.end <= g.end));
  return { level: kept.length > 0 ? 'warn' : 'ok', findings: kept };
}
