import { defineMessages } from '../../lib/i18n';
import { useT } from '../i18n';

// A failed write, said where the user made it. An alert (read out at once), not a toast that
// times out: the user must learn that the delete, move or import did not happen.

const m = defineMessages({
  dismiss: { id: 'Tutup pesan kesalahan', en: 'Dismiss the error' },
});

export function WriteErrorAlert({ message, onDismiss }: { message: string | null; onDismiss: () => void }) {
  const t = useT();
  if (!message) return null;
  return (
    <div className="write-error" role="alert">
      <span>{message}</span>
      <button type="button" aria-label={t(m.dismiss)} onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}
