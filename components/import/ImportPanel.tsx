import { useState } from 'react';
import {
  type CatalogIssue,
  type CatalogParse,
  type CatalogSource,
  mapRows,
  readCatalogTable,
} from '../../lib/catalog/import';
import { useT } from '../i18n';
import { FilePicker } from './FilePicker';
import { ImportOutcome } from './ImportOutcome';
import { ImportPreview } from './ImportPreview';
import { importMessages as m } from './messages';
import { readFileBytes } from './read-file';
import type { ImportJobControls } from './use-import-job';
import './import.css';

// File → preview → store → summary with undo. Nothing is stored until the user presses Import, and a
// file that cannot be read shows the parser's message and stores nothing.

type Draft =
  | { state: 'none' }
  | { state: 'reading'; fileName: string; fraction: number }
  | { state: 'parsing'; fileName: string }
  | { state: 'unreadable'; fileName: string; message: string }
  | {
      state: 'preview';
      fileName: string;
      source: CatalogSource;
      /** Problems of the file itself (an unclosed quote), kept across re-mapping. */
      readProblems: CatalogIssue[];
      parse: CatalogParse;
    };

/** Rows the parser refused, for the import record: each error row once, the header row never. */
function skippedRows(parse: CatalogParse): number {
  const rows = new Set<number>();
  for (const error of parse.errors)
    if (error.row !== undefined && error.row !== parse.headerRow) rows.add(error.row);
  return rows.size;
}

/**
 * Same steps as `parseCatalogFile`, but keeping the raw table and the read problems: changing a
 * column mapping re-runs `mapRows` on the table instead of reading the file again.
 */
function mapTable(
  fileName: string,
  source: CatalogSource,
  readProblems: CatalogIssue[],
  mapping?: Record<string, string>,
) {
  const parse = mapRows(source.rows, mapping, fileName);
  parse.errors.unshift(...readProblems);
  parse.source = source;
  return parse;
}

export function ImportPanel({ controls }: { controls: ImportJobControls }) {
  const t = useT();
  const [draft, setDraft] = useState<Draft>({ state: 'none' });
  const storing = controls.job.state === 'storing';

  const onFile = async (file: File) => {
    controls.reset();
    const fileName = file.name;
    setDraft({ state: 'reading', fileName, fraction: 0 });
    let bytes: Uint8Array;
    const started = performance.now();
    try {
      bytes = await readFileBytes(file, (fraction) => setDraft({ state: 'reading', fileName, fraction }));
    } catch {
      setDraft({ state: 'unreadable', fileName, message: t(m.readFailed, { file: fileName }) });
      return;
    }
    const readAt = performance.now();
    setDraft({ state: 'parsing', fileName });
    const read = await readCatalogTable(fileName, bytes);
    if ('error' in read) {
      setDraft({ state: 'unreadable', fileName, message: read.error.message });
      return;
    }
    const parse = mapTable(fileName, read.source, read.problems);
    // Read by the e2e test: where the time of a large file goes before the preview.
    performance.mark('sigap:import-parsed', {
      detail: {
        readMs: readAt - started,
        parseMs: performance.now() - readAt,
        rows: read.source.rows.length,
      },
    });
    setDraft({ state: 'preview', fileName, source: read.source, readProblems: read.problems, parse });
  };

  const onMappingChange = (header: string, field: string) => {
    if (draft.state !== 'preview') return;
    const mapping = { ...draft.parse.mapping, [header]: field };
    setDraft({ ...draft, parse: mapTable(draft.fileName, draft.source, draft.readProblems, mapping) });
  };

  const onImport = async () => {
    if (draft.state !== 'preview') return;
    const ok = await controls.store(draft.fileName, draft.parse.products, skippedRows(draft.parse));
    if (ok) setDraft({ state: 'none' });
  };

  return (
    <section className="import" aria-labelledby="import-heading">
      <h2 id="import-heading">{t(m.heading)}</h2>
      <p>{t(m.intro)}</p>
      <FilePicker onFile={(file) => void onFile(file)} disabled={storing} />
      {draft.state === 'reading' && (
        <div className="import-progress" role="status">
          <progress max={1} value={draft.fraction} aria-label={t(m.reading, { file: draft.fileName })} />
          <span>{t(m.reading, { file: draft.fileName })}</span>
        </div>
      )}
      {draft.state === 'parsing' && (
        <div className="import-progress" role="status">
          <progress aria-label={t(m.parsing, { file: draft.fileName })} />
          <span>{t(m.parsing, { file: draft.fileName })}</span>
        </div>
      )}
      {draft.state === 'unreadable' && (
        <p className="import-failed" role="alert">
          {draft.message}
        </p>
      )}
      <ImportOutcome controls={controls} />
      {draft.state === 'preview' && (
        <ImportPreview
          fileName={draft.fileName}
          source={draft.source}
          parse={draft.parse}
          onMappingChange={onMappingChange}
          onImport={() => void onImport()}
          onCancel={() => setDraft({ state: 'none' })}
          busy={storing}
        />
      )}
    </section>
  );
}
