import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { LangProvider } from '../../components/i18n';
import { preloadCatalogStatus } from '../../components/search/catalog-search';
import { sidebarCatalogBackend } from '../../components/search/use-catalog';
import { connectPageLink } from '../../components/sidebar/page-link';
import { SidebarApp } from '../../components/sidebar/SidebarApp';
import '../../components/sidebar/sidebar.css';
import '../../components/reply-clock/reply-clock.css';

preloadCatalogStatus(sidebarCatalogBackend);
const link = connectPageLink();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <LangProvider>
      <SidebarApp link={link} />
    </LangProvider>
  </StrictMode>,
);
