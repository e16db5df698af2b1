import { SAMPLE_CATALOG } from '../../lib/catalog/sample';
import type { SigapDb } from '../../lib/db/schema';
import { useT } from '../i18n';
import { ImportPanel } from '../import/ImportPanel';
import { useImportJob } from '../import/use-import-job';
import { CatalogTable } from './CatalogTable';
import { catalogTableMessages as m } from './messages';
import './catalog.css';

// The Katalog section of the options page: import a file (or the sample), then browse and edit what
// is stored. The sample goes through the same import path, so its summary offers the same undo.

export function CatalogSection({ db, viewportHeight }: { db: SigapDb; viewportHeight?: number }) {
  const t = useT();
  const controls = useImportJob(db);
  const busy = controls.job.state === 'storing';
  const loadSample = () => {
    void controls.store(
      t(m.sampleFileName),
      SAMPLE_CATALOG.map((p) => structuredClone(p)),
      0,
    );
    // The outcome (summary with undo) is shown by the import panel at the top.
    document.getElementById('import-heading')?.scrollIntoView?.({ block: 'start' });
  };
  return (
    <div className="catalog">
      <ImportPanel controls={controls} />
      <CatalogTable db={db} onLoadSample={loadSample} busy={busy} viewportHeight={viewportHeight} />
    </div>
  );
}
