import { defineMessages, type Lang, t } from '../i18n';

// Why a database write failed, said in the user's language. Every write in lib/db runs in one Dexie
// transaction, so a failure of any of these kinds leaves the stored data exactly as it was; the
// message says that, and what the user can do about it.

export type WriteErrorKind = 'quota' | 'closed' | 'version' | 'other';

function names(error: unknown): string[] {
  const found: string[] = [];
  let e = error as { name?: unknown; inner?: unknown } | null | undefined;
  // Dexie wraps the browser's DOMException in `inner` (an AbortError whose inner is the quota error).
  for (let depth = 0; e && depth < 4; depth++) {
    if (typeof e.name === 'string') found.push(e.name);
    e = e.inner as typeof e;
  }
  return found;
}

export function writeErrorKind(error: unknown): WriteErrorKind {
  const all = names(error);
  // browser.storage says it with a plain Error: "QUOTA_BYTES quota exceeded".
  const message = error instanceof Error ? error.message : '';
  if (all.includes('QuotaExceededError') || /QUOTA_BYTES/.test(message)) return 'quota';
  // Another tab opened a newer schema: this page's connection was closed for it (VersionChangeError)
  // or reopening at this page's older version is refused (VersionError).
  if (all.includes('VersionChangeError') || all.includes('VersionError')) return 'version';
  if (all.includes('DatabaseClosedError') || all.includes('InvalidStateError')) return 'closed';
  return 'other';
}

const m = defineMessages({
  failed: {
    id: '{action} gagal: {reason} Data tetap seperti sebelumnya.',
    en: '{action} failed: {reason} Your data is as it was.',
  },
  quota: {
    id: 'penyimpanan browser penuh. Kosongkan ruang disk atau hapus data situs lain, lalu coba lagi.',
    en: 'browser storage is full. Free disk space or clear other sites’ data, then try again.',
  },
  closed: {
    id: 'database Sigap tertutup. Muat ulang halaman ini, lalu coba lagi.',
    en: 'Sigap’s database is closed. Reload this page, then try again.',
  },
  version: {
    id: 'Sigap versi lain sedang dibuka di tab lain (misalnya setelah pembaruan). Muat ulang halaman ini, lalu coba lagi.',
    en: 'another version of Sigap is open in another tab (after an update, say). Reload this page, then try again.',
  },
  other: {
    id: 'kesalahan tak terduga ({detail}). Coba lagi.',
    en: 'an unexpected error ({detail}). Try again.',
  },
});

/** "Menghapus Kaos gagal: penyimpanan browser penuh. … Data tetap seperti sebelumnya." */
export function writeErrorText(action: string, error: unknown, lang?: Lang): string {
  const kind = writeErrorKind(error);
  const detail = error instanceof Error ? error.message : String(error);
  const reason = t(m[kind], { detail }, lang);
  return t(m.failed, { action, reason }, lang);
}
