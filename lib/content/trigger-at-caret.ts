// Finds a typed snippet trigger ("/salam") that ends at the caret and is a whole token: at the
// start of the text or after whitespace, so "abc/salam" and "toko.id/salam" (a URL) are left alone.

const TRIGGER_BEFORE_CARET = /(?:^|\s)\/([\p{L}\p{N}_-]+)$/u;

export interface TriggerMatch {
  /** The word without the slash, lower-cased. */
  trigger: string;
  /** The range of "/word" in the text, for replacement. */
  start: number;
  end: number;
}

export function triggerAtCaret(text: string, caret: number, known: readonly string[]): TriggerMatch | null {
  const match = TRIGGER_BEFORE_CARET.exec(text.slice(0, caret));
  if (!match) return null;
  const trigger = match[1]!.toLowerCase();
  if (!known.some((k) => k.toLowerCase() === trigger)) return null;
  return { trigger, start: caret - trigger.length - 1, end: caret };
}
