import { describe, expect, it } from 'vitest';
import { offsetOf, plainTextOf, positionAt } from './plain-text';

function editor(html: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = html;
  return root;
}

describe('plainTextOf', () => {
  it.each([
    ['Halo Kak', 'Halo Kak'],
    ['Halo<br>Kak', 'Halo\nKak'],
    ['Halo<br><br>', 'Halo\n'],
    ['<p><br></p>', ''],
    ['<p>a</p><p>b</p>', 'a\nb'],
    ['<div>a</div><div><br></div><div>b</div>', 'a\n\nb'],
    ['a<div>b</div>', 'a\nb'],
    ['<p><span>Ha</span><b>lo</b></p>', 'Halo'],
    ['a<br><div>b</div>', 'a\nb'],
    ['Halo Kak 🙏😊', 'Halo Kak 🙏😊'],
  ])('%s reads as %j', (html, text) => {
    expect(plainTextOf(editor(html))).toBe(text);
  });
});

describe('offsetOf', () => {
  it('counts UTF-16 units inside a text node', () => {
    const root = editor('🙏😊x');
    expect(offsetOf(root, root.firstChild!, 4)).toBe(4);
  });

  it('counts text and <br> before a position between children', () => {
    const root = editor('ab<br>cd');
    expect(offsetOf(root, root, 2)).toBe(3);
    expect(offsetOf(root, root, 1)).toBe(2);
    expect(offsetOf(root, root, 3)).toBe(5);
  });

  it('puts a caret at the start of a line after the line break', () => {
    const root = editor('<div>a</div><div><br></div>');
    const second = root.childNodes[1]!;
    expect(offsetOf(root, second, 0)).toBe(2);
    expect(offsetOf(root, root.firstChild!.firstChild!, 1)).toBe(1);
  });

  it('counts a text node in a later block after the break', () => {
    const root = editor('<p>ab</p><p>cd</p>');
    expect(offsetOf(root, root.childNodes[1]!.firstChild!, 1)).toBe(4);
  });
});

describe('positionAt', () => {
  it('stays at the end of the text node before a <br>', () => {
    const root = editor('ab<br>cd');
    expect(positionAt(root, 2)).toEqual({ node: root.firstChild, offset: 2 });
    expect(positionAt(root, 3)).toEqual({ node: root.childNodes[2], offset: 0 });
  });

  it('lands before the placeholder <br> of an empty line', () => {
    const root = editor('<div>a</div><div><br></div>');
    expect(positionAt(root, 2)).toEqual({ node: root.childNodes[1], offset: 0 });
  });

  it('clamps past the end and handles an empty editor', () => {
    const root = editor('ab');
    expect(positionAt(root, 99)).toEqual({ node: root.firstChild, offset: 2 });
    const empty = editor('');
    expect(positionAt(empty, 3)).toEqual({ node: empty, offset: 0 });
  });

  it('round-trips every offset of a mixed editor', () => {
    const root = editor('<p>Halo <b>Kak</b> 🙏</p><p><br></p><p>x<br>y</p>');
    const text = plainTextOf(root);
    for (let offset = 0; offset <= text.length; offset += 1) {
      const { node, offset: at } = positionAt(root, offset);
      expect(offsetOf(root, node, at)).toBe(offset);
    }
  });
});

describe('no-break spaces', () => {
  it('read as the spaces a person typed, keeping offsets', () => {
    const root = editor('Halo\u00a0');
    expect(plainTextOf(root)).toBe('Halo ');
    expect(positionAt(root, 5)).toEqual({ node: root.firstChild, offset: 5 });
  });
});
