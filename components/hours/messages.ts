import { defineMessages } from '../../lib/i18n';

export const hoursMessages = defineMessages({
  closed: { id: 'Di luar jam operasional', en: 'Outside operating hours' },
  opensAt: {
    id: 'Buka lagi {when}. Template “Di luar jam” ada di atas.',
    en: 'Opens again {when}. The away template is listed first.',
  },
  hours: { id: 'Jam buka: {hours}', en: 'Open: {hours}' },
});
