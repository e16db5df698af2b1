import { editingHost } from '../editable';
import { focusEditor, selectRange } from '../selection';
import type { Strategy } from '../types';

// Editors that read getTargetRanges() (as for trusted events) find the range there too.
function targetRanges(editor: HTMLElement): StaticRange[] {
  const StaticRangeOfPage = editor.ownerDocument.defaultView?.StaticRange;
  const selection = editor.ownerDocument.getSelection();
  if (!StaticRangeOfPage || !selection || selection.rangeCount === 0) return [];
  return [new StaticRangeOfPage(selection.getRangeAt(0))];
}

function dispatchInput(editor: HTMLElement, inputType: string, data: string | null): boolean {
  const event = new InputEvent('beforeinput', {
    bubbles: true,
    cancelable: true,
    composed: true,
    inputType,
    data,
    targetRanges: targetRanges(editor),
  });
  editor.dispatchEvent(event);
  return event.defaultPrevented;
}

/**
 * Editors that own their model (Lexical, Slate) cancel `beforeinput` and apply it themselves, and
 * may undo DOM changes they did not make. A synthetic, cancelable `beforeinput` speaks their
 * language; a canceled event means the editor consumed it. Lines go as `insertText` separated by
 * `insertLineBreak` (Shift+Enter), never `insertParagraph`, which chat editors treat as Enter.
 */
export const contentEditableBeforeInput: Strategy = {
  name: 'contenteditable:beforeinput',
  nativeUndo: false,
  appliesTo: (el) => editingHost(el) === el,
  attempt({ editor, text, start, end }) {
    if (!focusEditor(editor)) return 'skipped';
    selectRange(editor, start, end);
    const steps: Array<[string, string | null]> = [];
    if (!text) steps.push(['deleteContent', null]);
    text.split('\n').forEach((line, index) => {
      if (index > 0) steps.push(['insertLineBreak', null]);
      if (line) steps.push(['insertText', line]);
    });
    const [first, ...rest] = steps;
    // The first event tells whether the editor listens at all; a plain contenteditable ignores it.
    if (!first || !dispatchInput(editor, ...first)) return 'skipped';
    for (const step of rest) dispatchInput(editor, ...step);
    return 'claimed';
  },
};
