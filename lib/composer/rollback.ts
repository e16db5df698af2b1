import { isTextControl, type TextControl } from './editable';
import { execCommand } from './exec-command';
import { editorText, selectRange } from './selection';
import type { Strategy } from './types';

function restoreValue(editor: TextControl, value: string): void {
  const view = editor.ownerDocument.defaultView;
  const proto =
    editor.tagName === 'TEXTAREA' ? view?.HTMLTextAreaElement.prototype : view?.HTMLInputElement.prototype;
  const setter = proto && Object.getOwnPropertyDescriptor(proto, 'value')?.set;
  if (!setter) return;
  // The prototype's setter, not the instance's: React tracks values set through the instance and
  // would then ignore the input event that tells it the text changed back.
  setter.call(editor, value);
  editor.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'historyUndo' }));
}

/**
 * Takes back a strategy's partial or misplaced text (e.g. a maxlength that truncated it) so a
 * failed insertion leaves the editor as it was. True when the text is back to `text`.
 */
export function rollback(
  editor: HTMLElement,
  strategy: Strategy,
  before: { text: string; start: number; end: number },
): boolean {
  if (strategy.nativeUndo) execCommand(editor.ownerDocument, 'undo');
  if (editorText(editor) !== before.text && isTextControl(editor)) restoreValue(editor, before.text);
  if (editorText(editor) !== before.text) return false;
  selectRange(editor, before.start, before.end);
  return true;
}
