import { useT } from '../i18n';
import { catalogTableMessages as m } from './messages';

/** The two ways to fill an empty catalog: import a file (the panel above) or load the sample. */
export function EmptyCatalog({ onLoadSample, busy }: { onLoadSample: () => void; busy?: boolean }) {
  const t = useT();
  return (
    <div className="catalog-empty">
      <h3>{t(m.emptyTitle)}</h3>
      <p>
        {t(m.emptyImport)}{' '}
        <button type="button" onClick={onLoadSample} disabled={busy}>
          {t(m.loadSample)}
        </button>{' '}
        {t(m.emptySample)}
      </p>
    </div>
  );
}
