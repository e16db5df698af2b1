import { editorOf, isTextControl } from './editable';
import { offsetOf, plainTextOf, positionAt } from './plain-text';

export interface EditorText {
  text: string;
  /** Offset of a collapsed caret inside the editor, or null (no caret there, or a range selected). */
  caret: number | null;
}

export interface TextRange {
  start: number;
  end: number;
}

function selectionIn(editor: HTMLElement): Selection | null {
  const selection = editor.ownerDocument.getSelection();
  if (!selection || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  if (!editor.contains(range.startContainer) || !editor.contains(range.endContainer)) return null;
  return selection;
}

/** The selected range of the editor's plain text, or null when the selection is elsewhere. */
export function selectedRange(editor: HTMLElement): TextRange | null {
  if (isTextControl(editor)) {
    return { start: editor.selectionStart ?? 0, end: editor.selectionEnd ?? 0 };
  }
  const selection = selectionIn(editor);
  if (!selection) return null;
  const range = selection.getRangeAt(0);
  return {
    start: offsetOf(editor, range.startContainer, range.startOffset),
    end: offsetOf(editor, range.endContainer, range.endOffset),
  };
}

export function editorText(editor: HTMLElement): string {
  return isTextControl(editor) ? editor.value : plainTextOf(editor);
}

export function readEditorText(target: HTMLElement): EditorText {
  const editor = editorOf(target);
  if (!editor) return { text: '', caret: null };
  const range = selectedRange(editor);
  return {
    text: editorText(editor),
    caret: range && range.start === range.end ? range.start : null,
  };
}

/** Selects `[start, end)` of the editor's plain text, without focusing it. */
export function selectRange(editor: HTMLElement, start: number, end: number): void {
  if (isTextControl(editor)) {
    editor.setSelectionRange(start, end);
    return;
  }
  const selection = editor.ownerDocument.getSelection();
  if (!selection) return;
  const from = positionAt(editor, start);
  const to = positionAt(editor, end);
  selection.setBaseAndExtent(from.node, from.offset, to.node, to.offset);
}

/** Focuses the editor; false when focus went (or stayed) elsewhere, where typing would land. */
export function focusEditor(editor: HTMLElement): boolean {
  editor.focus({ preventScroll: true });
  const root = editor.getRootNode() as Document | ShadowRoot;
  return root.activeElement === editor;
}

/** Puts a collapsed caret at a plain-text offset (e.g. a snippet's cursor marker). */
export function placeCaret(target: HTMLElement, offset: number): boolean {
  const editor = editorOf(target);
  if (!editor || !focusEditor(editor)) return false;
  selectRange(editor, offset, offset);
  return readEditorText(editor).caret === Math.max(0, Math.min(offset, editorText(editor).length));
}
