import { type FormEvent, useId, useState } from 'react';
import { useT } from '../i18n';
import { snippetMessages as m } from './messages';

/** The small form a snippet with `{isi:…}` fields opens before it is inserted. */
export function FieldsForm({
  title,
  fields,
  onSubmit,
  onCancel,
}: {
  title: string;
  fields: readonly string[];
  onSubmit: (values: Record<string, string>) => void;
  onCancel: () => void;
}) {
  const t = useT();
  const id = useId();
  const [values, setValues] = useState<Record<string, string>>({});
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(values);
  };
  return (
    <form
      className="fields-form"
      aria-label={`${t(m.fillTitle)}: ${title}`}
      onSubmit={submit}
      onKeyDown={(e) => e.key === 'Escape' && onCancel()}
    >
      <strong>
        {t(m.fillTitle)}: {title}
      </strong>
      {fields.map((field, i) => (
        <label key={field} htmlFor={`${id}-${i}`}>
          {field}
          <input
            id={`${id}-${i}`}
            // biome-ignore lint/a11y/noAutofocus: the form opens from a keystroke; typing goes straight in
            autoFocus={i === 0}
            value={values[field] ?? ''}
            onChange={(e) => setValues({ ...values, [field]: e.target.value })}
          />
        </label>
      ))}
      <div>
        <button type="submit">{t(m.fillInsert)}</button>{' '}
        <button type="button" onClick={onCancel}>
          {t(m.fillCancel)}
        </button>
      </div>
    </form>
  );
}
