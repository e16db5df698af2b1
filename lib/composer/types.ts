/** What `insertText` reports: which strategy made the text land, or why none did. */
export type InsertResult =
  | { ok: true; strategy: string }
  | { ok: false; reason: 'not-editable' | 'rejected' };

/** One insertion: replace `[start, end)` of the editor's plain text (UTF-16 offsets) with `text`. */
export interface Edit {
  /** The text control or the contenteditable editing host. */
  editor: HTMLElement;
  text: string;
  start: number;
  end: number;
}

/**
 * - `skipped`: nothing was dispatched (API missing, focus could not be taken); safe to try the next.
 * - `attempted`: the strategy acted; the chain checks the editor's text to see whether it landed.
 * - `claimed`: the page consumed our event (preventDefault) and so took responsibility for it.
 */
export type Outcome = 'skipped' | 'attempted' | 'claimed';

export interface Strategy {
  readonly name: string;
  /** True when a failed attempt can be taken back with the browser's own undo. */
  readonly nativeUndo: boolean;
  appliesTo(editor: HTMLElement): boolean;
  attempt(edit: Edit): Outcome;
}

export interface InsertOptions {
  /** Replace this range of the plain text instead of the current selection (e.g. a typed `/salam`). */
  replace?: { start: number; end: number };
  /** Site-specific strategies, tried before the generic chain. */
  strategies?: readonly Strategy[];
}
