import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import type { SigapDb, StoredSnippet } from '../../lib/db/schema';
import { createSnippet, updateSnippet } from '../../lib/db/snippet-edit';
import { writeErrorText } from '../../lib/db/write-error';
import { categoryLabel } from '../../lib/snippets/messages';
import {
  describeProblem,
  InvalidSnippetError,
  type SnippetDraft,
  type SnippetField,
  type SnippetProblem,
  snippetProblems,
  tidyDraft,
} from '../../lib/snippets/rules';
import { SNIPPET_CATEGORIES } from '../../lib/snippets/types';
import { useLang, useT } from '../i18n';
import { HotkeyField } from './HotkeyField';
import { managerMessages as m } from './messages';
import { SnippetPreview } from './SnippetPreview';

/** Fields whose problems show as they are typed; the others wait for the first save. */
const LIVE: readonly SnippetField[] = ['trigger', 'hotkey'];
const FIELD_ORDER: readonly SnippetField[] = ['title', 'category', 'body', 'trigger', 'hotkey', 'lang'];

export function SnippetEditor({
  db,
  snippet,
  all,
  focusSearchHotkey,
  expandKey,
  onDone,
}: {
  db: SigapDb;
  /** The snippet to edit; undefined for a new one. */
  snippet?: StoredSnippet;
  all: readonly StoredSnippet[];
  focusSearchHotkey: string;
  expandKey: 'Tab' | 'Space';
  /** Called with the saved row, or null on cancel. */
  onDone: (saved: StoredSnippet | null) => void;
}) {
  const t = useT();
  const lang = useLang();
  const id = useId();
  const form = useRef<HTMLFormElement>(null);
  const [draft, setDraft] = useState<SnippetDraft>(() =>
    snippet
      ? { ...snippet }
      : { title: '', category: 'greeting', body: '', trigger: null, hotkey: null, lang },
  );
  const [triggerText, setTriggerText] = useState(snippet?.trigger ?? '');
  const [submitted, setSubmitted] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [serverProblems, setServerProblems] = useState<SnippetProblem[]>([]);

  useEffect(() => {
    form.current?.querySelector<HTMLInputElement>('input')?.focus();
  }, []);

  const tidy = tidyDraft({ ...draft, trigger: triggerText });
  const problems = [
    ...snippetProblems(tidy, { others: [...all], selfId: snippet?.id, focusSearchHotkey }),
    ...serverProblems,
  ];
  const shown = (field: SnippetField) =>
    problems.filter((p) => p.field === field && (submitted || LIVE.includes(field)));
  const fieldId = (field: SnippetField) => `${id}-${field}`;
  const errorId = (field: SnippetField) => `${id}-${field}-error`;

  const edit = (change: Partial<SnippetDraft>) => {
    setDraft((d) => ({ ...d, ...change }));
    setServerProblems([]);
    setSaveError(null);
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    const first = FIELD_ORDER.find((f) => problems.some((p) => p.field === f));
    if (first) {
      document.getElementById(fieldId(first))?.focus();
      return;
    }
    try {
      const saved = snippet
        ? await updateSnippet(db, snippet.id, tidy).then(() => db.snippets.get(snippet.id))
        : await createSnippet(db, tidy);
      onDone(saved ?? null);
    } catch (error) {
      // Another tab may have taken the trigger or hotkey since this list was read.
      if (error instanceof InvalidSnippetError) setServerProblems(error.problems);
      else
        setSaveError(
          writeErrorText(t(m.actionSave, { title: tidy.title || snippet?.title || '' }), error, lang),
        );
    }
  };

  const errors = (field: SnippetField) => {
    // A problem found by both this check and the database's (a stale list) is said once.
    const texts = [...new Set(shown(field).map((p) => describeProblem(p, tidy, lang)))];
    if (texts.length === 0) return null;
    return (
      <ul className="field-error" id={errorId(field)}>
        {texts.map((text) => (
          <li key={text}>{text}</li>
        ))}
      </ul>
    );
  };
  const aria = (field: SnippetField, help?: string) => {
    const invalid = shown(field).length > 0;
    return {
      id: fieldId(field),
      'aria-invalid': invalid || undefined,
      'aria-describedby': [invalid ? errorId(field) : '', help ?? ''].filter(Boolean).join(' ') || undefined,
    };
  };
  const hiddenCount = submitted ? FIELD_ORDER.filter((f) => shown(f).length > 0).length : 0;

  return (
    <form
      ref={form}
      className="snippet-editor"
      aria-labelledby={`${id}-heading`}
      noValidate
      onSubmit={save}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onDone(null);
      }}
    >
      <h2 id={`${id}-heading`}>{snippet ? t(m.editorEdit, { title: snippet.title }) : t(m.editorNew)}</h2>
      <div className="snippet-editor-fields">
        <label htmlFor={fieldId('title')}>{t(m.title)}</label>
        <input {...aria('title')} value={draft.title} onChange={(e) => edit({ title: e.target.value })} />
        {errors('title')}

        <label htmlFor={fieldId('category')}>{t(m.category)}</label>
        <select
          {...aria('category')}
          value={draft.category}
          onChange={(e) => edit({ category: e.target.value })}
        >
          {SNIPPET_CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {categoryLabel(c, lang)}
            </option>
          ))}
        </select>
        {errors('category')}

        <label htmlFor={fieldId('body')}>{t(m.body)}</label>
        <textarea
          {...aria('body', `${id}-body-help`)}
          rows={5}
          value={draft.body}
          onChange={(e) => edit({ body: e.target.value })}
        />
        <small id={`${id}-body-help`}>{t(m.bodyHelp)}</small>
        {errors('body')}
        <SnippetPreview body={draft.body} id={`${id}-preview`} />

        <label htmlFor={fieldId('trigger')}>{t(m.trigger)}</label>
        <span className="trigger-input">
          <span aria-hidden="true">/</span>
          <input
            {...aria('trigger', `${id}-trigger-help`)}
            value={triggerText}
            autoComplete="off"
            spellCheck={false}
            onChange={(e) => {
              setTriggerText(e.target.value);
              setServerProblems([]);
            }}
          />
        </span>
        <small id={`${id}-trigger-help`}>
          {t(m.triggerHelp, { key: expandKey === 'Tab' ? 'Tab' : t(m.expandSpace) })}
        </small>
        {errors('trigger')}

        <label htmlFor={fieldId('hotkey')}>{t(m.hotkey)}</label>
        <HotkeyField
          id={fieldId('hotkey')}
          value={draft.hotkey}
          onChange={(hotkey) => edit({ hotkey })}
          invalid={shown('hotkey').length > 0}
          describedBy={aria('hotkey', `${id}-hotkey-help`)['aria-describedby']}
        />
        <small id={`${id}-hotkey-help`}>{t(m.hotkeyHelp)}</small>
        {errors('hotkey')}

        <label htmlFor={fieldId('lang')}>{t(m.lang)}</label>
        <select
          {...aria('lang')}
          value={draft.lang}
          onChange={(e) => edit({ lang: e.target.value as SnippetDraft['lang'] })}
        >
          <option value="id">{t(m.langId)}</option>
          <option value="en">{t(m.langEn)}</option>
        </select>
      </div>
      {hiddenCount > 0 && <p role="alert">{t(m.fixFirst, { count: hiddenCount })}</p>}
      {saveError && <p role="alert">{saveError}</p>}
      <div className="snippet-editor-actions">
        <button type="submit" className="primary">
          {t(m.save)}
        </button>
        <button type="button" onClick={() => onDone(null)}>
          {t(m.cancel)}
        </button>
      </div>
    </form>
  );
}
