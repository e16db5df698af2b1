// A contenteditable whose app state changes only on `input` (it reads the DOM back, as Draft and
// ProseMirror do for typing) and which handles `paste` itself from clipboardData, as they do.
import { chatChrome } from './chat-ui';

const editor = document.createElement('div');
editor.id = 'composer';
editor.contentEditable = 'true';
const show = chatChrome(editor);
let state = '';
show(state);

// The text as the app would send it: without the trailing newline innerText may add, and with the
// no-break spaces Chrome types at line ends turned back into spaces.
// innerText is what reads <br> and blocks as newlines.
const readBack = (): string => editor.innerText.replace(/\n$/, '').replaceAll('\u00a0', ' ');

editor.addEventListener('input', () => {
  state = readBack();
  show(state);
});

editor.addEventListener('paste', (event) => {
  const text = event.clipboardData?.getData('text/plain');
  const range = document.getSelection()?.getRangeAt(0);
  if (!text || !range || !editor.contains(range.startContainer)) return;
  event.preventDefault();
  range.deleteContents();
  const fragment = document.createDocumentFragment();
  text.split('\n').forEach((line, index) => {
    if (index > 0) fragment.append(document.createElement('br'));
    fragment.append(line);
  });
  const last = fragment.lastChild;
  range.insertNode(fragment);
  if (last) document.getSelection()?.collapse(last, last.nodeType === 3 ? (last as Text).length : 0);
  state = readBack();
  show(state);
});
