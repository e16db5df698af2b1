import { squeeze } from './normalize';

// Building blocks of the intent rules: word-bounded patterns over normalised text (tokens joined
// by single spaces, a space at both ends), written in plain spelling and squeezed like the text.

/**
 * A pattern over normalised text. Letters are squeezed as the text is ("makasih" stays, "hallo"
 * would become "halo"), escapes are left alone, so `\b`/`\d` keep their meaning.
 */
export function rx(source: string): RegExp {
  let out = '';
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      out += c + (source[i + 1] ?? '');
      i++;
      continue;
    }
    const prev = out[out.length - 1];
    const escapedPrev = out.length >= 2 && out[out.length - 2] === '\\';
    if (/[a-z]/.test(c) && c === prev && !escapedPrev) continue;
    out += c;
  }
  return new RegExp(out, 'g');
}

/** `(?:a|b|c)` from words (each squeezed), for composing patterns. */
export function anyOf(words: readonly string[]): string {
  return `(?:${words.map(squeeze).join('|')})`;
}

/** Words that, shortly before a complaint word, make it not a complaint ("ga rusak", "kalau pecah"). */
export const NEGATORS = ['tidak', 'bukan', 'belum', 'tanpa'];

/** True when one of `blockers` is among the `window` words before offset `at` of `text`. */
export function blockedBefore(text: string, at: number, blockers: ReadonlySet<string>, window = 3): boolean {
  const before = text.slice(0, at).trim().split(' ').slice(-window);
  return before.some((w) => blockers.has(w));
}

/** Every match of `pattern` in `text` whose start is not blocked; true if there is one. */
export function matchesUnblocked(
  text: string,
  pattern: RegExp,
  blockers?: ReadonlySet<string>,
  window?: number,
): boolean {
  pattern.lastIndex = 0;
  for (const m of text.matchAll(pattern)) {
    if (!blockers || !blockedBefore(text, m.index, blockers, window)) return true;
  }
  return false;
}
