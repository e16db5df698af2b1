import { useEffect } from 'react';
import { defineMessages } from '../../lib/i18n';
import { useT } from '../i18n';
import './toast.css';

// The options page's one notice after a change: what happened, Undo when it can be undone, and a
// close button. It stays long enough to notice a mistaken delete or import and reach Undo by keyboard.

export const TOAST_MS = 10_000;

const m = defineMessages({
  undo: { id: 'Urungkan', en: 'Undo' },
  dismiss: { id: 'Tutup pemberitahuan', en: 'Dismiss' },
});

export interface ToastState {
  message: string;
  onUndo?: () => void;
}

export function UndoToast({ message, onUndo, onClose }: ToastState & { onClose: () => void }) {
  const t = useT();
  useEffect(() => {
    const timer = setTimeout(onClose, TOAST_MS);
    return () => clearTimeout(timer);
  }, [onClose]);
  return (
    <div className="undo-toast" role="status">
      <span>{message}</span>
      {onUndo && (
        <button type="button" onClick={onUndo}>
          {t(m.undo)}
        </button>
      )}
      <button type="button" aria-label={t(m.dismiss)} onClick={onClose}>
        ×
      </button>
    </div>
  );
}
