import type { KeyboardEvent } from 'react';
import { comboOf } from '../../lib/key-combo';
import { useT } from '../i18n';
import { managerMessages as m } from './messages';

const MODIFIERS = new Set(['Control', 'Alt', 'Shift', 'Meta', 'AltGraph', 'OS']);

/**
 * A shortcut capture: focus it and press the combination. Tab and Shift+Tab still move focus (the
 * form stays keyboard-usable; Tab is no hotkey anyway), Backspace and Delete clear, a modifier on its
 * own waits for the rest of the combination.
 */
export function HotkeyField({
  id,
  value,
  onChange,
  describedBy,
  invalid,
}: {
  id: string;
  value: string | null;
  onChange: (combo: string | null) => void;
  describedBy?: string;
  invalid?: boolean;
}) {
  const t = useT();
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const bare = !event.ctrlKey && !event.altKey && !event.metaKey;
    if (event.key === 'Tab' && bare) return;
    event.preventDefault();
    if (MODIFIERS.has(event.key)) return;
    if ((event.key === 'Backspace' || event.key === 'Delete') && bare && !event.shiftKey) {
      onChange(null);
      return;
    }
    // The space bar is spelt out: `comboOf` gives " ", which reads as nothing in a field.
    const combo = comboOf(event);
    onChange(event.code === 'Space' || event.key === ' ' ? `${combo.slice(0, -1)}Space` : combo);
  };
  return (
    <input
      id={id}
      className="hotkey-field"
      readOnly
      value={value ?? ''}
      placeholder={t(m.hotkeyNone)}
      aria-describedby={describedBy}
      aria-invalid={invalid || undefined}
      onKeyDown={onKeyDown}
    />
  );
}
