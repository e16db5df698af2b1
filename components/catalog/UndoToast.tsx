import { useEffect } from 'react';
import { useT } from '../i18n';
import { catalogTableMessages as m } from './messages';

/** Long enough to notice a mistaken delete and reach the button by keyboard. */
export const TOAST_MS = 10_000;

export function UndoToast({
  message,
  onUndo,
  onClose,
}: {
  message: string;
  onUndo?: () => void;
  onClose: () => void;
}) {
  const t = useT();
  useEffect(() => {
    const timer = setTimeout(onClose, TOAST_MS);
    return () => clearTimeout(timer);
  }, [onClose]);
  return (
    <div className="catalog-toast" role="status">
      <span>{message}</span>
      {onUndo && (
        <button type="button" onClick={onUndo}>
          {t(m.undo)}
        </button>
      )}
      <button type="button" aria-label={t(m.closeToast)} onClick={onClose}>
        ×
      </button>
    </div>
  );
}
