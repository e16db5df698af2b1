import { type KeyboardEvent, useId, useState } from 'react';
import { useT } from '../i18n';
import { sidebarMessages as m } from './messages';

/** A free-text box whose text goes into the chat box: the simplest use of the insertion path. */
export function QuickInsert({ onInsert }: { onInsert: (text: string) => Promise<void> }) {
  const t = useT();
  const id = useId();
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    if (!text || busy) return;
    setBusy(true);
    try {
      await onInsert(text);
    } finally {
      setBusy(false);
    }
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void submit();
    }
  };

  return (
    <div className="quick-insert">
      <label htmlFor={id}>{t(m.quickInsertLabel)}</label>
      <textarea
        id={id}
        value={text}
        rows={3}
        placeholder={t(m.quickInsertPlaceholder)}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={onKeyDown}
      />
      <button type="button" onClick={() => void submit()} disabled={!text || busy}>
        {t(m.insert)}
      </button>
    </div>
  );
}
