// An editor that owns its model like Lexical: it cancels every beforeinput, applies it to its text,
// re-renders the DOM from the model, reverts DOM changes it did not make, and keeps its own undo
// history (Ctrl+Z on keydown, as Lexical does). The history groups the edits of one script run, a
// simplification of Lexical's time-based merging: a keystroke is one step, so is a multi-event paste.
import { chatChrome } from './chat-ui';

const editor = document.createElement('div');
editor.id = 'composer';
editor.contentEditable = 'true';
// As Lexical does: spaces stay spaces (no &nbsp;) and a trailing space is still a caret position.
editor.style.whiteSpace = 'pre-wrap';
const show = chatChrome(editor);
let text = '';
const history: Array<{ text: string; caret: number }> = [];
let stepOpen = false;

function recordStep(caret: number): void {
  if (stepOpen) return;
  history.push({ text, caret });
  stepOpen = true;
  // Closes after the current script finishes: events dispatched in one go share a step, while each
  // keystroke (dispatched with an empty stack) gets its own. Timers would let keystrokes merge.
  queueMicrotask(() => {
    stepOpen = false;
  });
}

function paragraph(): HTMLParagraphElement {
  return editor.firstElementChild as HTMLParagraphElement;
}

// Model offset of a DOM point inside the single paragraph: text counts its length, <br> one.
function toOffset(node: Node, offset: number): number {
  const p = paragraph();
  if (node === editor) return offset === 0 ? 0 : text.length;
  const children = Array.from(p.childNodes);
  const upTo = node === p ? offset : children.indexOf(node as ChildNode);
  let total = 0;
  for (const child of children.slice(0, upTo)) total += child.nodeType === 3 ? (child as Text).length : 1;
  return Math.min(text.length, node === p ? total : total + offset);
}

function toPoint(offset: number): [Node, number] {
  const p = paragraph();
  let remaining = offset;
  for (const [index, child] of Array.from(p.childNodes).entries()) {
    const length = child.nodeType === 3 ? (child as Text).length : 1;
    if (child.nodeType === 3 && remaining <= length) return [child, remaining];
    if (child.nodeType !== 3 && remaining === 0) return [p, index];
    remaining -= length;
  }
  return [p, p.childNodes.length];
}

function render(caret: number): void {
  const p = document.createElement('p');
  text.split('\n').forEach((line, index) => {
    if (index > 0) p.append(document.createElement('br'));
    if (line) p.append(line);
  });
  if (text === '' || text.endsWith('\n')) p.append(document.createElement('br'));
  editor.replaceChildren(p);
  if (document.activeElement === editor) document.getSelection()?.collapse(...toPoint(caret));
  show(text);
}

editor.addEventListener('beforeinput', (event) => {
  event.preventDefault();
  const range = event.getTargetRanges()[0] ?? document.getSelection()?.getRangeAt(0);
  if (!range) return;
  let start = toOffset(range.startContainer, range.startOffset);
  const end = toOffset(range.endContainer, range.endOffset);
  let insert = '';
  switch (event.inputType) {
    case 'insertText':
      insert = event.data ?? '';
      break;
    case 'insertLineBreak':
    case 'insertParagraph':
      insert = '\n';
      break;
    case 'deleteContentBackward':
      if (start === end) start = Math.max(0, start - 1);
      break;
    case 'deleteContent':
      break;
    default:
      return;
  }
  recordStep(end);
  text = text.slice(0, start) + insert + text.slice(end);
  render(start + insert.length);
});

editor.addEventListener('keydown', (event) => {
  if (!(event.ctrlKey || event.metaKey) || event.shiftKey || event.key.toLowerCase() !== 'z') return;
  event.preventDefault();
  const step = history.pop();
  if (!step) return;
  text = step.text;
  render(step.caret);
});

editor.addEventListener('input', () => render(text.length));
render(0);
