import { defineMessages, type Lang, t } from '../i18n';
import { normaliseCombo } from '../key-combo';
import { SARAN_KEY } from '../saran-key';

// Why a hotkey cannot be used. The content script catches snippet hotkeys while the chat box has
// focus, so a combo that edits text, types a character or is a browser command would either stop the
// agent from typing or be swallowed by the browser before Sigap sees it.

export type HotkeyConflict =
  | { kind: 'snippet'; title: string }
  | { kind: 'focus-search' }
  | { kind: 'saran' }
  | { kind: 'editing' }
  | { kind: 'typing' }
  | { kind: 'browser' }
  | { kind: 'incomplete' };

/** Text editing in every chat box (copy, paste, cut, undo, redo, select all), Windows and macOS. */
const EDITING = ['C', 'V', 'X', 'Z', 'Y', 'A']
  .flatMap((k) => [`Ctrl+${k}`, `Meta+${k}`])
  .concat(['Ctrl+Shift+Z', 'Meta+Shift+Z', 'Ctrl+Backspace', 'Alt+Backspace']);

/** Browser commands: tabs, windows, reload, address bar, back/forward, find, history, downloads. */
const BROWSER = [
  ...['W', 'T', 'N', 'R', 'L', 'F', 'P', 'H', 'J', 'D', 'Q'].flatMap((k) => [`Ctrl+${k}`, `Meta+${k}`]),
  ...['T', 'N', 'W', 'R'].flatMap((k) => [`Ctrl+Shift+${k}`, `Meta+Shift+${k}`]),
  ...['1', '2', '3', '4', '5', '6', '7', '8', '9'].flatMap((k) => [`Ctrl+${k}`, `Meta+${k}`]),
  'Ctrl+Tab',
  'Ctrl+Shift+Tab',
  'Alt+F4',
  // The window menu on Windows and Linux desktops: the page never sees it.
  'Alt+Space',
  // Input-method and Spotlight switches on macOS.
  'Ctrl+Space',
  'Meta+Space',
  'Alt+ArrowLeft',
  'Alt+ArrowRight',
  'Alt+Home',
  'Alt+D',
  'Alt+F',
  'Alt+E',
  'F1',
  'F3',
  'F5',
  'F6',
  'F7',
  'F10',
  'F11',
  'F12',
  'Ctrl+F5',
];

/** Keys that type or move through text when pressed alone (or with Shift). */
const TYPING_KEYS = new Set([
  'Enter',
  'Tab',
  'Space',
  'Backspace',
  'Delete',
  'Escape',
  'ArrowLeft',
  'ArrowRight',
  'ArrowUp',
  'ArrowDown',
  'Home',
  'End',
  'PageUp',
  'PageDown',
]);

const MODIFIER_KEYS = new Set(['Control', 'Ctrl', 'Alt', 'Shift', 'Meta', 'AltGraph', 'OS']);

const EDITING_SET = new Set(EDITING.map(normaliseCombo));
const BROWSER_SET = new Set(BROWSER.map(normaliseCombo));

function parts(combo: string): { mods: string[]; key: string } {
  const mods = normaliseCombo(combo).split('+');
  const key = mods.pop() ?? '';
  return { mods, key };
}

export interface ConflictContext {
  /** Every snippet; the one being edited is skipped by `selfId`. */
  snippets: readonly { id: string; title: string; hotkey: string | null }[];
  selfId?: string;
  /** The sidebar-search hotkey, or null when checking that hotkey itself. */
  focusSearchHotkey: string | null;
}

/** Every reason `combo` cannot be used; empty when it is free. */
export function hotkeyConflicts(combo: string, context: ConflictContext): HotkeyConflict[] {
  const { mods, key } = parts(combo);
  const normal = normaliseCombo([...mods, key].join('+'));
  const out: HotkeyConflict[] = [];
  if (key === '' || MODIFIER_KEYS.has(key)) return [{ kind: 'incomplete' }];
  const commandKey = mods.some((m) => m === 'Ctrl' || m === 'Alt' || m === 'Meta');
  if (EDITING_SET.has(normal)) out.push({ kind: 'editing' });
  else if (BROWSER_SET.has(normal)) out.push({ kind: 'browser' });
  // Without Ctrl/Alt/Meta a key types (Shift+A is "A") or moves the caret; F-keys not listed above
  // do neither, so they stay available.
  else if (!commandKey && (TYPING_KEYS.has(key) || key.length === 1)) out.push({ kind: 'typing' });
  if (context.focusSearchHotkey && normaliseCombo(context.focusSearchHotkey) === normal) {
    out.push({ kind: 'focus-search' });
  }
  if (normal === SARAN_KEY) out.push({ kind: 'saran' });
  for (const s of context.snippets) {
    if (s.id !== context.selfId && s.hotkey && normaliseCombo(s.hotkey) === normal) {
      out.push({ kind: 'snippet', title: s.title });
    }
  }
  return out;
}

const messages = defineMessages({
  snippet: { id: 'Sudah dipakai template “{title}”.', en: 'Already used by the template “{title}”.' },
  focusSearch: {
    id: 'Sama dengan tombol pintas ke kotak cari sidebar.',
    en: 'Same as the shortcut to the sidebar search.',
  },
  saran: {
    id: 'Dipakai Sigap untuk menyisipkan Saran dari kotak chat.',
    en: 'Used by Sigap to insert the suggestion from the chat box.',
  },
  editing: {
    id: 'Dipakai untuk menyunting teks (salin, tempel, potong, urungkan, pilih semua).',
    en: 'Used for editing text (copy, paste, cut, undo, select all).',
  },
  typing: {
    id: 'Tombol ini mengetik atau menggerakkan kursor; tambahkan Alt atau Ctrl.',
    en: 'This key types or moves the caret; add Alt or Ctrl.',
  },
  browser: {
    id: 'Dipakai browser (tab, jendela, muat ulang, alamat) dan tidak sampai ke Sigap.',
    en: 'Used by the browser (tabs, windows, reload, address bar) and never reaches Sigap.',
  },
  incomplete: {
    id: 'Tekan tombol selain Ctrl/Alt/Shift sendirian.',
    en: 'Press a key besides Ctrl/Alt/Shift on its own.',
  },
});

/** The reason in the UI language, for the editor and the settings block. */
export function describeConflict(conflict: HotkeyConflict, lang: Lang): string {
  switch (conflict.kind) {
    case 'snippet':
      return t(messages.snippet, { title: conflict.title }, lang);
    case 'focus-search':
      return t(messages.focusSearch, undefined, lang);
    case 'saran':
      return t(messages.saran, undefined, lang);
    case 'editing':
      return t(messages.editing, undefined, lang);
    case 'typing':
      return t(messages.typing, undefined, lang);
    case 'browser':
      return t(messages.browser, undefined, lang);
    case 'incomplete':
      return t(messages.incomplete, undefined, lang);
  }
}
