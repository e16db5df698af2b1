import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SAMPLE_CATALOG } from '../../lib/catalog/sample';
import type { Product } from '../../lib/catalog/types';
import { countProducts, getProduct, putProducts, readProducts } from '../../lib/db/product-store';
import { SigapDb } from '../../lib/db/schema';
import { catalogVersionItem, langItem } from '../../lib/settings';
import { LangProvider } from '../i18n';
import { CatalogSection } from './CatalogSection';
import { ROW_HEIGHT } from './CatalogTable';

const VIEWPORT = 400;

const kaos: Product = { sku: 'KAOS-01', name: 'Kaos Polos Hitam', price: 50000, stock: 3, variants: [] };
const sepatu: Product = {
  sku: 'SPT-01',
  name: 'Sepatu Sneakers Pria',
  price: 250000,
  stock: null,
  variants: [
    { sku: 'SPT-01-41', name: '41', price: 250000, stock: 2 },
    { sku: 'SPT-01-42', name: '42', price: 260000, stock: null },
  ],
};
const madu: Product = { sku: 'MDH-500', name: 'Madu Hutan', price: 125000, stock: 0, variants: [] };

let db: SigapDb;
beforeEach(() => {
  db = new SigapDb(`catalog-section-${Math.random()}`);
});
afterEach(async () => {
  await db.delete();
});

async function seed(products: Product[]) {
  await putProducts(
    db,
    products.map((p) => ({ ...p, updatedAt: 1 })),
  );
}

function renderSection() {
  render(
    <LangProvider>
      <CatalogSection db={db} viewportHeight={VIEWPORT} />
    </LangProvider>,
  );
}

function bodyRows() {
  const table = screen.getByRole('table', { name: 'Daftar produk' });
  return within(table).getAllByRole('row').slice(1);
}
const column = (index: number) =>
  bodyRows().map((row) => within(row).getAllByRole('cell')[index]?.textContent);

describe('CatalogTable', () => {
  it('lists products sorted by name; headers sort with aria-sort, both directions', async () => {
    await seed([kaos, sepatu, madu]);
    renderSection();
    await screen.findByText('3 produk');
    expect(column(0)).toEqual(['Kaos Polos Hitam', 'Madu Hutan', 'Sepatu Sneakers Pria']);
    expect(column(3)).toEqual(['3', 'habis', 'tidak diketahui']);
    expect(column(2)).toEqual(['Rp50.000', 'Rp125.000', 'Rp250.000']);

    const priceHeader = screen.getByRole('columnheader', { name: /Harga/ });
    expect(priceHeader).toHaveAttribute('aria-sort', 'none');
    expect(screen.getByRole('columnheader', { name: /Nama/ })).toHaveAttribute('aria-sort', 'ascending');
    await userEvent.click(within(priceHeader).getByRole('button'));
    await userEvent.click(within(priceHeader).getByRole('button'));
    expect(priceHeader).toHaveAttribute('aria-sort', 'descending');
    expect(column(1)).toEqual(['SPT-01', 'MDH-500', 'KAOS-01']);
    await userEvent.click(within(screen.getByRole('columnheader', { name: /SKU/ })).getByRole('button'));
    expect(column(1)).toEqual(['KAOS-01', 'MDH-500', 'SPT-01']);
    expect(priceHeader).toHaveAttribute('aria-sort', 'none');
  });

  it('filters by a name or SKU substring and counts what is shown', async () => {
    await seed([kaos, sepatu, madu]);
    renderSection();
    const filter = await screen.findByLabelText('Cari nama atau SKU');
    await userEvent.type(filter, 'spt-01-42');
    await waitFor(() => expect(column(0)).toEqual(['Sepatu Sneakers Pria']));
    expect(screen.getByTestId('catalog-count')).toHaveTextContent('1 dari 3 produk');
    await userEvent.clear(filter);
    await userEvent.type(filter, 'zzz');
    expect(await screen.findByText('Tidak ada produk yang cocok dengan "zzz".')).toBeInTheDocument();
  });

  it('edits inline: Enter saves, invalid price is refused, Esc cancels', async () => {
    await seed([kaos, madu]);
    const versionBefore = await catalogVersionItem.getValue();
    renderSection();
    await userEvent.click(await screen.findByRole('button', { name: 'Ubah Kaos Polos Hitam' }));
    const name = screen.getByLabelText('Nama KAOS-01');
    expect(name).toHaveFocus();
    await userEvent.clear(name);
    await userEvent.type(name, 'Kaos Oversize');
    const price = screen.getByLabelText('Harga KAOS-01');
    await userEvent.clear(price);
    await userEvent.type(price, '-5{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent('Harga harus bilangan bulat');
    expect(await getProduct(db, 'KAOS-01')).toMatchObject({ name: 'Kaos Polos Hitam', price: 50000 });

    await userEvent.clear(price);
    await userEvent.type(price, '65000');
    await userEvent.clear(screen.getByLabelText('Stok KAOS-01'));
    await userEvent.type(screen.getByLabelText('Stok KAOS-01'), '{Enter}');
    await waitFor(async () =>
      expect(await getProduct(db, 'KAOS-01')).toMatchObject({
        name: 'Kaos Oversize',
        price: 65000,
        stock: null,
      }),
    );
    expect(await screen.findByText('Kaos Oversize')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(await catalogVersionItem.getValue()).toBeGreaterThan(versionBefore);

    await userEvent.click(screen.getByRole('button', { name: 'Ubah Madu Hutan' }));
    await userEvent.type(screen.getByLabelText('Nama MDH-500'), ' Palsu{Escape}');
    expect(screen.queryByLabelText('Nama MDH-500')).toBeNull();
    expect(await getProduct(db, 'MDH-500')).toMatchObject({ name: 'Madu Hutan' });
  });

  it('edits only the name of a product with variants', async () => {
    await seed([sepatu]);
    renderSection();
    await userEvent.click(await screen.findByRole('button', { name: 'Ubah Sepatu Sneakers Pria' }));
    expect(screen.getByLabelText('Harga SPT-01')).toBeDisabled();
    expect(screen.getByLabelText('Stok SPT-01')).toBeDisabled();
  });

  it('deletes with an undo toast that restores the product exactly', async () => {
    await seed([kaos, sepatu]);
    const original = await getProduct(db, 'SPT-01');
    renderSection();
    await userEvent.click(await screen.findByRole('button', { name: 'Hapus Sepatu Sneakers Pria' }));
    const toast = await screen.findByText('Produk dihapus — Sepatu Sneakers Pria');
    await waitFor(() => expect(column(0)).toEqual(['Kaos Polos Hitam']));
    expect(await getProduct(db, 'SPT-01')).toBeUndefined();
    await userEvent.click(within(toast.parentElement!).getByRole('button', { name: 'Urungkan' }));
    expect(await screen.findByText('Produk Sepatu Sneakers Pria dikembalikan.')).toBeInTheDocument();
    expect(await getProduct(db, 'SPT-01')).toEqual(original);
    await waitFor(() => expect(column(0)).toEqual(['Kaos Polos Hitam', 'Sepatu Sneakers Pria']));
  });

  it('keeps the DOM small at 5,000 products and shows other rows when scrolled', async () => {
    const many: Product[] = Array.from({ length: 5000 }, (_, i) => ({
      sku: `SKU-${String(i).padStart(5, '0')}`,
      name: `Produk ${String(i).padStart(5, '0')}`,
      price: 1000 + i,
      stock: i % 7,
      variants: [],
    }));
    await seed(many);
    renderSection();
    await screen.findByText('5.000 produk');
    const table = screen.getByRole('table', { name: 'Daftar produk' });
    expect(table).toHaveAttribute('aria-rowcount', '5001');
    const visible = Math.ceil(VIEWPORT / ROW_HEIGHT);
    expect(bodyRows().length).toBeGreaterThanOrEqual(visible);
    expect(bodyRows().length).toBeLessThan(visible * 3);
    expect(column(0)[0]).toBe('Produk 00000');

    const scroller = table.parentElement!;
    scroller.scrollTop = 3000 * ROW_HEIGHT;
    fireEvent.scroll(scroller);
    await waitFor(() => expect(column(0)).toContain('Produk 03000'));
    expect(column(0)).not.toContain('Produk 00000');
    expect(bodyRows().length).toBeLessThan(visible * 3);
  });

  it('exports every product as CSV with a BOM, variants as rows and formulas neutralised', async () => {
    await seed([kaos, sepatu, { ...madu, name: '=HYPERLINK("http://x")' }]);
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:catalog';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    renderSection();
    await userEvent.click(await screen.findByRole('button', { name: 'Ekspor CSV' }));
    await waitFor(() => expect(blobs).toHaveLength(1));
    expect(click).toHaveBeenCalledTimes(1);
    const bytes = new Uint8Array(await blobs[0]!.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes.slice(3)).trimEnd().split('\r\n');
    expect(lines).toEqual([
      'SKU,Nama,Harga,Stok,Varian,SKU Induk,Kategori,Deskripsi,URL,Berat (gram),Tag',
      'KAOS-01,Kaos Polos Hitam,50000,3,,,,,,,',
      `MDH-500,"'=HYPERLINK(""http://x"")",125000,0,,,,,,,`,
      'SPT-01-41,Sepatu Sneakers Pria,250000,2,41,SPT-01,,,,,',
      'SPT-01-42,Sepatu Sneakers Pria,260000,,42,SPT-01,,,,,',
    ]);
  });
});

const quotaError = () =>
  new Dexie.AbortError(
    'Transaction aborted',
    Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' }),
  );

describe('CatalogTable when a write fails', () => {
  it('says a delete failed because the disk is full, and keeps the product', async () => {
    await seed([kaos, madu]);
    const before = await readProducts(db);
    vi.spyOn(db.productBuckets, 'bulkPut').mockRejectedValue(quotaError());
    vi.spyOn(db.productBuckets, 'bulkDelete').mockRejectedValue(quotaError());
    renderSection();
    await userEvent.click(await screen.findByRole('button', { name: 'Hapus Kaos Polos Hitam' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Menghapus Kaos Polos Hitam gagal: penyimpanan browser penuh. Kosongkan ruang disk atau hapus data situs lain, lalu coba lagi. Data tetap seperti sebelumnya.',
    );
    expect(screen.queryByText(/Produk dihapus/)).toBeNull();
    expect(column(0)).toEqual(['Kaos Polos Hitam', 'Madu Hutan']);
    expect(await readProducts(db)).toEqual(before);
  });

  it('says so in English when the database was closed under the page', async () => {
    await langItem.setValue('en');
    await seed([kaos, madu]);
    renderSection();
    const remove = await screen.findByRole('button', { name: 'Delete Madu Hutan' });
    db.close();
    await userEvent.click(remove);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Deleting Madu Hutan failed: Sigap’s database is closed. Reload this page, then try again. Your data is as it was.',
    );
    const reopened = new SigapDb(db.name);
    expect((await readProducts(reopened)).map((p) => p.sku).sort()).toEqual(['KAOS-01', 'MDH-500']);
    reopened.close();
    await db.open();
  });

  it('keeps the undo offer when putting a deleted product back fails, and a retry works', async () => {
    await seed([kaos, sepatu]);
    renderSection();
    await userEvent.click(await screen.findByRole('button', { name: 'Hapus Sepatu Sneakers Pria' }));
    const toast = await screen.findByText('Produk dihapus — Sepatu Sneakers Pria');
    const failing = vi
      .spyOn(db.productBuckets, 'bulkPut')
      .mockRejectedValueOnce(new Dexie.VersionChangeError('Connection to database closed'));
    await userEvent.click(within(toast.parentElement!).getByRole('button', { name: 'Urungkan' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Mengembalikan Sepatu Sneakers Pria gagal: Sigap versi lain sedang dibuka di tab lain',
    );
    expect(await getProduct(db, 'SPT-01')).toBeUndefined();
    failing.mockRestore();
    await userEvent.click(within(toast.parentElement!).getByRole('button', { name: 'Urungkan' }));
    expect(await screen.findByText('Produk Sepatu Sneakers Pria dikembalikan.')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(await getProduct(db, 'SPT-01')).toMatchObject({ name: 'Sepatu Sneakers Pria' });
  });

  it('keeps the edit open and the stored row unchanged when saving fails', async () => {
    await seed([kaos]);
    renderSection();
    await userEvent.click(await screen.findByRole('button', { name: 'Ubah Kaos Polos Hitam' }));
    vi.spyOn(db.productBuckets, 'bulkPut').mockRejectedValue(quotaError());
    await userEvent.type(screen.getByLabelText('Nama KAOS-01'), ' Baru{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Menyimpan Kaos Polos Hitam Baru gagal: penyimpanan browser penuh.',
    );
    expect(screen.getByLabelText('Nama KAOS-01')).toHaveValue('Kaos Polos Hitam Baru');
    expect(await getProduct(db, 'KAOS-01')).toMatchObject({ name: 'Kaos Polos Hitam' });
  });

  it('says the export failed when the catalog cannot be read', async () => {
    await seed([kaos]);
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    renderSection();
    const button = await screen.findByRole('button', { name: 'Ekspor CSV' });
    vi.spyOn(db.productBuckets, 'toArray').mockRejectedValue(new Dexie.DatabaseClosedError());
    await userEvent.click(button);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Mengekspor katalog gagal: database Sigap tertutup.',
    );
    expect(click).not.toHaveBeenCalled();
  });
});

describe('CatalogSection empty state and sample', () => {
  it('says the catalog is empty, loads the sample through an undoable import, and undo empties it again', async () => {
    renderSection();
    expect(await screen.findByText('Katalog masih kosong')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Muat katalog contoh' }));
    const summary = await screen.findByRole('region', { name: 'Impor selesai: katalog contoh Sigap' });
    expect(within(summary).getByText('ditambah').nextElementSibling).toHaveTextContent(
      String(SAMPLE_CATALOG.length),
    );
    expect(await screen.findByText(`${SAMPLE_CATALOG.length} produk`)).toBeInTheDocument();
    expect(await countProducts(db)).toBe(SAMPLE_CATALOG.length);
    await userEvent.click(within(summary).getByRole('button', { name: 'Urungkan impor ini' }));
    expect(await screen.findByText('Katalog masih kosong')).toBeInTheDocument();
    expect(await countProducts(db)).toBe(0);
  });

  it('undo of the import keeps a product edited by hand since, and says so', async () => {
    renderSection();
    await userEvent.click(await screen.findByRole('button', { name: 'Muat katalog contoh' }));
    const summary = await screen.findByRole('region', { name: 'Impor selesai: katalog contoh Sigap' });
    const sample = SAMPLE_CATALOG.find((p) => p.variants.length === 0)!;
    await userEvent.type(await screen.findByLabelText('Cari nama atau SKU'), sample.sku);
    await userEvent.click(await screen.findByRole('button', { name: `Ubah ${sample.name}` }));
    const name = screen.getByLabelText(`Nama ${sample.sku}`);
    await userEvent.clear(name);
    await userEvent.type(name, 'Nama baru dari agen{Enter}');
    await waitFor(async () => expect((await getProduct(db, sample.sku))?.name).toBe('Nama baru dari agen'));

    await userEvent.click(within(summary).getByRole('button', { name: 'Urungkan impor ini' }));
    expect(
      await within(summary).findByText(
        'Impor katalog contoh Sigap sudah diurungkan, kecuali produk di bawah ini.',
      ),
    ).toBeInTheDocument();
    const kept = within(summary).getByRole('status');
    expect(kept).toHaveTextContent('1 produk diubah atau dihapus manual setelah impor ini');
    expect(kept).toHaveTextContent(`Nama baru dari agen (${sample.sku})`);
    expect(await countProducts(db)).toBe(1);
    expect(await getProduct(db, sample.sku)).toMatchObject({ name: 'Nama baru dari agen' });
  });
});

describe('CatalogTable: who and when, after a team sync', () => {
  const HOUR = 3_600_000;

  it('adds no column for a solo user', async () => {
    await seed([kaos, madu]);
    renderSection();
    await screen.findByText('2 produk');
    expect(screen.queryByRole('columnheader', { name: 'Diubah' })).toBeNull();
    expect(screen.queryAllByTestId('changed-by')).toHaveLength(0);
    expect(within(bodyRows()[0]!).getAllByRole('cell')).toHaveLength(6);
  });

  it('shows who changed a synced row last and when; an edit here takes the name away', async () => {
    const now = Date.now();
    await putProducts(db, [
      { ...kaos, updatedAt: now - 2 * HOUR - 5 * 60_000, updatedBy: 'rina' },
      { ...madu, updatedAt: now - 3 * 24 * HOUR, updatedBy: 'dewi' },
      { ...sepatu, updatedAt: 1 },
    ]);
    renderSection();
    await screen.findByText('3 produk');
    expect(screen.getByRole('columnheader', { name: 'Diubah' })).toBeInTheDocument();
    // Name order: Kaos, Madu, Sepatu; the "Diubah" column is the sixth cell.
    expect(column(5)).toEqual(['diubah oleh rina · 2 jam lalu', 'diubah oleh dewi · 3 hari lalu', '']);
    const [rina] = screen.getAllByTestId('changed-by');
    expect(rina).toHaveAttribute('title', expect.stringMatching(/^Diubah oleh rina pada /));

    // Keyboard only: Edit, a new price, Enter.
    screen.getByRole('button', { name: 'Ubah Kaos Polos Hitam' }).focus();
    await userEvent.keyboard('{Enter}');
    const price = screen.getByLabelText('Harga KAOS-01');
    await userEvent.clear(price);
    await userEvent.type(price, '55000{Enter}');
    await waitFor(() => expect(column(5)).toEqual(['', 'diubah oleh dewi · 3 hari lalu', '']));
    expect(await getProduct(db, 'KAOS-01')).not.toHaveProperty('updatedBy');
  });

  it('speaks English', async () => {
    await langItem.setValue('en');
    await putProducts(db, [{ ...kaos, updatedAt: Date.now() - 10_000, updatedBy: 'rina' }]);
    renderSection();
    expect(await screen.findByTestId('changed-by')).toHaveTextContent('changed by rina · just now');
    expect(screen.getByRole('columnheader', { name: 'Changed' })).toBeInTheDocument();
  });
});
