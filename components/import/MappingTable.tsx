import { CATALOG_FIELDS, type CatalogField, fieldLabel, IGNORE_COLUMN } from '../../lib/catalog/import';
import { useT } from '../i18n';
import { importMessages as m } from './messages';

// File header → Sigap field, one select per column. Changing one re-maps the whole table upstream.

export function MappingTable({
  mapping,
  labels = {},
  onChange,
}: {
  mapping: Record<string, string>;
  /** A template's localized label per header key, shown before the key ("Harga · et_title_…"). */
  labels?: Record<string, string>;
  onChange: (header: string, field: string) => void;
}) {
  const t = useT();
  const options: (CatalogField | typeof IGNORE_COLUMN)[] = [IGNORE_COLUMN, ...CATALOG_FIELDS];
  return (
    <table className="import-mapping">
      <caption>
        {t(m.mappingHeading)} <small>{t(m.mappingHelp)}</small>
      </caption>
      <thead>
        <tr>
          <th scope="col">{t(m.fileColumn)}</th>
          <th scope="col">{t(m.sigapField)}</th>
        </tr>
      </thead>
      <tbody>
        {Object.entries(mapping).map(([header, field]) => (
          <tr key={header}>
            <th scope="row">
              {labels[header] ? (
                <>
                  {labels[header]} <code>{header}</code>
                </>
              ) : (
                header
              )}
            </th>
            <td>
              <select
                aria-label={t(m.mappingFor, { column: labels[header] ?? header })}
                value={field}
                onChange={(event) => onChange(header, event.currentTarget.value)}
              >
                {options.map((option) => (
                  <option key={option || 'ignore'} value={option}>
                    {fieldLabel(option)}
                  </option>
                ))}
              </select>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
