import { type ReactNode, useEffect, useState } from 'react';
import type { SigapDb } from '../../lib/db/schema';
import type { Message } from '../../lib/i18n';
import { CatalogSection } from '../catalog/CatalogSection';
import { HoursSection } from '../hours/HoursSection';
import { useT } from '../i18n';
import { ReportsSection } from '../reports/ReportsSection';
import { SnippetSection } from '../snippet-manager/SnippetSection';
import { TeamPanel } from '../team/TeamPanel';
import { BackupPanel } from './BackupPanel';
import { optionsMessages as m } from './messages';
import { SettingsSection } from './SettingsSection';

// Sections are addressed by the URL hash (#katalog, #pengaturan…) so a link or a reload keeps the place.

interface Section {
  hash: string;
  label: Message;
  render: () => ReactNode;
}

export function OptionsApp({ db, sections }: { db: SigapDb; sections?: Section[] }) {
  const t = useT();
  const all: Section[] = sections ?? [
    { hash: 'katalog', label: m.catalog, render: () => <CatalogSection db={db} /> },
    { hash: 'snippet', label: m.snippets, render: () => <SnippetSection db={db} /> },
    { hash: 'jam', label: m.hours, render: () => <HoursSection /> },
    { hash: 'laporan', label: m.reports, render: () => <ReportsSection db={db} /> },
    {
      hash: 'pengaturan',
      label: m.settings,
      render: () => (
        <>
          <SettingsSection db={db} />
          <TeamPanel db={db} />
          <BackupPanel db={db} />
        </>
      ),
    },
  ];
  const [hash, setHash] = useState(() => location.hash.slice(1));
  useEffect(() => {
    const onHash = () => setHash(location.hash.slice(1));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  const current = all.find((s) => s.hash === hash) ?? all[0]!;

  return (
    <div className="options">
      <nav aria-label={t(m.nav)}>
        <strong>Sigap</strong>
        {all.map((s) => (
          <a key={s.hash} href={`#${s.hash}`} aria-current={s === current ? 'page' : undefined}>
            {t(s.label)}
          </a>
        ))}
      </nav>
      <section aria-labelledby="section-title">
        <h1 id="section-title">{t(current.label)}</h1>
        {current.render()}
      </section>
    </div>
  );
}
