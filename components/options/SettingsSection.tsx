import { type FormEvent, useEffect, useId, useState } from 'react';
import type { Lang } from '../../lib/i18n';
import { langItem, shopNameItem } from '../../lib/settings';
import { useLang, useT } from '../i18n';
import { optionsMessages as m } from './messages';

export function SettingsSection() {
  const t = useT();
  const lang = useLang();
  const shopId = useId();
  const langId = useId();
  const [shopName, setShopName] = useState('');
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    void shopNameItem.getValue().then(setShopName);
  }, []);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    await shopNameItem.setValue(shopName.trim());
    setSaved(true);
  };

  return (
    <form className="settings" onSubmit={(e) => void save(e)}>
      <label htmlFor={shopId}>{t(m.shopName)}</label>
      <input
        id={shopId}
        value={shopName}
        onChange={(e) => {
          setShopName(e.target.value);
          setSaved(false);
        }}
      />
      <small>{t(m.shopNameHelp)}</small>
      <label htmlFor={langId}>{t(m.language)}</label>
      <select id={langId} value={lang} onChange={(e) => void langItem.setValue(e.target.value as Lang)}>
        <option value="id">{t(m.langId)}</option>
        <option value="en">{t(m.langEn)}</option>
      </select>
      <div>
        <button type="submit">{t(m.save)}</button> {saved && <span role="status">{t(m.saved)}</span>}
      </div>
    </form>
  );
}
