import Fuse from 'fuse.js';
import { LANGS } from '../i18n';
import { categoryLabel } from './messages';
import { categoryOf, SNIPPET_CATEGORIES, type SnippetCategory, type SnippetLike } from './types';

// Finding a snippet without remembering its exact trigger (what snippet-tool users ask for most),
// and the sidebar's resting order: grouped by category in the order a conversation runs (greet,
// ask, answer, complain, away, close), the most used first within a group.

export interface SnippetGroup<S> {
  category: SnippetCategory;
  snippets: S[];
}

const byUse = (a: SnippetLike, b: SnippetLike) =>
  b.useCount - a.useCount || a.order - b.order || a.title.localeCompare(b.title, 'id');

/**
 * Groups in conversation order, empty groups left out. `first` lifts one category to the top: the
 * away messages while the shop is outside its operating hours.
 */
export function groupSnippets<S extends SnippetLike>(
  snippets: readonly S[],
  options: { first?: SnippetCategory } = {},
): SnippetGroup<S>[] {
  const order = options.first
    ? [options.first, ...SNIPPET_CATEGORIES.filter((c) => c !== options.first)]
    : SNIPPET_CATEGORIES;
  return order
    .map((category) => ({
      category,
      snippets: snippets.filter((s) => categoryOf(s.category) === category).sort(byUse),
    }))
    .filter((g) => g.snippets.length > 0);
}

/** The grouped order as one list, for keyboard navigation. */
export function orderSnippets<S extends SnippetLike>(
  snippets: readonly S[],
  options: { first?: SnippetCategory } = {},
): S[] {
  return groupSnippets(snippets, options).flatMap((g) => g.snippets);
}

/**
 * Fuzzy search over title, trigger, body and the category's label in both languages ("penutup" and
 * "closing" both find closings). Best match first; a trigger that starts with the query ("/sal",
 * "sal") comes before any fuzzy match, since that is what the agent was typing. An empty query
 * gives the grouped order.
 */
export function searchSnippets<S extends SnippetLike>(snippets: readonly S[], query: string): S[] {
  const q = query.trim().replace(/^\//, '').trim();
  if (!q) return orderSnippets(snippets);
  const lower = q.toLocaleLowerCase('id');
  const prefixed = snippets
    .filter((s) => s.trigger?.toLocaleLowerCase('id').startsWith(lower))
    .sort((a, b) => a.trigger!.length - b.trigger!.length || byUse(a, b));
  const fuse = new Fuse(snippets, {
    keys: [
      { name: 'title', weight: 3 },
      { name: 'trigger', weight: 3 },
      { name: 'body', weight: 1 },
      {
        name: 'category',
        weight: 1,
        getFn: (s) => LANGS.map((lang) => categoryLabel(categoryOf(s.category), lang)),
      },
    ],
    ignoreLocation: true,
    includeScore: true,
    threshold: 0.35,
  });
  const fuzzy = fuse
    .search(q)
    .sort((a, b) => (a.score ?? 0) - (b.score ?? 0) || byUse(a.item, b.item))
    .map((r) => r.item);
  return [...new Set([...prefixed, ...fuzzy])];
}
