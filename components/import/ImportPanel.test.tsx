import { readFileSync } from 'node:fs';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { countProducts, getProduct, putProducts, readProducts } from '../../lib/db/product-store';
import { SigapDb } from '../../lib/db/schema';
import { catalogVersionItem } from '../../lib/settings';
import { LangProvider } from '../i18n';
import { ImportPanel } from './ImportPanel';
import { useImportJob } from './use-import-job';

function fixture(name: string): File {
  return new File([readFileSync(`tests/fixtures/catalog/${name}`)], name, { type: 'text/csv' });
}

function Harness({ db }: { db: SigapDb }) {
  return <ImportPanel controls={useImportJob(db)} />;
}

let db: SigapDb;
beforeEach(() => {
  db = new SigapDb(`import-panel-${Math.random()}`);
});
afterEach(async () => {
  await db.delete();
});

async function choose(name: string) {
  render(
    <LangProvider>
      <Harness db={db} />
    </LangProvider>,
  );
  const input = screen.getByLabelText('Pilih file…');
  expect(input).toHaveAttribute('accept', '.csv,.xlsx,.txt,.tsv');
  await userEvent.upload(input, fixture(name));
}

function previewRows() {
  const table = screen.getByRole('table', { name: /produk pertama/ });
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) =>
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    );
}

function summaryCount(label: string): string | null | undefined {
  const summary = screen.getByRole('region', { name: /Impor selesai/ });
  return within(summary).getByText(label).nextElementSibling?.textContent;
}

describe('ImportPanel preview', () => {
  it('recognises a TikTok Shop batch-edit template and imports every product with no error', async () => {
    await choose('tiktok-batch-edit.xlsx');
    const detected = await screen.findByTestId('import-detected');
    expect(detected).toHaveTextContent('Template edit massal TikTok Shop / Tokopedia');
    expect(detected).toHaveTextContent('XLSX, lembar "Template"');
    // The mapping names each key with the label the file shows above it.
    expect(screen.getByLabelText('Simpan kolom "Harga" sebagai')).toHaveValue('price');
    expect(screen.getByRole('rowheader', { name: 'SKU Penjual seller_sku' })).toBeInTheDocument();
    expect(screen.getByText(/Masalah: 0 kesalahan, 1 peringatan/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Impor 4 produk' }));
    expect(await screen.findByRole('region', { name: /Impor selesai/ })).toBeInTheDocument();
    expect(summaryCount('ditambah')).toBe('4');
    expect(summaryCount('dilewati')).toBe('0');
    expect(await countProducts(db)).toBe(4);
  });

  it('shows the detected format, the mapping, the products as stored and every problem with row and column', async () => {
    await choose('problems.csv');
    expect(await screen.findByText(/Pratinjau: problems\.csv/)).toBeInTheDocument();
    expect(screen.getByTestId('import-detected')).toHaveTextContent('Spreadsheet umum');
    expect(screen.getByTestId('import-detected')).toHaveTextContent('pemisah koma');
    expect(screen.getByLabelText('Simpan kolom "Harga" sebagai')).toHaveValue('price');
    expect(screen.getByLabelText('Simpan kolom "Stok" sebagai')).toHaveValue('stock');

    const rows = previewRows();
    expect(rows[0]).toEqual(['2', 'Sandal Jepit Karet', 'SDL-01', 'Rp25.000', '10', '0']);
    // Imported markup is text, never HTML.
    expect(rows.map((r) => r[1])).toContain('<img src=x onerror=alert(1)>');
    expect(document.querySelector('img')).toBeNull();

    const issues = within(screen.getByRole('list', { name: /Masalah: 6 kesalahan/ })).getAllByRole(
      'listitem',
    );
    expect(issues[0]).toHaveTextContent('Kesalahan baris 3, kolom "SKU": SKU "SDL-01" sudah dipakai');
    expect(issues[1]).toHaveTextContent('baris 4, kolom "Harga": Harga negatif');
    // Errors first, then warnings.
    const kinds = issues.map((li) => li.className);
    expect(kinds.lastIndexOf('error')).toBeLessThan(kinds.indexOf('warning'));
    expect(screen.getByText(/Baris yang bermasalah tidak diimpor/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Impor 3 produk' })).toBeEnabled();
  });

  it('re-maps the table when a column mapping changes', async () => {
    await choose('problems.csv');
    const stock = await screen.findByLabelText('Simpan kolom "Stok" sebagai');
    expect(previewRows().map((r) => r[1])).not.toContain('Piring Melamin');
    await userEvent.selectOptions(stock, '(abaikan kolom)');
    // The row whose stock "dua" was an error is now a product with unknown stock.
    const piring = previewRows().find((r) => r[1] === 'Piring Melamin');
    expect(piring?.[4]).toBe('tidak diketahui');
    expect(screen.queryByText(/Stok "dua"/)).toBeNull();
    expect(screen.getByRole('button', { name: 'Impor 4 produk' })).toBeEnabled();

    await userEvent.selectOptions(
      screen.getByLabelText('Simpan kolom "Nama Produk" sebagai'),
      '(abaikan kolom)',
    );
    expect(screen.getByText(/Kolom wajib tidak ditemukan: Nama produk/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Impor 0 produk' })).toBeDisabled();
  });

  it('names a Tokopedia export and shows sold-out and unknown stock', async () => {
    await choose('tokopedia-export.csv');
    expect(await screen.findByTestId('import-detected')).toHaveTextContent('Ekspor Tokopedia');
    const rows = previewRows();
    expect(rows.find((r) => r[2] === 'PWB-10K')?.[4]).toBe('habis');
    expect(rows.find((r) => r[1] === 'Gamis Syari Wolfis Premium')?.slice(4)).toEqual([
      'tidak diketahui',
      '2',
    ]);
  });
});

describe('ImportPanel store', () => {
  it('imports, reports added/updated/unchanged/skipped, and undo restores the catalog', async () => {
    await putProducts(db, [
      {
        sku: 'SDL-01',
        name: 'Sandal Lama',
        price: 1,
        stock: 1,
        variants: [],
        updatedAt: 1,
      },
    ]);
    await putProducts(db, [
      {
        sku: 'LAIN-1',
        name: 'Produk lain',
        price: 5,
        stock: 1,
        variants: [],
        updatedAt: 1,
      },
    ]);
    const versionBefore = await catalogVersionItem.getValue();
    await choose('problems.csv');
    await userEvent.click(await screen.findByRole('button', { name: 'Impor 3 produk' }));

    await screen.findByRole('region', { name: 'Impor selesai: problems.csv' });
    expect(summaryCount('ditambah')).toBe('2');
    expect(summaryCount('diperbarui')).toBe('1');
    expect(summaryCount('tidak berubah')).toBe('0');
    expect(summaryCount('dilewati')).toBe('6');
    expect(await getProduct(db, 'SDL-01')).toMatchObject({ name: 'Sandal Jepit Karet', price: 25000 });
    expect(await countProducts(db)).toBe(4);
    expect(await catalogVersionItem.getValue()).toBeGreaterThan(versionBefore);
    const versionAfterImport = await catalogVersionItem.getValue();

    await userEvent.click(screen.getByRole('button', { name: 'Urungkan impor ini' }));
    expect(await screen.findByText(/sudah diurungkan/)).toBeInTheDocument();
    expect(await getProduct(db, 'SDL-01')).toMatchObject({ name: 'Sandal Lama', price: 1 });
    expect((await readProducts(db)).map((p) => p.sku).sort()).toEqual(['LAIN-1', 'SDL-01']);
    expect(await catalogVersionItem.getValue()).toBeGreaterThan(versionAfterImport);
    expect(screen.queryByRole('button', { name: 'Urungkan impor ini' })).toBeNull();
  });

  it('shows the parser message for a PDF renamed .csv and stores nothing', async () => {
    await choose('invoice-pdf-renamed.csv');
    expect(await screen.findByRole('alert')).toHaveTextContent('File invoice-pdf-renamed.csv adalah PDF');
    expect(screen.queryByRole('button', { name: /^Impor \d/ })).toBeNull();
    expect(await countProducts(db)).toBe(0);
    expect(await db.imports.count()).toBe(0);
  });

  it('says so for an empty file', async () => {
    await choose('empty.csv');
    expect(await screen.findByRole('alert')).toHaveTextContent('File empty.csv kosong.');
  });

  it('on a full disk says storage is full and leaves the catalog unchanged', async () => {
    await putProducts(db, [
      {
        sku: 'SDL-01',
        name: 'Sandal Lama',
        price: 1,
        stock: 1,
        variants: [],
        updatedAt: 1,
      },
    ]);
    const before = await readProducts(db);
    vi.spyOn(db.productBuckets, 'bulkPut').mockRejectedValue(
      new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
    );
    await choose('problems.csv');
    await userEvent.click(await screen.findByRole('button', { name: 'Impor 3 produk' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Penyimpanan browser penuh');
    expect(await readProducts(db)).toEqual(before);
    expect(await db.imports.count()).toBe(0);
    // The preview stays, so the user can retry after freeing space.
    expect(screen.getByRole('button', { name: 'Impor 3 produk' })).toBeEnabled();
  });
});
