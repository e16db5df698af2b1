import { type FormEvent, useEffect, useId, useState } from 'react';
import { browser } from 'wxt/browser';
import { defaultAnswerTemplate, productAnswer } from '../../lib/catalog/answer';
import { SAMPLE_CATALOG } from '../../lib/catalog/sample';
import {
  MAX_RETENTION_DAYS,
  MIN_RETENTION_DAYS,
  pruneReplySamples,
  validRetentionDays,
} from '../../lib/db/reply-samples';
import type { SigapDb } from '../../lib/db/schema';
import type { Lang } from '../../lib/i18n';
import {
  answerTemplateItem,
  langItem,
  replyRetentionItem,
  replyTargetsItem,
  shopNameItem,
  toneItem,
} from '../../lib/settings';
import { SaranSettings } from '../assist/SaranSettings';
import { useLang, useT } from '../i18n';
import { optionsMessages as m } from './messages';
import { StorageFigures } from './StorageFigures';
import { useWriteGuard } from './use-write-guard';
import { WriteErrorAlert } from './WriteErrorAlert';

const MINUTE = 60_000;

interface Draft {
  shopName: string;
  dueMinutes: string;
  overdueMinutes: string;
  template: string;
  toneEnabled: boolean;
  /** One phrase per line. */
  toneAllow: string;
  retentionDays: string;
}

/** Whole positive minutes, or null. */
function minutes(text: string): number | null {
  const n = Number(text.trim());
  return Number.isInteger(n) && n > 0 ? n : null;
}

export function SettingsSection({ db }: { db: SigapDb }) {
  const t = useT();
  const lang = useLang();
  const writes = useWriteGuard();
  const ids = {
    shop: useId(),
    lang: useId(),
    due: useId(),
    overdue: useId(),
    template: useId(),
    allow: useId(),
    retention: useId(),
  };
  const [draft, setDraft] = useState<Draft | null>(null);
  const [status, setStatus] = useState<'idle' | 'saved' | 'invalid' | 'invalid-retention'>('idle');
  /** Samples the last save deleted as past the retention. */
  const [pruned, setPruned] = useState(0);

  useEffect(() => {
    void Promise.all([
      shopNameItem.getValue(),
      replyTargetsItem.getValue(),
      answerTemplateItem.getValue(),
      toneItem.getValue(),
      replyRetentionItem.getValue(),
    ]).then(([shopName, targets, template, tone, retention]) =>
      setDraft({
        shopName,
        dueMinutes: String(Math.round(targets.dueMs / MINUTE)),
        overdueMinutes: String(Math.round(targets.overdueMs / MINUTE)),
        template: template || defaultAnswerTemplate(lang),
        toneEnabled: tone.enabled,
        toneAllow: tone.allow.join('\n'),
        retentionDays: String(retention),
      }),
    );
  }, [lang]);

  if (!draft) return null;
  const edit = (patch: Partial<Draft>) => {
    setDraft({ ...draft, ...patch });
    setStatus('idle');
  };
  const due = minutes(draft.dueMinutes);
  const overdue = minutes(draft.overdueMinutes);
  const targetsValid = due != null && overdue != null && overdue > due;
  const retention = Number(draft.retentionDays.trim());
  const retentionValid = draft.retentionDays.trim() !== '' && validRetentionDays(retention);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!targetsValid) {
      setStatus('invalid');
      return;
    }
    if (!retentionValid) {
      setStatus('invalid-retention');
      return;
    }
    // An unchanged default is stored as "default", so it follows a later language switch.
    const template = draft.template.trim() === defaultAnswerTemplate(lang) ? '' : draft.template;
    // One storage write for every field: it lands whole or not at all, never half a form.
    const saved = await writes.guard(t(m.actionSave), () =>
      browser.storage.local.set({
        [shopNameItem.key]: draft.shopName.trim(),
        [replyTargetsItem.key]: { dueMs: due * MINUTE, overdueMs: overdue * MINUTE },
        [answerTemplateItem.key]: template,
        [toneItem.key]: {
          enabled: draft.toneEnabled,
          allow: draft.toneAllow
            .split('\n')
            .map((line) => line.trim())
            .filter(Boolean),
        },
        [replyRetentionItem.key]: retention,
      }),
    );
    if (!saved.ok) return setStatus('idle');
    // Applied at once (the background also prunes on every start and every new sample).
    const prune = await writes.guard(t(m.actionPrune), () => pruneReplySamples(db, retention));
    setPruned(prune.ok ? prune.value : 0);
    setStatus('saved');
  };

  const template = draft.template;
  const example = SAMPLE_CATALOG[0];

  return (
    <form className="settings" onSubmit={(e) => void save(e)} noValidate>
      <label htmlFor={ids.shop}>{t(m.shopName)}</label>
      <input id={ids.shop} value={draft.shopName} onChange={(e) => edit({ shopName: e.target.value })} />
      <small>{t(m.shopNameHelp)}</small>

      <label htmlFor={ids.lang}>{t(m.language)}</label>
      <select id={ids.lang} value={lang} onChange={(e) => void langItem.setValue(e.target.value as Lang)}>
        <option value="id">{t(m.langId)}</option>
        <option value="en">{t(m.langEn)}</option>
      </select>

      <fieldset>
        <legend>{t(m.targets)}</legend>
        <label htmlFor={ids.due}>{t(m.dueMinutes)}</label>
        <input
          id={ids.due}
          inputMode="numeric"
          value={draft.dueMinutes}
          aria-invalid={due == null}
          onChange={(e) => edit({ dueMinutes: e.target.value })}
        />
        <label htmlFor={ids.overdue}>{t(m.overdueMinutes)}</label>
        <input
          id={ids.overdue}
          inputMode="numeric"
          value={draft.overdueMinutes}
          aria-invalid={overdue == null || !targetsValid}
          onChange={(e) => edit({ overdueMinutes: e.target.value })}
        />
        <small>{t(m.targetsHelp)}</small>
      </fieldset>

      <fieldset>
        <legend>{t(m.tone)}</legend>
        <label>
          <input
            type="checkbox"
            checked={draft.toneEnabled}
            onChange={(e) => edit({ toneEnabled: e.target.checked })}
          />{' '}
          {t(m.toneEnabled)}
        </label>
        <label htmlFor={ids.allow}>{t(m.toneAllow)}</label>
        <textarea
          id={ids.allow}
          rows={3}
          value={draft.toneAllow}
          onChange={(e) => edit({ toneAllow: e.target.value })}
        />
        <small>{t(m.toneAllowHelp)}</small>
      </fieldset>

      {/* Saves itself on change, like the language: it is read live by every open sidebar. */}
      <SaranSettings />

      <label htmlFor={ids.template}>{t(m.answerTemplate)}</label>
      <textarea
        id={ids.template}
        rows={6}
        value={template}
        onChange={(e) => edit({ template: e.target.value })}
      />
      <small>{t(m.answerTemplateHelp)}</small>
      <div>
        <button type="button" onClick={() => edit({ template: defaultAnswerTemplate(lang) })}>
          {t(m.resetTemplate)}
        </button>
      </div>
      {example && (
        <figure className="answer-preview">
          <figcaption>{t(m.answerPreview)}</figcaption>
          <pre data-testid="answer-preview">{productAnswer(example, template, lang)}</pre>
        </figure>
      )}

      <fieldset>
        <legend>{t(m.storage)}</legend>
        <label htmlFor={ids.retention}>{t(m.retentionDays)}</label>
        <input
          id={ids.retention}
          inputMode="numeric"
          value={draft.retentionDays}
          aria-invalid={!retentionValid}
          onChange={(e) => edit({ retentionDays: e.target.value })}
        />
        <small>{t(m.retentionHelp, { min: MIN_RETENTION_DAYS, max: MAX_RETENTION_DAYS })}</small>
        <StorageFigures db={db} retentionDays={retentionValid ? retention : null} />
      </fieldset>

      <div>
        <button type="submit">{t(m.save)}</button>{' '}
        {status === 'saved' && (
          <span role="status">
            {pruned > 0 ? t(m.savedPruned, { count: pruned.toLocaleString('id-ID') }) : t(m.saved)}
          </span>
        )}
        {status === 'invalid' && (
          <span role="alert" className="error">
            {t(m.targetsInvalid)}
          </span>
        )}
        {status === 'invalid-retention' && (
          <span role="alert" className="error">
            {t(m.retentionInvalid, { min: MIN_RETENTION_DAYS, max: MAX_RETENTION_DAYS })}
          </span>
        )}
      </div>
      <WriteErrorAlert message={writes.error} onDismiss={writes.dismiss} />
    </form>
  );
}
