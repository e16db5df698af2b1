import { useLang, useT } from '../i18n';
import { hoursMessages as m } from './messages';
import type { ShopHours } from './use-shop-hours';

export function HoursBanner({ hours }: { hours: ShopHours }) {
  const t = useT();
  const lang = useLang();
  if (hours.open) return null;
  const when = hours.next
    ? hours.next.toLocaleString(lang === 'id' ? 'id-ID' : 'en-GB', {
        weekday: 'long',
        hour: '2-digit',
        minute: '2-digit',
      })
    : '–';
  return (
    <section className="hours-banner" role="status" data-testid="hours-banner">
      <strong>{t(m.closed)}</strong>
      <span>{t(m.opensAt, { when })}</span>
      <small>{t(m.hours, { hours: hours.text })}</small>
    </section>
  );
}
