import type { Lang } from '../i18n';

// Typed triggers: "/salam" then the expansion key replaces "/salam" with the snippet. Stored
// without the slash, lower-case; typed in any case ("/SALAM" with caps lock on still expands).
// A trigger only counts as a whole token that ends exactly at the caret and starts the text or
// follows whitespace, so "abc/salam", "toko.id/salam" and "https://x.com/salam" are left alone,
// and "/salamx" (a key typed before the expansion key) is not "/salam".

/** Letters, digits, "_" and "-", up to 32: what fits in one token a person can type fast. */
const TRIGGER_WORD = /^[\p{L}\p{N}_-]{1,32}$/u;
const TRIGGER_BEFORE_CARET = /(?:^|\s)\/([\p{L}\p{N}_-]{1,32})$/u;

export type ExpandKey = 'Tab' | 'Space';
export const DEFAULT_EXPAND_KEY: ExpandKey = 'Tab';

export interface TriggerMatch<S> {
  snippet: S;
  /** The range of "/word" in the text (UTF-16 units), to be replaced by the rendered snippet. */
  start: number;
  end: number;
}

/** "/Salam " → "salam"; null when it cannot be a trigger (spaces, symbols, empty, too long). */
export function normaliseTrigger(input: string): string | null {
  const word = input.trim().replace(/^\//, '').toLocaleLowerCase('id');
  return TRIGGER_WORD.test(word) ? word : null;
}

/**
 * The snippet whose trigger ends at the caret, or null. With `lang`, a snippet in that language wins
 * when two share a trigger (the Indonesian and English "/refund"); otherwise the first in the list.
 */
export function findTrigger<S extends { trigger: string | null; lang?: Lang }>(
  text: string,
  caret: number,
  snippets: readonly S[],
  lang?: Lang,
): TriggerMatch<S> | null {
  if (caret < 1 || caret > text.length) return null;
  const match = TRIGGER_BEFORE_CARET.exec(text.slice(0, caret));
  if (!match) return null;
  const typed = match[1]!.toLocaleLowerCase('id');
  const candidates = snippets.filter((s) => s.trigger != null && normaliseTrigger(s.trigger) === typed);
  const snippet = candidates.find((s) => lang != null && s.lang === lang) ?? candidates[0];
  if (!snippet) return null;
  return { snippet, start: caret - match[1]!.length - 1, end: caret };
}

export interface KeyPress {
  key: string;
  altKey?: boolean;
  ctrlKey?: boolean;
  shiftKey?: boolean;
  metaKey?: boolean;
  /** An IME is composing (Android keyboards, CJK input): the key belongs to the IME. */
  isComposing?: boolean;
}

/**
 * Whether this key press should expand a trigger: the configured key alone. Shift+Tab (moving focus
 * back) and Ctrl+Space (input-method switch) keep their meaning.
 */
export function isExpandKey(event: KeyPress, expandKey: ExpandKey = DEFAULT_EXPAND_KEY): boolean {
  if (event.isComposing) return false;
  if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return false;
  return expandKey === 'Tab' ? event.key === 'Tab' : event.key === ' ' || event.key === 'Spacebar';
}
