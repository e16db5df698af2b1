import type { CatalogIssue } from '../../lib/catalog/import';
import { useT } from '../i18n';
import { importMessages as m } from './messages';

/**
 * A file with a broken column can produce an error per row; beyond this many the list would only
 * slow the page, and the first ones already show what to fix.
 */
export const MAX_LISTED_ISSUES = 1000;

export function IssueList({ errors, warnings }: { errors: CatalogIssue[]; warnings: CatalogIssue[] }) {
  const t = useT();
  const all = [
    ...errors.map((issue) => ({ issue, kind: 'error' as const })),
    ...warnings.map((issue) => ({ issue, kind: 'warning' as const })),
  ];
  const listed = all.slice(0, MAX_LISTED_ISSUES);
  const where = (issue: CatalogIssue) =>
    issue.row !== undefined && issue.column
      ? t(m.rowColumn, { row: issue.row, column: issue.column })
      : issue.row !== undefined
        ? t(m.rowOnly, { row: issue.row })
        : issue.column
          ? t(m.columnOnly, { column: issue.column })
          : t(m.wholeFile);
  return (
    <section className="import-issues" aria-labelledby="import-issues-heading">
      <h3 id="import-issues-heading">
        {t(m.issuesHeading, { errors: errors.length, warnings: warnings.length })}
      </h3>
      {all.length === 0 ? (
        <p>{t(m.noIssues)}</p>
      ) : (
        // Focusable so keyboard users can scroll a long list.
        // biome-ignore lint/a11y/noNoninteractiveTabindex: scrollable region must be reachable by keyboard
        <ul tabIndex={0} aria-labelledby="import-issues-heading">
          {listed.map(({ issue, kind }, i) => (
            // Issues have no identity of their own; the list is replaced as a whole on re-map.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            <li key={i} className={kind}>
              <strong>{t(kind === 'error' ? m.error : m.warning)}</strong> <span>{where(issue)}</span>:{' '}
              {issue.message}
            </li>
          ))}
          {all.length > listed.length && (
            <li className="more">{t(m.moreIssues, { count: all.length - listed.length })}</li>
          )}
        </ul>
      )}
    </section>
  );
}
