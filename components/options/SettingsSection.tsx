import { type FormEvent, useEffect, useId, useState } from 'react';
import { defaultAnswerTemplate, productAnswer } from '../../lib/catalog/answer';
import { SAMPLE_CATALOG } from '../../lib/catalog/sample';
import type { Lang } from '../../lib/i18n';
import { answerTemplateItem, langItem, replyTargetsItem, shopNameItem, toneItem } from '../../lib/settings';
import { useLang, useT } from '../i18n';
import { optionsMessages as m } from './messages';

const MINUTE = 60_000;

interface Draft {
  shopName: string;
  dueMinutes: string;
  overdueMinutes: string;
  template: string;
  toneEnabled: boolean;
  /** One phrase per line. */
  toneAllow: string;
}

/** Whole positive minutes, or null. */
function minutes(text: string): number | null {
  const n = Number(text.trim());
  return Number.isInteger(n) && n > 0 ? n : null;
}

export function SettingsSection() {
  const t = useT();
  const lang = useLang();
  const ids = {
    shop: useId(),
    lang: useId(),
    due: useId(),
    overdue: useId(),
    template: useId(),
    allow: useId(),
  };
  const [draft, setDraft] = useState<Draft | null>(null);
  const [status, setStatus] = useState<'idle' | 'saved' | 'invalid'>('idle');

  useEffect(() => {
    void Promise.all([
      shopNameItem.getValue(),
      replyTargetsItem.getValue(),
      answerTemplateItem.getValue(),
      toneItem.getValue(),
    ]).then(([shopName, targets, template, tone]) =>
      setDraft({
        shopName,
        dueMinutes: String(Math.round(targets.dueMs / MINUTE)),
        overdueMinutes: String(Math.round(targets.overdueMs / MINUTE)),
        template: template || defaultAnswerTemplate(lang),
        toneEnabled: tone.enabled,
        toneAllow: tone.allow.join('\n'),
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

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!targetsValid) {
      setStatus('invalid');
      return;
    }
    await shopNameItem.setValue(draft.shopName.trim());
    await replyTargetsItem.setValue({ dueMs: due * MINUTE, overdueMs: overdue * MINUTE });
    // An unchanged default is stored as "default", so it follows a later language switch.
    const template = draft.template.trim() === defaultAnswerTemplate(lang) ? '' : draft.template;
    await answerTemplateItem.setValue(template);
    await toneItem.setValue({
      enabled: draft.toneEnabled,
      allow: draft.toneAllow
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean),
    });
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

      <div>
        <button type="submit">{t(m.save)}</button>{' '}
        {status === 'saved' && <span role="status">{t(m.saved)}</span>}
        {status === 'invalid' && (
          <span role="alert" className="error">
            {t(m.targetsInvalid)}
          </span>
        )}
      </div>
    </form>
  );
}
