export type TextControl = HTMLTextAreaElement | HTMLInputElement;

// Input types whose value is free text with a selection API (others throw on setSelectionRange).
const TEXT_INPUT_TYPES = new Set(['text', 'search', 'url', 'tel', 'email', 'password']);

// Tag names rather than instanceof: the element may come from another frame (another realm).
export function isTextControl(el: Element): el is TextControl {
  if (el.tagName === 'TEXTAREA') return true;
  if (el.tagName !== 'INPUT') return false;
  return TEXT_INPUT_TYPES.has((el.getAttribute('type') ?? 'text').toLowerCase());
}

// The contenteditable attribute nearest to el decides; '' and 'plaintext-only' count as editable.
function contentEditableState(el: Element): boolean {
  const owner = el.closest('[contenteditable]');
  if (!owner) return false;
  return (owner.getAttribute('contenteditable') ?? '').toLowerCase() !== 'false';
}

/**
 * The editing host: the outermost editable ancestor. Editors such as Lexical put the caret in
 * nested nodes, but their events, model and focus belong to the host.
 */
export function editingHost(el: Element): HTMLElement | null {
  if (!contentEditableState(el)) return null;
  let host = el as HTMLElement;
  while (host.parentElement && contentEditableState(host.parentElement)) host = host.parentElement;
  return host;
}

/** The element insertion should work on: the text control itself or the editing host. */
export function editorOf(el: Element): HTMLElement | null {
  if (isTextControl(el)) return el;
  return editingHost(el);
}

export function isEditable(el: Element | null | undefined): el is HTMLElement {
  if (!el) return false;
  if (isTextControl(el)) return !el.disabled && !el.readOnly;
  return editingHost(el) !== null;
}
