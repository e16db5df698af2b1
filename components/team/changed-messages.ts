import { defineMessages } from '../../lib/i18n';

// "Who and when" on a catalog row or a snippet that team sync changed (issue 13).

export const changedMessages = defineMessages({
  changedBy: { id: 'diubah oleh {user} · {ago}', en: 'changed by {user} · {ago}' },
  changedByFull: { id: 'Diubah oleh {user} pada {time}', en: 'Changed by {user} on {time}' },
  column: { id: 'Diubah', en: 'Changed' },
  justNow: { id: 'baru saja', en: 'just now' },
  minutesAgo: { id: '{n} mnt lalu', en: '{n} min ago' },
  hoursAgo: { id: '{n} jam lalu', en: '{n} h ago' },
  daysAgo: { id: '{n} hari lalu', en: '{n} d ago' },
});
