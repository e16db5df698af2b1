import { describe, expect, it } from 'vitest';
import { editingHost, isEditable } from './editable';

function make(html: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = html;
  document.body.append(root);
  return root;
}

describe('isEditable', () => {
  it('accepts text controls unless disabled or read-only', () => {
    const root = make(
      '<textarea></textarea><input><input type=checkbox><textarea readonly></textarea><input disabled>',
    );
    const verdicts = Array.from(root.children).map((el) => isEditable(el));
    expect(verdicts).toEqual([true, true, false, false, false]);
  });

  it('follows the nearest contenteditable attribute', () => {
    const root = make('<div contenteditable><p>a<span contenteditable=false>x</span></p></div><p>plain</p>');
    expect(isEditable(root.querySelector('p'))).toBe(true);
    expect(isEditable(root.querySelector('span'))).toBe(false);
    expect(isEditable(root.lastElementChild)).toBe(false);
  });
});

describe('editingHost', () => {
  it('is the outermost editable ancestor', () => {
    const root = make('<div id=host contenteditable="true"><p><b>a</b></p></div>');
    expect(editingHost(root.querySelector('b')!)?.id).toBe('host');
  });
});
