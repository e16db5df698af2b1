import type { CatalogParse, CatalogSource } from '../../lib/catalog/import';
import { useT } from '../i18n';
import { delimiterName, detectLayout } from './detect-layout';
import { IssueList } from './IssueList';
import { MappingTable } from './MappingTable';
import { importMessages as m } from './messages';
import { PreviewProducts } from './PreviewProducts';

// Everything the user needs to decide before anything is stored: what was recognised, how columns
// map, the first products as they will be stored, and every problem with its row and column.

const LAYOUT_LABELS = {
  shopee: m.layoutShopee,
  'shopee-mass-update': m.layoutShopeeMassUpdate,
  'tiktok-batch-edit': m.layoutTiktokBatchEdit,
  tokopedia: m.layoutTokopedia,
  generic: m.layoutGeneric,
} as const;

export interface ImportPreviewProps {
  fileName: string;
  source: CatalogSource;
  parse: CatalogParse;
  onMappingChange: (header: string, field: string) => void;
  onImport: () => void;
  onCancel: () => void;
  busy: boolean;
}

export function ImportPreview({
  fileName,
  source,
  parse,
  onMappingChange,
  onImport,
  onCancel,
  busy,
}: ImportPreviewProps) {
  const t = useT();
  const layoutLabel = t(LAYOUT_LABELS[detectLayout(parse)]);
  const delimiter = delimiterName(source);
  const format =
    source.format === 'xlsx'
      ? t(m.formatXlsx, { sheet: source.sheet ?? '' })
      : t(m.formatCsv, {
          encoding: source.encoding ?? 'UTF-8',
          delimiter:
            delimiter === 'comma'
              ? t(m.delimiterComma)
              : delimiter === 'semicolon'
                ? t(m.delimiterSemicolon)
                : delimiter === 'tab'
                  ? t(m.delimiterTab)
                  : `"${source.delimiter ?? ''}"`,
        });
  const count = parse.products.length;

  return (
    <section className="import-preview" aria-labelledby="import-preview-heading">
      <h3 id="import-preview-heading">{t(m.previewHeading, { file: fileName })}</h3>
      <p data-testid="import-detected">
        {t(m.detected)}: <strong>{layoutLabel}</strong> · {format}
        {parse.headerRow ? ` · ${t(m.headerRow, { row: parse.headerRow })}` : ''}
      </p>
      {Object.keys(parse.mapping).length > 0 && (
        <MappingTable mapping={parse.mapping} labels={parse.columnLabels} onChange={onMappingChange} />
      )}
      <PreviewProducts products={parse.products} rows={parse.productRows} />
      <IssueList errors={parse.errors} warnings={parse.warnings} />
      <div className="import-actions">
        <button type="button" className="primary" disabled={count === 0 || busy} onClick={onImport}>
          {t(m.importButton, { count: count.toLocaleString('id-ID') })}
        </button>
        <button type="button" onClick={onCancel} disabled={busy}>
          {t(m.cancel)}
        </button>
        {count > 0 && parse.errors.length > 0 && <small>{t(m.importSkipsErrors)}</small>}
      </div>
    </section>
  );
}
