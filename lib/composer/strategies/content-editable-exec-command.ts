import { editingHost } from '../editable';
import { execCommand } from '../exec-command';
import { focusEditor, selectRange } from '../selection';
import type { Strategy } from '../types';

const isContentEditable = (el: HTMLElement): boolean => editingHost(el) === el;

/**
 * Plain contenteditable (and editors that read the DOM back on `input`): the browser edits the
 * DOM, fires trusted input events and records one native undo step. Newlines become
 * `insertLineBreak` (a `<br>`, what Shift+Enter types) rather than the paragraphs `insertText`
 * would make of "\n": in chat composers a paragraph break is what Enter makes, and Enter sends.
 */
export const contentEditableExecCommand: Strategy = {
  name: 'contenteditable:exec-command',
  nativeUndo: true,
  appliesTo: isContentEditable,
  attempt({ editor, text, start, end }) {
    if (!focusEditor(editor)) return 'skipped';
    selectRange(editor, start, end);
    const doc = editor.ownerDocument;
    if (!text) return execCommand(doc, 'delete') ? 'attempted' : 'skipped';
    let acted = false;
    text.split('\n').forEach((line, index) => {
      if (index > 0) acted = execCommand(doc, 'insertLineBreak') || acted;
      if (line) acted = execCommand(doc, 'insertText', line) || acted;
    });
    return acted ? 'attempted' : 'skipped';
  },
};
