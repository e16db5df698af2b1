import { editingHost } from '../editable';
import { focusEditor, selectRange } from '../selection';
import type { Strategy } from '../types';

/**
 * ProseMirror, Draft.js, CKEditor 5 and Quill handle `paste` themselves from `clipboardData`. The
 * event carries its own DataTransfer, so the system clipboard is never read or written. Newlines go
 * as text/plain and the editor decides (usually paragraphs).
 */
export const contentEditablePaste: Strategy = {
  name: 'contenteditable:paste',
  nativeUndo: false,
  appliesTo: (el) => editingHost(el) === el,
  attempt({ editor, text, start, end }) {
    if (!text || !focusEditor(editor)) return 'skipped';
    selectRange(editor, start, end);
    const data = new DataTransfer();
    data.setData('text/plain', text);
    const event = new ClipboardEvent('paste', {
      bubbles: true,
      cancelable: true,
      composed: true,
      clipboardData: data,
    });
    editor.dispatchEvent(event);
    // A synthetic paste has no default action: an editor that did not cancel it did nothing.
    return event.defaultPrevented ? 'claimed' : 'skipped';
  },
};
