import { isTextControl, type TextControl } from '../editable';
import type { Strategy } from '../types';

// The element's own prototype from its realm: a page (or framework) may have patched the instance.
function nativeSetRangeText(editor: TextControl) {
  const view = editor.ownerDocument.defaultView;
  const proto =
    editor.tagName === 'TEXTAREA' ? view?.HTMLTextAreaElement.prototype : view?.HTMLInputElement.prototype;
  return proto?.setRangeText;
}

/**
 * For when execCommand is unavailable. `setRangeText` changes the value without going through the
 * `value` setter that React instruments, so React's tracker still sees the old value and accepts
 * the `input` event that follows. No native undo step is recorded.
 */
export const textControlSetRangeText: Strategy = {
  name: 'text-control:set-range-text',
  nativeUndo: false,
  appliesTo: isTextControl,
  attempt({ editor, text, start, end }) {
    if (!isTextControl(editor)) return 'skipped';
    const setRangeText = nativeSetRangeText(editor);
    if (!setRangeText) return 'skipped';
    const init = { bubbles: true, composed: true, inputType: 'insertText', data: text };
    // A page that cancels beforeinput is refusing typed text (e.g. its own length limit).
    const before = new InputEvent('beforeinput', { ...init, cancelable: true });
    if (!editor.dispatchEvent(before)) return 'claimed';
    setRangeText.call(editor, text, start, end, 'end');
    editor.dispatchEvent(new InputEvent('input', init));
    return 'attempted';
  },
};
