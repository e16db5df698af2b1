import { useCallback, useState } from 'react';
import { writeErrorText } from '../../lib/db/write-error';
import { useLang } from '../i18n';

// Every write the options page makes goes through `guard`: a failure (disk full, a closed database,
// a newer version in another tab) becomes a message in the user's language instead of an unhandled
// rejection nobody sees. The writes themselves are single transactions (lib/db), so a failed one has
// changed nothing, and the message says so.

export type Guarded<T> = { ok: true; value: T } | { ok: false };

export interface WriteGuard {
  /** The last failure's message, until the next write succeeds or the user dismisses it. */
  error: string | null;
  /** `action` names what was attempted in the user's language ("Menghapus Kaos Polos"). */
  guard<T>(action: string, write: () => Promise<T>): Promise<Guarded<T>>;
  dismiss(): void;
}

export function useWriteGuard(): WriteGuard {
  const lang = useLang();
  const [error, setError] = useState<string | null>(null);
  const guard = useCallback(
    async <T>(action: string, write: () => Promise<T>): Promise<Guarded<T>> => {
      try {
        const value = await write();
        setError(null);
        return { ok: true, value };
      } catch (failure) {
        setError(writeErrorText(action, failure, lang));
        return { ok: false };
      }
    },
    [lang],
  );
  const dismiss = useCallback(() => setError(null), []);
  return { error, guard, dismiss };
}
