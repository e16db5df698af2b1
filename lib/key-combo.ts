// A keyboard event as a combo string ("Alt+G", "Ctrl+Shift+1"). Letters and digits come from
// `event.code`, because Alt changes `event.key` on macOS (Alt+G types "©").

export interface KeyLike {
  key: string;
  code: string;
  altKey: boolean;
  ctrlKey: boolean;
  shiftKey: boolean;
  metaKey: boolean;
}

function baseKey(event: KeyLike): string {
  const code = /^Key([A-Z])$/.exec(event.code) ?? /^Digit([0-9])$/.exec(event.code);
  if (code) return code[1]!;
  return event.key.length === 1 ? event.key.toUpperCase() : event.key;
}

export function comboOf(event: KeyLike): string {
  const parts: string[] = [];
  if (event.ctrlKey) parts.push('Ctrl');
  if (event.altKey) parts.push('Alt');
  if (event.shiftKey) parts.push('Shift');
  if (event.metaKey) parts.push('Meta');
  parts.push(baseKey(event));
  return parts.join('+');
}

/** "alt+g" → "Alt+G": combos typed by people, compared with `comboOf`. */
export function normaliseCombo(combo: string): string {
  const parts = combo.split('+').map((p) => p.trim());
  const key = parts.pop() ?? '';
  const mods = new Set(parts.map((p) => p.toLowerCase()));
  const out: string[] = [];
  if (mods.has('ctrl') || mods.has('control')) out.push('Ctrl');
  if (mods.has('alt') || mods.has('option')) out.push('Alt');
  if (mods.has('shift')) out.push('Shift');
  if (mods.has('meta') || mods.has('cmd') || mods.has('command')) out.push('Meta');
  out.push(key.length === 1 ? key.toUpperCase() : key);
  return out.join('+');
}
