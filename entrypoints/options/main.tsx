import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { LangProvider } from '../../components/i18n';
import { OptionsApp } from '../../components/options/OptionsApp';
import '../../components/options/options.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <LangProvider>
      <OptionsApp />
    </LangProvider>
  </StrictMode>,
);
