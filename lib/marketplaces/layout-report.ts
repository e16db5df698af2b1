// "Copy layout report": a text skeleton of a chat page that an agent can send to Sigap's maintainers
// when a marketplace changes its layout, so the adapters can follow without anyone seeing a chat.
// It keeps structure (tags, ids, roles, class names, data-* names and values, aria-* names, the
// presence of title/alt/placeholder/value, link hosts, repeated siblings as "×N") and none of the
// page's text: text nodes are dropped, and a value is shown only when it looks like an identifier,
// holds no number of two digits or more (phones, order and conversation ids: those become "#"), and
// does not occur in the page's text or in its text-carrying attributes (title, alt, placeholder,
// value, link paths), which is where buyer names and messages are; anything else is "*". Known limit:
// a name that appears nowhere but in attributes (a class, data-* or aria-* value) cannot be told
// from an identifier, and a class or data-* value would then show it.
//
// It ships in the content script (size budget), hence the terse code.

const SKIP = new Set(['head', 'script', 'style', 'noscript', 'template', 'link', 'meta']);
/** Attributes that carry text for people: only their names are shown. */
const TEXT_ATTRS = /^(title|alt|placeholder|value|label|content|aria-.*)$/;
/**
 * Attributes whose values count as page text. Not aria-*: apps label structure with them (Tokopedia's
 * rows say aria-label="ChatListItem", the word of their data-testid), and a name in an aria-label is
 * on screen as text too.
 */
const CORPUS_ATTRS = /^(title|alt|placeholder|value|label|href|src)$/;
const IDENTIFIER = /^[a-z_:-][\w:-]{0,47}$/i;
const OWN_UI_ID = 'sigap-sidebar';

const kids = (el: Element): Element[] =>
  [...el.children, ...(el.shadowRoot?.children ?? [])].filter(
    (k) => !SKIP.has(k.localName) && k.id !== OWN_UI_ID,
  );
const words = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** `base`: the page's address, for markup parsed elsewhere (the sidebar parses the page's copy). */
export function layoutReport(root: Document | Element, maxDepth = 40, base?: string): string {
  const top = 'documentElement' in root ? root.documentElement : root;
  const seen: string[] = [];
  const collect = (el: Element) => {
    for (const node of el.childNodes) if (node.nodeType === 3) seen.push((node as Text).data);
    for (const a of el.attributes) if (CORPUS_ATTRS.test(a.name)) seen.push(a.value);
    for (const k of kids(el)) collect(k);
  };
  collect(top);
  const text = ` ${words(seen.join(' '))} `;
  // Every page word, and every two or three of them run together ("sitirahmawati").
  const list = text.split(' ');
  const known = new Set<string>();
  for (const [i, w] of list.entries())
    known
      .add(w)
      .add(w + list[i + 1])
      .add(w + list[i + 1] + list[i + 2]);

  /**
   * `value` when it is safe to show (long numbers as "#"), "*" otherwise. Ids and data-* values are
   * held to more: none of their words may be a page word, nor the value page words run together.
   * Class names only as a whole phrase, or the page's own labels ("Chat") would hide its structure
   * ("chat-pane").
   */
  const show = (value: string, data = false) => {
    const v = value.replace(/\d{2,}/g, '#');
    const w = words(v);
    const found = data
      ? w.split(' ').some((p) => p.length > 2 && known.has(p)) || known.has(w.replace(/ /g, ''))
      : w && text.includes(` ${w} `);
    return IDENTIFIER.test(v.replace(/#/g, '0')) && !found ? v : '*';
  };
  const host = (url: string) => {
    try {
      const u = new URL(url, base ?? top.ownerDocument.baseURI);
      return u.host || u.protocol;
    } catch {
      return '*';
    }
  };

  const line = (el: Element) => {
    let out = el.localName;
    if (el.id) out += `#${show(el.id, true)}`;
    for (const c of el.classList) out += `.${show(c)}`;
    for (const { name, value } of el.attributes) {
      if (name === 'role' || name === 'type' || name === 'contenteditable') out += `[${name}=${show(value)}]`;
      else if (name.startsWith('data-')) out += `[${name}${value && `=${show(value, true)}`}]`;
      else if (name === 'href' || name === 'src') out += `[${name}=${host(value)}]`;
      else if (TEXT_ATTRS.test(name)) out += `[${name}]`;
    }
    return el.shadowRoot ? `${out} (shadow)` : out;
  };

  const render = (el: Element, depth: number): string => {
    const head = '  '.repeat(depth) + line(el);
    const children = el.localName === 'svg' ? [] : kids(el);
    if (!children.length) return head;
    if (depth >= maxDepth) return `${head} …`;
    // Siblings with the same skeleton (list rows, bubbles) collapse into one, counted.
    const groups = new Map<string, number>();
    for (const k of children) {
      const r = render(k, depth + 1);
      groups.set(r, (groups.get(r) ?? 0) + 1);
    }
    let out = head;
    for (const [r, n] of groups) out += `\n${n > 1 ? r.replace(/\n|$/, ` ×${n}$&`) : r}`;
    return out;
  };
  return render(top, 0);
}
