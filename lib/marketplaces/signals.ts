// The layout-independent layer under every adapter (shared/research/real-chat-dom.md, last section):
// on every seller chat known, the chat box is the editable the agent last focused, visible, low in
// the chat pane, next to a send control; the message list is the scrolling container above it; the
// shop's own bubbles sit on one side; a time stamp is a short "HH:MM" leaf. When a redesign breaks a
// marketplace's markers, these keep Sigap working, and the sidebar says it is guessing.

import { editorOf, isEditable } from '../composer/editable';
import { textOf } from './dom';
import { type Box, geometry, isShown } from './geometry';

const OWN_UI = '#sigap-sidebar';
const EDITABLES = 'textarea, [contenteditable]:not([contenteditable="false"]), [role="textbox"]';
const CLICKABLE = 'button, [role="button"], i, svg, [class*="send" i]';
/** A clock time as the chat pages print it: "10:32", "9.05", "09:05 PM". */
const CLOCK = /^(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s?[AP]M)?$/i;

function inOwnUi(element: Element): boolean {
  return !!element.closest(OWN_UI);
}

// --- The agent's focus and typing -------------------------------------------------------------

let lastFocused: HTMLElement | null = null;
let lastDraft = '';

/** The text in an editor, cheaply (a textarea's value, an editing host's text). */
export function editorText(editor: HTMLElement): string {
  return 'value' in editor && typeof editor.value === 'string' ? editor.value : (editor.textContent ?? '');
}

/**
 * Remembers the editable the agent last focused and what was typed in it. Only trusted events
 * count: a page script cannot steer the chat-box guess by dispatching its own.
 */
export function trackAgent(doc: Document, signal: AbortSignal): void {
  const onFocus = (event: Event) => {
    const target = event.target as Element | null;
    if (!event.isTrusted || !target || typeof target.closest !== 'function' || inOwnUi(target)) return;
    const editor = editorOf(target);
    if (editor) lastFocused = editor;
  };
  const onInput = (event: Event) => {
    const target = event.target as Element | null;
    if (!event.isTrusted || !target || typeof target.closest !== 'function') return;
    const editor = editorOf(target);
    if (editor && !inOwnUi(editor)) lastDraft = editorText(editor).trim();
  };
  doc.addEventListener('focusin', onFocus, { capture: true, signal });
  doc.addEventListener('input', onInput, { capture: true, signal });
}

/** What the agent last typed into an editor (trimmed), and forgets it. */
export function takeDraft(): string {
  const draft = lastDraft;
  lastDraft = '';
  return draft;
}

export function peekDraft(): string {
  return lastDraft;
}

/** Test seam: forgets focus and draft. */
export function resetAgentSignals(): void {
  lastFocused = null;
  lastDraft = '';
}

// --- The chat box and its send control ---------------------------------------------------------

function usable(element: Element, root: ParentNode): element is HTMLElement {
  if (!element.isConnected || inOwnUi(element) || !isEditable(element)) return false;
  if (root !== (element.ownerDocument as ParentNode) && !(root as Node).contains(element)) return false;
  return isShown(geometry().box(element));
}

/**
 * The chat box by page signals: the editable the agent last focused when it is still there, else the
 * lowest wide editable in the lower part of the viewport (a search box sits at the top).
 */
export function guessComposer(root: ParentNode): { element: HTMLElement; via: 'focus' | 'geometry' } | null {
  if (lastFocused && usable(lastFocused, root)) return { element: lastFocused, via: 'focus' };
  const { height } = geometry().viewport();
  let best: { element: HTMLElement; bottom: number } | null = null;
  for (const candidate of Array.from(root.querySelectorAll(EDITABLES))) {
    const editor = editorOf(candidate);
    if (!editor || editor !== candidate || !usable(editor, root)) continue;
    const box = geometry().box(editor);
    if (box.right - box.left < 120 || box.top < height * 0.4) continue;
    if (!best || box.bottom > best.bottom) best = { element: editor, bottom: box.bottom };
  }
  return best ? { element: best.element, via: 'geometry' } : null;
}

function distance(a: Box, b: Box): number {
  const dx = Math.max(0, b.left - a.right, a.left - b.right);
  const dy = Math.max(0, b.top - a.bottom, a.top - b.bottom);
  return Math.hypot(dx, dy);
}

/** The send control by page signals: the nearest clickable beside the chat box, within its block. */
export function guessSend(composer: HTMLElement): HTMLElement | null {
  const near = geometry().box(composer);
  let scope: Element | null = composer.parentElement;
  for (let level = 0; scope && level < 4; level++, scope = scope.parentElement) {
    let best: { element: HTMLElement; gap: number } | null = null;
    for (const candidate of Array.from(scope.querySelectorAll<HTMLElement>(CLICKABLE))) {
      if (composer.contains(candidate) || candidate.contains(composer)) continue;
      // An svg's inner parts are the svg itself to a person.
      const svg: Element | null = candidate.closest('svg');
      if (svg && svg !== candidate) continue;
      const box = geometry().box(candidate);
      if (!isShown(box) || box.left < near.left) continue;
      const gap = distance(near, box);
      if (gap < 80 && (!best || gap < best.gap)) best = { element: candidate, gap };
    }
    if (best) return best.element;
  }
  return null;
}

// --- The message list and its rows -------------------------------------------------------------

/**
 * The message list by page signals: what lies just above the chat box, up to the nearest ancestor
 * that scrolls (or, when nothing scrolls yet, the largest ancestor that does not hold the chat box).
 */
export function guessMessageList(composer: HTMLElement): Element | null {
  const g = geometry();
  const box = g.box(composer);
  const [top] = g.at((box.left + box.right) / 2, box.top - 24).filter((el) => !inOwnUi(el));
  if (!top || top.contains(composer)) return null;
  let outermost: Element | null = null;
  for (let el: Element | null = top; el && !el.contains(composer); el = el.parentElement) {
    if (g.scrolls(el)) return el;
    outermost = el;
  }
  return outermost;
}

/**
 * Message rows by structure: below single-child wrappers (a virtualised grid's row group), the
 * children that hold text.
 */
export function structuralRows(list: Element): Element[] {
  let container = list;
  for (let depth = 0; depth < 8; depth++) {
    const filled = Array.from(container.children).filter((child) => textOf(child) !== '');
    if (filled.length !== 1 || !filled[0]) return filled;
    container = filled[0];
  }
  return [];
}

function leaves(row: Element): Element[] {
  return Array.from(row.querySelectorAll('*')).filter((el) => el.children.length === 0 && textOf(el));
}

/** The time stamp of a row by its shape: the last leaf that reads as a clock time. */
export function clockLeaf(row: Element): Element | null {
  const found = leaves(row).filter((leaf) => CLOCK.test(textOf(leaf)));
  return found[found.length - 1] ?? null;
}

export type Side = 'left' | 'right' | 'center';

/** Which side of the list a row's text sits on, from the boxes of its text (time stamp excluded). */
export function sideOf(row: Element, list: Element, exclude: Element | null): Side | null {
  const g = geometry();
  const area = g.box(list);
  const width = area.right - area.left;
  let left = Number.POSITIVE_INFINITY;
  let right = Number.NEGATIVE_INFINITY;
  const texts = leaves(row).filter((leaf) => !exclude?.contains(leaf));
  for (const leaf of texts.length ? texts : [row]) {
    const box = g.box(leaf);
    if (!isShown(box)) continue;
    left = Math.min(left, box.left);
    right = Math.max(right, box.right);
  }
  if (width <= 0 || !Number.isFinite(left)) return null;
  const leftGap = left - area.left;
  const rightGap = area.right - right;
  if (Math.abs(leftGap - rightGap) < width * 0.1 && leftGap > width * 0.15) return 'center';
  return rightGap < leftGap ? 'right' : 'left';
}
