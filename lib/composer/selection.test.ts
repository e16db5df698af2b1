import { describe, expect, it } from 'vitest';
import { placeCaret, readEditorText } from './selection';

describe('readEditorText and placeCaret', () => {
  it('read and place the caret in a textarea in UTF-16 units', () => {
    const textarea = document.createElement('textarea');
    textarea.value = 'Halo 🙏 Kak';
    document.body.append(textarea);
    expect(placeCaret(textarea, 7)).toBe(true);
    expect(readEditorText(textarea)).toEqual({ text: 'Halo 🙏 Kak', caret: 7 });
  });

  it('report no caret for a selected range', () => {
    const input = document.createElement('input');
    input.value = 'abc';
    document.body.append(input);
    input.setSelectionRange(0, 2);
    expect(readEditorText(input).caret).toBeNull();
  });

  it('map the caret over text nodes and <br>s of a contenteditable', () => {
    const host = document.createElement('div');
    host.setAttribute('contenteditable', 'true');
    host.innerHTML = 'Halo<br><b>Kak</b>';
    document.body.append(host);
    expect(placeCaret(host.querySelector('b')!, 6)).toBe(true);
    expect(readEditorText(host)).toEqual({ text: 'Halo\nKak', caret: 6 });
    const selection = document.getSelection()!;
    expect(selection.anchorNode).toBe(host.querySelector('b')!.firstChild);
    expect(selection.anchorOffset).toBe(1);
  });
});
