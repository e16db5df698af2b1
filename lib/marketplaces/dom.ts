// Small fail-soft DOM helpers shared by the adapters. Every selector list is tried in order (the most
// specific first); a selector the browser rejects, or a node without the method, counts as "no match"
// so a surprise in the page never throws into it.

/** Ordered fallbacks for one element: the first selector that matches wins. */
export type SelectorList = readonly string[];

function safeAll(root: ParentNode, selector: string): Element[] {
  try {
    return Array.from(root.querySelectorAll(selector));
  } catch {
    return [];
  }
}

/** The first element matched by the first selector in `list` that matches anything. */
export function queryFirst<T extends Element = HTMLElement>(root: ParentNode, list: SelectorList): T | null {
  for (const selector of list) {
    const [hit] = safeAll(root, selector);
    if (hit) return hit as T;
  }
  return null;
}

/** All elements of the first selector in `list` that matches anything (fallbacks are not mixed). */
export function queryAllFirst<T extends Element = HTMLElement>(root: ParentNode, list: SelectorList): T[] {
  for (const selector of list) {
    const hits = safeAll(root, selector);
    if (hits.length > 0) return hits as T[];
  }
  return [];
}

export function matchesAny(element: Element, list: SelectorList): boolean {
  return list.some((selector) => {
    try {
      return element.matches(selector);
    } catch {
      return false;
    }
  });
}

/** True when `element` or one of its descendants matches a selector in `list`. */
export function hasAny(element: Element, list: SelectorList): boolean {
  return matchesAny(element, list) || queryFirst(element, list) !== null;
}

/** Visible-ish text: whitespace collapsed, trimmed. */
export function textOf(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Message text: keeps line breaks (a chat message may have several lines), trims each line's ends. */
export function multilineTextOf(node: Node | null | undefined): string {
  return (node?.textContent ?? '')
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** The document a root belongs to (a root may be the document itself). */
export function documentOf(root: ParentNode): Document | null {
  const node = root as Node;
  if (node.nodeType === 9) return node as Document;
  return node.ownerDocument ?? null;
}

/** The URL of the page a root belongs to, when the root knows it (a parsed fixture does not). */
export function pageUrlOf(root: ParentNode): string | null {
  try {
    const href = documentOf(root)?.location?.href;
    return href && href !== 'about:blank' ? href : null;
  } catch {
    return null;
  }
}

/** A short stable hash for ids derived from text (FNV-1a, 32 bit, base 36). */
export function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

/** Runs `read`, returning `fallback` when it throws: the adapters' functions never throw. */
export function softly<T>(fallback: T, read: () => T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}

/** Parses a URL without throwing. */
export function parseUrl(url: string, base?: string): URL | null {
  try {
    return new URL(url, base);
  } catch {
    return null;
  }
}
