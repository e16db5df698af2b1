import type { Lang } from '../i18n';

// A reply template as the extension keeps it. Stable category ids (not the Indonesian labels) are
// stored, so renaming a label or switching the UI language never orphans a snippet; labels come
// from `categoryLabel` in ./messages. The database row (lib/db/schema StoredSnippet) has the same
// fields with `category: string`; a Snippet is assignable to it.

export const SNIPPET_CATEGORIES = ['greeting', 'need', 'product', 'sop', 'away', 'closing', 'other'] as const;
export type SnippetCategory = (typeof SNIPPET_CATEGORIES)[number];

export interface Snippet {
  id: string;
  title: string;
  category: SnippetCategory;
  /** The template, with variables such as {pembeli} (see ./render). */
  body: string;
  /** The word typed after a slash in the chat box: stored without the slash, lower-case ("salam"). */
  trigger: string | null;
  /**
   * A combo as `normaliseCombo` in lib/key-combo.ts spells it ("Alt+G"); null for none. A snippet
   * is "pinned" by holding Alt+1…Alt+9, so a pin is one field that the editor, the file export and
   * the chat box all already understand.
   */
  hotkey: string | null;
  lang: Lang;
  /** Position in the user's own ordering (reorder in the options page). */
  order: number;
  useCount: number;
  /** Epoch ms of the last edit; 0 for an untouched default. */
  updatedAt: number;
}

/**
 * The fields list ordering and search read. The database row types `category` as a plain string,
 * so these helpers accept any row of that shape and treat an unknown category as 'other'.
 */
export interface SnippetLike {
  title: string;
  category: string;
  body: string;
  trigger: string | null;
  useCount: number;
  order: number;
}

export function isSnippetCategory(value: unknown): value is SnippetCategory {
  return typeof value === 'string' && (SNIPPET_CATEGORIES as readonly string[]).includes(value);
}

export function categoryOf(value: string): SnippetCategory {
  return isSnippetCategory(value) ? value : 'other';
}
