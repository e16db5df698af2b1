import { type ChangeEvent, useId, useState } from 'react';
import {
  BACKUP_VERSION,
  type Backup,
  type BackupProblem,
  type BackupSummary,
  backupFileName,
  createBackup,
  currentSummary,
  readBackup,
  restoreBackup,
  summarizeBackup,
} from '../../lib/db/backup';
import type { SigapDb } from '../../lib/db/schema';
import { downloadText } from '../catalog/download';
import { useLang, useT } from '../i18n';
import { backupMessages as m } from './backup-messages';
import { useWriteGuard } from './use-write-guard';
import { WriteErrorAlert } from './WriteErrorAlert';

// Pengaturan › Cadangan: download everything as one file, or restore one. A chosen file is read and
// checked first (lib/db/backup.ts); only a good one gets a preview of what it holds beside what it
// would replace, and nothing is written until the user confirms.

/** No backup Sigap makes comes near this; a larger file is something else, not read into memory. */
const MAX_BACKUP_BYTES = 1024 * 1024 * 1024;

type State =
  | { kind: 'idle' }
  | { kind: 'exported'; file: string }
  | { kind: 'reading'; file: string }
  | { kind: 'refused'; message: string }
  | { kind: 'preview'; file: string; backup: Backup; inFile: BackupSummary; now: BackupSummary }
  | { kind: 'restoring'; file: string }
  | { kind: 'restored'; file: string; summary: BackupSummary };

const ROWS = [
  ['products', m.rowProducts],
  ['variants', m.rowVariants],
  ['snippets', m.rowSnippets],
  ['replySamples', m.rowSamples],
  ['conversations', m.rowConversations],
  ['imports', m.rowImports],
  ['settings', m.rowSettings],
] as const;

export function BackupPanel({ db }: { db: SigapDb }) {
  const t = useT();
  const lang = useLang();
  const id = useId();
  const writes = useWriteGuard();
  const [state, setState] = useState<State>({ kind: 'idle' });
  const number = (n: number) => n.toLocaleString('id-ID');

  const refusal = (file: string, problem: BackupProblem): string => {
    switch (problem.kind) {
      case 'broken':
        return t(m.broken, { file });
      case 'foreign':
        return t(problem.format === 'sigap-snippets' ? m.foreignSnippets : m.foreign, { file });
      case 'newer':
        return t(m.newer, { file, version: problem.version, max: BACKUP_VERSION });
      case 'checksum':
        return t(m.checksum, { file });
      case 'invalid':
        return t(m.invalid, { file, where: problem.where });
    }
  };

  const exportAll = async () => {
    const made = await writes.guard(t(m.actionExport), () => createBackup(db));
    if (!made.ok) return;
    const file = backupFileName();
    downloadText(made.value, file, 'application/json');
    setState({ kind: 'exported', file });
  };

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.target;
    const chosen = input.files?.[0];
    // Cleared so that choosing the same file again fires a change.
    input.value = '';
    if (!chosen) return;
    const file = chosen.name;
    if (chosen.size > MAX_BACKUP_BYTES)
      return setState({ kind: 'refused', message: t(m.tooLarge, { file }) });
    setState({ kind: 'reading', file });
    const read = await readBackup(await chosen.text());
    if (!read.ok) return setState({ kind: 'refused', message: refusal(file, read.problem) });
    const now = await writes.guard(t(m.actionRestore, { file }), () => currentSummary(db));
    if (!now.ok) return setState({ kind: 'idle' });
    setState({
      kind: 'preview',
      file,
      backup: read.backup,
      inFile: summarizeBackup(read.backup.data),
      now: now.value,
    });
  };

  const restore = async () => {
    if (state.kind !== 'preview') return;
    const { file, backup, inFile } = state;
    setState({ kind: 'restoring', file });
    const done = await writes.guard(t(m.actionRestore, { file }), () => restoreBackup(db, backup));
    // A failed restore changed nothing: the preview comes back, so it can be tried again.
    setState(done.ok ? { kind: 'restored', file, summary: inFile } : state);
  };

  const busy = state.kind === 'reading' || state.kind === 'restoring';
  return (
    <section className="backup" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t(m.heading)}</h2>
      <p>{t(m.intro)}</p>
      <div className="backup-actions">
        <button type="button" onClick={() => void exportAll()} disabled={busy}>
          {t(m.export)}
        </button>
        <label className="file-button">
          {t(m.choose)}
          <input
            type="file"
            accept=".json,application/json"
            disabled={busy}
            onChange={(e) => void choose(e)}
          />
        </label>
      </div>
      <WriteErrorAlert message={writes.error} onDismiss={writes.dismiss} />
      {state.kind === 'exported' && <p role="status">{t(m.exported, { file: state.file })}</p>}
      {state.kind === 'reading' && <p role="status">{t(m.reading, { file: state.file })}</p>}
      {state.kind === 'restoring' && <p role="status">{t(m.restoring, { file: state.file })}</p>}
      {state.kind === 'refused' && (
        <p role="alert" className="error">
          {state.message}
        </p>
      )}
      {state.kind === 'restored' && (
        <p role="status">
          {t(m.restored, {
            file: state.file,
            products: number(state.summary.products),
            snippets: number(state.summary.snippets),
            samples: number(state.summary.replySamples),
          })}
        </p>
      )}
      {state.kind === 'preview' && (
        <section className="backup-preview" aria-labelledby={`${id}-preview`}>
          <h3 id={`${id}-preview`}>{t(m.previewHeading, { file: state.file })}</h3>
          <p>
            {t(m.madeAt, {
              date: new Date(state.backup.createdAt).toLocaleString(lang === 'id' ? 'id-ID' : 'en-US', {
                dateStyle: 'long',
                timeStyle: 'short',
              }),
            })}
          </p>
          <table>
            <thead>
              <tr>
                <th scope="col">{t(m.colWhat)}</th>
                <th scope="col">{t(m.colFile)}</th>
                <th scope="col">{t(m.colNow)}</th>
              </tr>
            </thead>
            <tbody>
              {ROWS.map(([key, label]) => (
                <tr key={key}>
                  <th scope="row">{t(label)}</th>
                  <td>{number(state.inFile[key])}</td>
                  <td>{number(state.now[key])}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="warn">{t(m.replaces)}</p>
          <button type="button" className="primary" onClick={() => void restore()}>
            {t(m.confirm)}
          </button>{' '}
          <button type="button" onClick={() => setState({ kind: 'idle' })}>
            {t(m.cancel)}
          </button>
        </section>
      )}
    </section>
  );
}
