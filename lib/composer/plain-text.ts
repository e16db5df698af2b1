/**
 * The plain text of a contenteditable, and the mapping between its offsets and DOM positions.
 *
 * Text nodes count as their data (UTF-16 code units, like `textContent`), a `<br>` counts as "\n",
 * and a block boundary (p, div, li, ...) counts as one "\n" between lines. A `<br>` with no inline
 * content after it in its block is the placeholder browsers and editors keep in empty or
 * newline-ended lines; it is invisible and counts as nothing, otherwise `<p><br></p>` would read
 * as a newline. One mapping is used for reading, replacing and placing the caret, so the offsets a
 * caller gets from `readEditorText` are the offsets `insertText` and `placeCaret` take.
 *
 * A no-break space reads as a space: browsers type spaces at line ends as U+00A0 in
 * contenteditable and turn them back into spaces when text follows, so they are spaces to the
 * person typing (and to trigger detection). It is one code unit either way, so offsets hold.
 */

export interface Segment {
  kind: 'text' | 'br' | 'break';
  /** For 'break': the first content node of the new line. */
  node: Node;
  start: number;
  length: number;
}

export interface DomPosition {
  node: Node;
  offset: number;
}

const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TBODY',
  'TD',
  'TH',
  'THEAD',
  'TR',
  'UL',
]);

const isElement = (node: Node): node is Element => node.nodeType === 1;
const isText = (node: Node): node is Text => node.nodeType === 3;
const isBlock = (node: Node): boolean => isElement(node) && BLOCK_TAGS.has(node.tagName);
const isBr = (node: Node): boolean => isElement(node) && node.tagName === 'BR';

function hasInlineContent(node: Node): boolean {
  if (isText(node)) return node.data.length > 0;
  if (isBr(node)) return true;
  if (isBlock(node)) return false;
  return Array.from(node.childNodes).some(hasInlineContent);
}

function isPlaceholderBr(br: Node, root: Node): boolean {
  for (let node: Node | null = br; node && node !== root && !isBlock(node); node = node.parentNode) {
    for (let next = node.nextSibling; next; next = next.nextSibling) {
      // A block after the <br> starts a new line anyway, so the <br> adds no line of its own.
      if (isBlock(next)) return true;
      if (hasInlineContent(next)) return false;
    }
  }
  return true;
}

export function segmentsOf(root: Node): Segment[] {
  const segments: Segment[] = [];
  let position = 0;
  let pendingBreak = false;
  let hasContent = false;

  const emit = (kind: 'text' | 'br', node: Node, length: number, content: boolean) => {
    // Breaks are emitted lazily, so leading/trailing/nested block edges add no empty lines.
    if (content && pendingBreak && hasContent) {
      segments.push({ kind: 'break', node, start: position, length: 1 });
      position += 1;
    }
    if (content) {
      pendingBreak = false;
      hasContent = true;
    }
    segments.push({ kind, node, start: position, length });
    position += length;
  };

  const visit = (parent: Node) => {
    for (const child of Array.from(parent.childNodes)) {
      if (isText(child)) emit('text', child, child.data.length, child.data.length > 0);
      else if (isBr(child)) emit('br', child, isPlaceholderBr(child, root) ? 0 : 1, true);
      else if (isElement(child)) {
        const block = isBlock(child);
        if (block) pendingBreak = true;
        visit(child);
        if (block) pendingBreak = true;
      }
    }
  };
  visit(root);
  return segments;
}

const textOf = (segment: Segment): string =>
  segment.kind === 'text'
    ? (segment.node as Text).data.replaceAll('\u00a0', ' ')
    : '\n'.repeat(segment.length);

export function plainTextOf(root: Node): string {
  return segmentsOf(root).map(textOf).join('');
}

// a strictly before b in document order, b not inside a (segments are leaves, so it never is).
function precedes(a: Node, b: Node): boolean {
  return (a.compareDocumentPosition(b) & 4) !== 0 && !a.contains(b);
}

/** The plain-text offset of a DOM boundary point (e.g. a selection's focus) inside root. */
export function offsetOf(root: Node, container: Node, offset: number): number {
  let result = 0;
  const child = isText(container) ? null : (container.childNodes[offset] ?? null);
  for (const segment of segmentsOf(root)) {
    if (isText(container) && segment.node === container && segment.kind === 'text') {
      return segment.start + Math.min(offset, segment.length);
    }
    let counted: boolean;
    if (isText(container)) counted = precedes(segment.node, container) || segment.node === container;
    else if (child) {
      // A caret at the start of a line ((div, 0) before its first text or <br>) is after its break.
      counted = precedes(segment.node, child) || (segment.kind === 'break' && segment.node === child);
    } else counted = container.contains(segment.node) || precedes(segment.node, container);
    if (!counted) break;
    result = segment.start + segment.length;
  }
  return result;
}

const indexIn = (node: Node): number =>
  Array.from(node.parentNode?.childNodes ?? []).indexOf(node as ChildNode);

/** The DOM boundary point for a plain-text offset; past the end it is the end of the text. */
export function positionAt(root: Node, offset: number): DomPosition {
  const segments = segmentsOf(root);
  const last = segments.at(-1);
  const total = last ? last.start + last.length : 0;
  const target = Math.max(0, Math.min(offset, total));
  for (const segment of segments) {
    if (target < segment.start) break;
    const { node } = segment;
    // At the end of a text node the caret stays in it, so typing continues that line.
    if (segment.kind === 'text' && target <= segment.start + segment.length) {
      return { node, offset: target - segment.start };
    }
    if (segment.kind === 'br' && target === segment.start && node.parentNode) {
      return { node: node.parentNode, offset: indexIn(node) };
    }
  }
  if (last?.kind === 'br' && last.node.parentNode) {
    const after = last.length === 0 ? 0 : 1;
    return { node: last.node.parentNode, offset: indexIn(last.node) + after };
  }
  if (last?.kind === 'text') return { node: last.node, offset: last.length };
  return { node: root, offset: root.childNodes.length };
}
