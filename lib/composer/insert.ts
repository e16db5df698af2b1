import { editorOf, isEditable, isTextControl } from './editable';
import { rollback } from './rollback';
import { editorText, placeCaret, readEditorText, selectedRange } from './selection';
import { DEFAULT_STRATEGIES } from './strategies';
import type { InsertOptions, InsertResult } from './types';

export type { InsertOptions, InsertResult, Strategy } from './types';

const REJECTED: InsertResult = { ok: false, reason: 'rejected' };

// Textareas turn "\r\n" into "\n" themselves; doing it up front keeps the landed-text check exact.
const normalizeNewlines = (text: string): string => text.replace(/\r\n?/g, '\n');

// Contenteditable text is read with no-break spaces as spaces (see plain-text.ts); a snippet's own
// U+00A0 must compare the same way or a correct insertion would look wrong.
const asRead = (editor: HTMLElement, text: string): string =>
  isTextControl(editor) ? text : text.replaceAll('\u00a0', ' ');

/**
 * Puts text into a page's editor as if typed: tries each strategy in order and accepts the first
 * whose text demonstrably landed at the right place. Without `replace`, the selection is replaced;
 * in a contenteditable that holds no selection the text goes at the end.
 */
export function insertText(target: HTMLElement, rawText: string, options: InsertOptions = {}): InsertResult {
  const editor = editorOf(target);
  if (!editor || !isEditable(editor)) return { ok: false, reason: 'not-editable' };
  const text = normalizeNewlines(rawText);
  const before = editorText(editor);
  const clamp = (n: number) => Math.max(0, Math.min(n, before.length));
  const range = options.replace ?? selectedRange(editor) ?? { start: before.length, end: before.length };
  const start = clamp(Math.min(range.start, range.end));
  const end = clamp(Math.max(range.start, range.end));
  const expected = before.slice(0, start) + asRead(editor, text) + before.slice(end);
  const caret = start + text.length;
  // Deleting nothing would still run a command, and execCommand('delete') then eats a character.
  if (!text && start === end) return { ok: true, strategy: 'none' };

  for (const strategy of [...(options.strategies ?? []), ...DEFAULT_STRATEGIES]) {
    if (!strategy.appliesTo(editor)) continue;
    const outcome = strategy.attempt({ editor, text, start, end });
    const now = editorText(editor);
    if (now === expected) {
      if (readEditorText(editor).caret !== caret) placeCaret(editor, caret);
      return { ok: true, strategy: strategy.name };
    }
    // Wrong text means the page constrained or mangled it; another strategy would fight the page.
    if (now !== before) {
      // Even if the rollback fails, 'rejected' sends the caller to its fallback (copy to clipboard).
      rollback(editor, strategy, { text: before, start, end });
      return REJECTED;
    }
    // Consumed but not (yet) shown: an editor that renders later must not get the text twice.
    if (outcome === 'claimed') return REJECTED;
  }
  return REJECTED;
}
