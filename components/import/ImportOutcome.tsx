import { UNDOABLE_IMPORTS } from '../../lib/db/catalog-import';
import { useT } from '../i18n';
import { importMessages as m } from './messages';
import type { ImportJobControls, UndoState } from './use-import-job';

// What happened to the last store: progress while it runs, then the counts and the undo button, or
// why nothing was stored.

/** Kept rows named one by one; beyond this the list ends with "…and N more". */
const KEPT_SHOWN = 10;

const UNDO_MESSAGES = {
  done: m.undone,
  'not-latest': m.undoNotLatest,
  'already-undone': m.undoAlready,
  'not-found': m.undoNotFound,
  expired: m.undoExpired,
  failed: m.undoFailed,
} as const;

export function ImportOutcome({ controls }: { controls: ImportJobControls }) {
  const t = useT();
  const { job } = controls;
  if (job.state === 'idle') return null;
  if (job.state === 'storing') {
    const label = t(m.storing, { count: job.count.toLocaleString('id-ID') });
    return (
      <div className="import-progress" role="status">
        {/* One transaction with no progress events: indeterminate, but visibly busy. */}
        <progress aria-label={label} />
        <span>{label}</span>
      </div>
    );
  }
  if (job.state === 'failed') {
    return (
      <p className="import-failed" role="alert">
        {job.quota ? t(m.quotaFull) : t(m.storeFailed, { reason: job.reason })}
      </p>
    );
  }
  const { summary, undo, fileName, kept = [] } = job;
  const counts = [
    [m.added, summary.added],
    [m.updated, summary.updated],
    [m.unchanged, summary.unchanged],
    [m.skipped, summary.skipped],
  ] as const;
  const undoMessage =
    undo === 'idle' || undo === 'running'
      ? null
      : UNDO_MESSAGES[undo as Exclude<UndoState, 'idle' | 'running'>];
  return (
    <section className="import-summary" aria-labelledby="import-summary-heading" aria-live="polite">
      <h3 id="import-summary-heading">{t(m.summaryHeading, { file: fileName })}</h3>
      <dl>
        {counts.map(([label, value]) => (
          <div key={label.id}>
            <dt>{t(label)}</dt>
            <dd>{value.toLocaleString('id-ID')}</dd>
          </div>
        ))}
      </dl>
      {undoMessage && (
        <p role={undo === 'done' ? undefined : 'alert'}>
          {t(undo === 'done' && kept.length > 0 ? m.undoneExceptKept : undoMessage, {
            count: UNDOABLE_IMPORTS,
            file: fileName,
          })}
        </p>
      )}
      {undo === 'done' && kept.length > 0 && (
        <div className="import-kept" role="status">
          <p>{t(m.undoKept, { count: kept.length.toLocaleString('id-ID') })}</p>
          <ul>
            {kept.slice(0, KEPT_SHOWN).map((row) => (
              <li key={row.sku}>
                {row.name} <small>({row.sku})</small>
              </li>
            ))}
          </ul>
          {kept.length > KEPT_SHOWN && (
            <p>{t(m.undoKeptMore, { count: (kept.length - KEPT_SHOWN).toLocaleString('id-ID') })}</p>
          )}
        </div>
      )}
      <div className="import-actions">
        {undo !== 'done' && (
          <button type="button" onClick={() => void controls.undo()} disabled={undo === 'running'}>
            {t(m.undo)}
          </button>
        )}
        <button type="button" onClick={controls.reset}>
          {t(m.importAnother)}
        </button>
      </div>
    </section>
  );
}
