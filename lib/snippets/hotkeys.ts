// Hotkey strings as people type them ("alt+g", "Option+1") and as Sigap stores and compares them
// ("Alt+G", "Alt+1"): modifiers in the order Ctrl, Alt, Shift, Meta, then one key. The same
// spelling as `comboOf` in lib/key-combo.ts, which the content script uses on live events.
//
// Letters and digits are read from `event.code` (the physical key): on macOS Alt changes
// `event.key` (Alt+G types "©", Alt+1 "¡"), and on other layouts Shift turns "1" into "!".
// Which combos may not be used (copy/paste, browser commands, duplicates) is hotkey-conflicts.ts.

export interface KeyEventLike {
  key: string;
  code: string;
  altKey: boolean;
  ctrlKey: boolean;
  shiftKey: boolean;
  metaKey: boolean;
}

export interface Hotkey {
  ctrl: boolean;
  alt: boolean;
  shift: boolean;
  meta: boolean;
  /** "G", "1", "Enter", "ArrowUp", "F2", "Space", or one printable character (",", "/"). */
  key: string;
}

export const DEFAULT_HOTKEYS = {
  greeting: 'Alt+G',
  closing: 'Alt+C',
  focusSearch: 'Alt+K',
  /** Pinned snippets: Alt+1 is the first of the pinned row. */
  pinned: ['Alt+1', 'Alt+2', 'Alt+3', 'Alt+4', 'Alt+5', 'Alt+6', 'Alt+7', 'Alt+8', 'Alt+9'],
} as const;

const MODIFIERS: Record<string, keyof Omit<Hotkey, 'key'>> = {
  ctrl: 'ctrl',
  control: 'ctrl',
  ctl: 'ctrl',
  strg: 'ctrl',
  alt: 'alt',
  option: 'alt',
  opt: 'alt',
  '⌥': 'alt',
  shift: 'shift',
  '⇧': 'shift',
  meta: 'meta',
  cmd: 'meta',
  command: 'meta',
  '⌘': 'meta',
  win: 'meta',
  super: 'meta',
};

const NAMED_KEYS = [
  'Enter',
  'Tab',
  'Space',
  'Escape',
  'Backspace',
  'Delete',
  'Insert',
  'Home',
  'End',
  'PageUp',
  'PageDown',
  'ArrowUp',
  'ArrowDown',
  'ArrowLeft',
  'ArrowRight',
  ...Array.from({ length: 12 }, (_, i) => `F${i + 1}`),
];
const NAMED = new Map(NAMED_KEYS.map((k) => [k.toLowerCase(), k]));
const KEY_ALIASES: Record<string, string> = {
  esc: 'Escape',
  return: 'Enter',
  del: 'Delete',
  ins: 'Insert',
  spacebar: 'Space',
  up: 'ArrowUp',
  down: 'ArrowDown',
  left: 'ArrowLeft',
  right: 'ArrowRight',
  pgup: 'PageUp',
  pgdn: 'PageDown',
};

function keyName(raw: string): string | null {
  if (raw === ' ') return 'Space';
  const word = raw.trim();
  if (word.length === 1) return word.toUpperCase();
  const lower = word.toLowerCase();
  return NAMED.get(lower) ?? KEY_ALIASES[lower] ?? null;
}

/** "alt + g" → {alt, key: 'G'}; null for an empty string, modifiers only, or an unknown key name. */
export function parseHotkey(text: string): Hotkey | null {
  // A trailing "+" is the plus key itself ("Ctrl++"), and a trailing " " the space bar.
  const plusKey = /\+\s*\+\s*$/.test(text);
  const spaceKey = !plusKey && /\+ $/.test(text);
  const body = plusKey ? text.replace(/\+\s*\+\s*$/, '') : text;
  const parts = body.split('+').map((p) => p.trim());
  const last = plusKey ? '+' : spaceKey ? ' ' : parts.pop();
  if (spaceKey) parts.pop();
  if (last == null) return null;
  const hotkey: Hotkey = { ctrl: false, alt: false, shift: false, meta: false, key: '' };
  for (const part of parts) {
    const modifier = MODIFIERS[part.toLowerCase()];
    if (!modifier) return null;
    hotkey[modifier] = true;
  }
  if (MODIFIERS[last.trim().toLowerCase()]) return null;
  const key = keyName(last);
  if (!key) return null;
  hotkey.key = key;
  return hotkey;
}

export function formatHotkey(hotkey: Hotkey): string {
  const parts: string[] = [];
  if (hotkey.ctrl) parts.push('Ctrl');
  if (hotkey.alt) parts.push('Alt');
  if (hotkey.shift) parts.push('Shift');
  if (hotkey.meta) parts.push('Meta');
  parts.push(hotkey.key);
  return parts.join('+');
}

/** The canonical spelling ("alt+g" → "Alt+G"), or null when it is not a hotkey. */
export function normaliseHotkey(text: string): string | null {
  const parsed = parseHotkey(text);
  return parsed ? formatHotkey(parsed) : null;
}

/** The hotkey a key press spells, or null while only modifiers are down. */
export function hotkeyOfEvent(event: KeyEventLike): string | null {
  if (['Control', 'Alt', 'AltGraph', 'Shift', 'Meta', 'OS'].includes(event.key)) return null;
  const physical = /^Key([A-Z])$/.exec(event.code) ?? /^Digit([0-9])$/.exec(event.code);
  const key = physical ? physical[1]! : event.code === 'Space' ? 'Space' : keyName(event.key);
  if (!key) return null;
  return formatHotkey({
    ctrl: event.ctrlKey,
    alt: event.altKey,
    shift: event.shiftKey,
    meta: event.metaKey,
    key,
  });
}

export function matchesHotkey(event: KeyEventLike, hotkey: string | null): boolean {
  if (!hotkey) return false;
  const wanted = normaliseHotkey(hotkey);
  return wanted != null && hotkeyOfEvent(event) === wanted;
}

/** 1…9 for a pinned snippet's Alt+digit, else null. */
export function pinnedSlot(hotkey: string | null): number | null {
  const m = /^Alt\+([1-9])$/.exec(hotkey ? (normaliseHotkey(hotkey) ?? '') : '');
  return m ? Number(m[1]) : null;
}

/** The pinned row: snippets holding Alt+1…Alt+9, in digit order. */
export function pinnedSnippets<S extends { hotkey: string | null }>(snippets: readonly S[]): S[] {
  return snippets
    .filter((s) => pinnedSlot(s.hotkey) != null)
    .sort((a, b) => pinnedSlot(a.hotkey)! - pinnedSlot(b.hotkey)!);
}

/** The first snippet bound to the pressed combo, or undefined. */
export function snippetForEvent<S extends { hotkey: string | null }>(
  event: KeyEventLike,
  snippets: readonly S[],
): S | undefined {
  const pressed = hotkeyOfEvent(event);
  if (!pressed) return undefined;
  return snippets.find((s) => s.hotkey != null && normaliseHotkey(s.hotkey) === pressed);
}
