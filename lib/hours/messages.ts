import { defineMessages } from '../i18n';

// The words of the {jam_buka} text; day names are in ./calendar-names.

export const hoursMessages = defineMessages({
  everyDay: { id: 'Setiap hari', en: 'Every day' },
  closed: { id: 'tutup', en: 'closed' },
});
