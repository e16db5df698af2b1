import { isTextControl } from '../editable';
import { execCommand } from '../exec-command';
import { focusEditor, selectRange } from '../selection';
import type { Strategy } from '../types';

/**
 * The browser's own editing command: the page sees trusted beforeinput/input events (React's value
 * tracker accepts them) and the change is one native undo step, exactly as if typed.
 */
export const textControlExecCommand: Strategy = {
  name: 'text-control:exec-command',
  nativeUndo: true,
  appliesTo: isTextControl,
  attempt({ editor, text, start, end }) {
    // execCommand edits whatever has focus; without it the text would land in another field.
    if (!focusEditor(editor)) return 'skipped';
    selectRange(editor, start, end);
    const done = execCommand(editor.ownerDocument, text ? 'insertText' : 'delete', text);
    return done ? 'attempted' : 'skipped';
  },
};
