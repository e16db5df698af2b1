import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { LangProvider } from '../../components/i18n';
import { preloadCatalogIndex } from '../../components/search/catalog-loader';
import { connectPageLink } from '../../components/sidebar/page-link';
import { SidebarApp } from '../../components/sidebar/SidebarApp';
import '../../components/sidebar/sidebar.css';
import '../../components/reply-clock/reply-clock.css';

preloadCatalogIndex();
const link = connectPageLink();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <LangProvider>
      <SidebarApp link={link} />
    </LangProvider>
  </StrictMode>,
);
