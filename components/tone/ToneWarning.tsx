import { Fragment } from 'react';
import type { ToneFinding } from '../../lib/tone/check';
import { toneReasonMessages } from '../../lib/tone/messages';
import { useT } from '../i18n';
import { toneMessages as m } from './messages';

/**
 * The draft with the flagged words marked, why each was flagged, and a calmer snippet to use
 * instead. It only advises: the draft in the chat box is never touched.
 */
export function ToneWarning({
  draft,
  findings,
  suggestion,
  onUseSuggestion,
}: {
  draft: string;
  findings: readonly ToneFinding[];
  suggestion?: string;
  onUseSuggestion?: () => void;
}) {
  const t = useT();
  const parts = [];
  let at = 0;
  for (const f of findings) {
    if (f.start > at) parts.push(<Fragment key={`t${at}`}>{draft.slice(at, f.start)}</Fragment>);
    parts.push(
      <mark key={`m${f.start}`} title={t(toneReasonMessages[f.reason])}>
        {draft.slice(f.start, f.end)}
      </mark>,
    );
    at = f.end;
  }
  if (at < draft.length) parts.push(<Fragment key={`t${at}`}>{draft.slice(at)}</Fragment>);
  const reasons = [...new Set(findings.map((f) => f.reason))];

  return (
    <section className="tone-warning" role="alert" aria-label={t(m.title)}>
      <strong>{t(m.title)}</strong>
      <p className="tone-draft">{parts}</p>
      <ul>
        {reasons.map((r) => (
          <li key={r}>{t(toneReasonMessages[r])}</li>
        ))}
      </ul>
      {suggestion && (
        <div className="tone-suggestion">
          <span>{t(m.suggestion)}</span>
          <p>{suggestion}</p>
          {onUseSuggestion && (
            <button type="button" onClick={onUseSuggestion}>
              {t(m.useSuggestion)}
            </button>
          )}
        </div>
      )}
      <small>{t(m.note)}</small>
    </section>
  );
}
