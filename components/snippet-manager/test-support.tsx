import { render, screen, within } from '@testing-library/react';
import type { SigapDb } from '../../lib/db/schema';
import { LangProvider } from '../i18n';
import { SnippetSection } from './SnippetSection';

// Shared by the section's tests: render it, and read the list as the agent sees it.

export function renderSection(db: SigapDb) {
  render(
    <LangProvider>
      <SnippetSection db={db} />
    </LangProvider>,
  );
}

/** Titles per category heading, in display order: "Salam: Salam pembuka". */
export function listed(): string[] {
  const list = screen.queryByRole('region', { name: 'Daftar template' });
  if (!list) return [];
  return within(list)
    .queryAllByRole('region')
    .map((group) => {
      const heading = within(group)
        .getByRole('heading')
        .textContent?.replace(/\s*\(\d+\)$/, '');
      const titles = [...group.querySelectorAll('.snippet-row-title')].map((e) => e.textContent);
      return `${heading}: ${titles.join(', ')}`;
    });
}
