import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { LangProvider } from '../../components/i18n';
import { OptionsApp } from '../../components/options/OptionsApp';
import { SigapDb } from '../../lib/db/schema';
import '../../components/options/options.css';

// The options page is a top-level extension page: it may open the database itself (DESIGN.md).
const db = new SigapDb();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <LangProvider>
      <OptionsApp db={db} />
    </LangProvider>
  </StrictMode>,
);
