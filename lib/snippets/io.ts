import type { StoredSnippet } from '../db/schema';
import { defineMessages, type Lang, t } from '../i18n';
import { describeProblem, type SnippetDraft, snippetProblems, tidyDraft } from './rules';

// The snippet file: a backup, or a set handed from one agent or shop to another.
//
// An import REPLACES the whole set rather than merging into it: the file was checked as one set
// (unique triggers and hotkeys among its items), so the result is known to be consistent; a merge
// would have to guess which of two "/salam" wins. The options page asks before replacing and offers
// undo. Usage counts are the shop's own statistics, so they are not exported.

export const SNIPPET_FILE_FORMAT = 'sigap-snippets';
export const SNIPPET_FILE_VERSION = 1;

export interface SnippetFileItem extends SnippetDraft {
  id: string;
  order: number;
}

export interface SnippetFile {
  format: typeof SNIPPET_FILE_FORMAT;
  version: typeof SNIPPET_FILE_VERSION;
  exportedAt: string;
  snippets: SnippetFileItem[];
}

export function exportSnippets(snippets: readonly StoredSnippet[], now = new Date()): string {
  const file: SnippetFile = {
    format: SNIPPET_FILE_FORMAT,
    version: SNIPPET_FILE_VERSION,
    exportedAt: now.toISOString(),
    snippets: snippets.map(({ id, title, category, body, trigger, hotkey, lang, order }) => ({
      id,
      title,
      category,
      body,
      trigger,
      hotkey,
      lang,
      order,
    })),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** `sigap-snippets-2026-03-09.json`, by the agent's local date. */
export function exportFileName(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `sigap-snippets-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}

export interface ImportError {
  /** 0-based position in `snippets`; null for a problem with the file as a whole. */
  index: number | null;
  field: string | null;
  message: string;
}

export type ImportResult = { ok: true; snippets: StoredSnippet[] } | { ok: false; errors: ImportError[] };

const messages = defineMessages({
  notJson: { id: 'File ini bukan JSON yang valid: {reason}', en: 'This file is not valid JSON: {reason}' },
  notSigap: {
    id: 'File ini bukan ekspor template Sigap (format harus "sigap-snippets").',
    en: 'This file is not a Sigap template export (format must be "sigap-snippets").',
  },
  version: {
    id: 'Versi file {version} tidak dikenal; Sigap ini membaca versi 1.',
    en: 'File version {version} is unknown; this Sigap reads version 1.',
  },
  noList: { id: '"snippets" harus berupa daftar.', en: '"snippets" must be a list.' },
  empty: { id: 'File tidak berisi template.', en: 'The file holds no templates.' },
  item: { id: 'Template ke-{n}', en: 'Template #{n}' },
  itemField: { id: 'Template ke-{n}, kolom "{field}"', en: 'Template #{n}, field "{field}"' },
  notObject: { id: 'harus berupa objek.', en: 'must be an object.' },
  notText: { id: 'harus berupa teks.', en: 'must be text.' },
  notTextOrNull: { id: 'harus berupa teks atau null.', en: 'must be text or null.' },
  duplicateId: {
    id: 'id "{id}" juga dipakai template ke-{other}.',
    en: 'id "{id}" is also used by template #{other}.',
  },
});

const TEXT_FIELDS = ['id', 'title', 'category', 'body', 'lang'] as const;
const NULLABLE_FIELDS = ['trigger', 'hotkey'] as const;

/**
 * Checks every item of a snippet file and returns either all of them, ready to store, or every
 * problem found (never a partial set: the caller changes nothing on errors).
 */
export function parseSnippetFile(
  text: string,
  lang: Lang,
  { focusSearchHotkey = null, now = Date.now() }: { focusSearchHotkey?: string | null; now?: number } = {},
): ImportResult {
  const whole = (message: string): ImportResult => ({
    ok: false,
    errors: [{ index: null, field: null, message }],
  });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return whole(t(messages.notJson, { reason: (error as Error).message }, lang));
  }
  if (!isRecord(data) || data.format !== SNIPPET_FILE_FORMAT)
    return whole(t(messages.notSigap, undefined, lang));
  if (data.version !== SNIPPET_FILE_VERSION) {
    return whole(t(messages.version, { version: String(data.version) }, lang));
  }
  if (!Array.isArray(data.snippets)) return whole(t(messages.noList, undefined, lang));
  if (data.snippets.length === 0) return whole(t(messages.empty, undefined, lang));

  const errors: ImportError[] = [];
  const at = (index: number, field: string | null, message: string) =>
    errors.push({
      index,
      field,
      message: `${
        field === null
          ? t(messages.item, { n: index + 1 }, lang)
          : t(messages.itemField, { n: index + 1, field }, lang)
      }: ${message}`,
    });

  const rows: StoredSnippet[] = [];
  const seenIds = new Map<string, number>();
  data.snippets.forEach((item: unknown, index: number) => {
    if (!isRecord(item)) {
      at(index, null, t(messages.notObject, undefined, lang));
      return;
    }
    let shapeOk = true;
    for (const field of TEXT_FIELDS) {
      if (typeof item[field] !== 'string') {
        at(index, field, t(messages.notText, undefined, lang));
        shapeOk = false;
      }
    }
    for (const field of NULLABLE_FIELDS) {
      if (item[field] !== null && item[field] !== undefined && typeof item[field] !== 'string') {
        at(index, field, t(messages.notTextOrNull, undefined, lang));
        shapeOk = false;
      }
    }
    if (!shapeOk) return;
    const id = item.id as string;
    const other = seenIds.get(id);
    if (other !== undefined) at(index, 'id', t(messages.duplicateId, { id, other: other + 1 }, lang));
    else seenIds.set(id, index);
    const draft = tidyDraft({
      title: item.title as string,
      category: item.category as string,
      body: item.body as string,
      trigger: (item.trigger as string | null | undefined) ?? null,
      hotkey: (item.hotkey as string | null | undefined) ?? null,
      lang: item.lang as SnippetDraft['lang'],
    });
    // Uniqueness is checked against the items before this one, so a clash is reported once, on the
    // later item, naming the earlier one.
    const problems = snippetProblems(draft, { others: rows, focusSearchHotkey });
    for (const problem of problems) at(index, problem.field, describeProblem(problem, draft, lang));
    const order = typeof item.order === 'number' && Number.isFinite(item.order) ? item.order : index;
    rows.push({ ...draft, id, order, useCount: 0, updatedAt: now });
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, snippets: rows };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
