import { type DragEvent, useId, useState } from 'react';
import { useT } from '../i18n';
import { importMessages as m } from './messages';

// Two ways in: the file dialog (keyboard: Tab to the button, Enter) and dropping a file on the zone.

export const ACCEPTED_FILES = '.csv,.xlsx,.txt,.tsv';

export function FilePicker({ onFile, disabled }: { onFile: (file: File) => void; disabled?: boolean }) {
  const t = useT();
  const id = useId();
  const [over, setOver] = useState(false);

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    const file = event.dataTransfer.files[0];
    if (file && !disabled) onFile(file);
  };

  return (
    // biome-ignore lint/a11y/useSemanticElements: a drop target wrapping the real, focusable file input
    <div
      className={`import-drop${over ? ' over' : ''}`}
      role="group"
      aria-label={t(m.dropZone)}
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <label htmlFor={id} className="import-choose">
        {t(m.chooseFile)}
      </label>
      <input
        id={id}
        type="file"
        accept={ACCEPTED_FILES}
        disabled={disabled}
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          // Cleared so choosing the same file again (after fixing it) fires change again.
          event.currentTarget.value = '';
          if (file) onFile(file);
        }}
      />
      <span>{t(m.dropHere)}</span>
    </div>
  );
}
