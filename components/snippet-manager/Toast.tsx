import { useEffect } from 'react';
import { useT } from '../i18n';
import { managerMessages as m } from './messages';

/** Long enough to notice a mistaken delete or import and reach Undo by keyboard. */
export const TOAST_MS = 10_000;

export interface ToastState {
  message: string;
  onUndo?: () => void;
}

export function Toast({ toast, onClose }: { toast: ToastState; onClose: () => void }) {
  const t = useT();
  useEffect(() => {
    const timer = setTimeout(onClose, TOAST_MS);
    return () => clearTimeout(timer);
  }, [onClose]);
  return (
    <div className="snippet-toast" role="status">
      <span>{toast.message}</span>
      {toast.onUndo && (
        <button type="button" onClick={toast.onUndo}>
          {t(m.undo)}
        </button>
      )}
      <button type="button" aria-label={t(m.dismiss)} onClick={onClose}>
        ×
      </button>
    </div>
  );
}
