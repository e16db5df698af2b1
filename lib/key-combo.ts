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

/** Names for keys whose `event.key` is blank or varies: a combo must not end in " ". */
const NAMED: Record<string, string> = { ' ': 'Space', space: 'Space', spacebar: 'Space' };

function baseKey(event: KeyLike): string {
  if (event.code === 'Space') return 'Space';
  const code = /^Key([A-Z])$/.exec(event.code) ?? /^Digit([0-9])$/.exec(event.code);
  if (code) return code[1]!;
  return keyName(event.key);
}

function keyName(key: string): string {
  return NAMED[key.toLowerCase()] ?? (key.length === 1 ? key.toUpperCase() : key);
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
  const parts = combo.split('+');
  const last = parts.pop() ?? '';
  // "Alt+ " is Alt with the space bar: trimming would lose the key.
  const key = last.trim() === '' && last !== '' ? ' ' : last.trim();
  for (let i = 0; i < parts.length; i++) parts[i] = parts[i]!.trim();
  const mods = new Set(parts.map((p) => p.toLowerCase()));
  const out: string[] = [];
  if (mods.has('ctrl') || mods.has('control')) out.push('Ctrl');
  if (mods.has('alt') || mods.has('option')) out.push('Alt');
  if (mods.has('shift')) out.push('Shift');
  if (mods.has('meta') || mods.has('cmd') || mods.has('command')) out.push('Meta');
  out.push(keyName(key));
  return out.join('+');
}
