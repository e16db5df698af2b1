import type { Lang } from '../i18n';
import type { ToneFinding } from './check';

// What to offer instead of a heated reply: the shop's own SOP answer that apologises and carries the
// conversation on calmly (/japri in the default set, /private in English). Shops rename or delete
// defaults, so the suggestion names a category and preferred triggers, and `pickCalmerSnippet`
// falls back to any SOP snippet.

export interface CalmerSuggestion {
  category: 'sop';
  /** Preferred triggers, best first (without the slash). */
  triggers: string[];
}

export const CALM_TRIGGERS = ['japri', 'private'];

export function calmerSuggestion(findings: readonly Pick<ToneFinding, 'reason'>[]): CalmerSuggestion | null {
  if (findings.length === 0) return null;
  return { category: 'sop', triggers: [...CALM_TRIGGERS] };
}

/** The snippet to suggest: a preferred trigger (in `lang` first), else the first SOP snippet. */
export function pickCalmerSnippet<S extends { category: string; trigger: string | null; lang?: Lang }>(
  findings: readonly Pick<ToneFinding, 'reason'>[],
  snippets: readonly S[],
  lang?: Lang,
): S | undefined {
  const suggestion = calmerSuggestion(findings);
  if (!suggestion) return undefined;
  const inCategory = snippets.filter((s) => s.category === suggestion.category);
  // The agent's language first, then any: an English shop gets /private before the Indonesian /japri.
  const preferred = inCategory.filter((s) => lang == null || s.lang === lang);
  for (const pool of [preferred, inCategory])
    for (const trigger of suggestion.triggers) {
      const hit = pool.find((s) => s.trigger?.toLowerCase() === trigger);
      if (hit) return hit;
    }
  return preferred[0] ?? inCategory[0];
}
