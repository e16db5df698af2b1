import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { SAMPLE_CATALOG } from '../../lib/catalog/sample';
import { createBackup, readBackup } from '../../lib/db/backup';
import { applyImport } from '../../lib/db/catalog-import';
import { readProducts } from '../../lib/db/product-store';
import { SigapDb } from '../../lib/db/schema';
import { seedSnippets } from '../../lib/db/snippets';
import { shopNameItem } from '../../lib/settings';
import { defaultSnippets } from '../../lib/snippets/defaults';
import { LangProvider } from '../i18n';
import { BackupPanel } from './BackupPanel';

const NAME = 'backup-panel';
let db: SigapDb;
beforeEach(() => {
  db = new SigapDb(NAME);
});
afterEach(async () => {
  db.close();
  await Dexie.delete(NAME);
});

function renderPanel() {
  render(
    <LangProvider>
      <BackupPanel db={db} />
    </LangProvider>,
  );
}

async function fill() {
  await seedSnippets(db, defaultSnippets('id'));
  await applyImport(
    db,
    'katalog.csv',
    SAMPLE_CATALOG.map((p) => structuredClone(p)),
    0,
    1000,
  );
  await shopNameItem.setValue('Toko Berkah Jaya');
}

async function rawState(): Promise<string> {
  const tables: Record<string, unknown[]> = {};
  for (const table of db.tables) tables[table.name] = await table.toArray();
  return JSON.stringify({ tables, storage: await browser.storage.local.get(null) });
}

const file = (name: string, text: string) => new File([text], name, { type: 'application/json' });
const chooser = () => screen.getByLabelText('Pulihkan dari file cadangan…');

describe('BackupPanel', () => {
  it('downloads one file that reads back as a backup', async () => {
    await fill();
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:backup';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    renderPanel();
    await userEvent.click(screen.getByRole('button', { name: 'Unduh cadangan' }));
    expect(await screen.findByRole('status')).toHaveTextContent(
      /Cadangan disimpan sebagai sigap-cadangan-\d{4}-\d\d-\d\d\.json\./,
    );
    const read = await readBackup(await blobs[0]!.text());
    expect(read.ok && read.backup.data.products.length).toBe(SAMPLE_CATALOG.length);
  });

  it('previews what a file holds beside what it replaces, and restores only when confirmed', async () => {
    await fill();
    const text = await createBackup(db);
    db.close();
    await Dexie.delete(NAME);
    await browser.storage.local.clear();
    db = new SigapDb(NAME);
    renderPanel();
    await userEvent.upload(chooser(), file('cadangan.json', text));
    const preview = await screen.findByRole('region', { name: 'Pratinjau cadangan: cadangan.json' });
    const row = (label: string) =>
      within(preview).getByRole('rowheader', { name: label }).closest('tr')!.querySelectorAll('td');
    expect([...row('Produk')].map((c) => c.textContent)).toEqual([String(SAMPLE_CATALOG.length), '0']);
    expect([...row('Template')].map((c) => c.textContent)).toEqual([
      String(defaultSnippets('id').length),
      '0',
    ]);
    expect(preview).toHaveTextContent('Memulihkan mengganti SEMUA data di atas');
    // Nothing is written before the confirmation.
    expect(await db.productBuckets.count()).toBe(0);
    await userEvent.click(within(preview).getByRole('button', { name: 'Pulihkan dan ganti semua' }));
    expect(
      await screen.findByText(
        `Cadangan cadangan.json dipulihkan: ${SAMPLE_CATALOG.length} produk, ${defaultSnippets('id').length} template, 0 sampel waktu balas.`,
      ),
    ).toHaveAttribute('role', 'status');
    expect((await readProducts(db)).length).toBe(SAMPLE_CATALOG.length);
    expect(await shopNameItem.getValue()).toBe('Toko Berkah Jaya');
  });

  it('refuses a truncated, a foreign, a newer and an edited file with a clear message, changing nothing', async () => {
    await fill();
    const good = await createBackup(db);
    const before = await rawState();
    renderPanel();
    const cases: [string, string, string][] = [
      ['potong.json', good.slice(0, 5000), 'potong.json rusak atau terpotong (bukan JSON yang utuh)'],
      [
        'template.json',
        JSON.stringify({ format: 'sigap-snippets', version: 1, snippets: [] }),
        'template.json adalah ekspor template, bukan cadangan',
      ],
      ['lain.json', '{"hello": "world"}', 'lain.json bukan file cadangan Sigap'],
      [
        'baru.json',
        good.replace('"version":1', '"version":7'),
        'baru.json dibuat oleh Sigap yang lebih baru (format cadangan versi 7; Sigap ini membaca sampai versi 1)',
      ],
      [
        'ubah.json',
        good.replace('"Toko Berkah Jaya"', '"Toko Palsu"'),
        'Isi ubah.json tidak cocok dengan checksum-nya',
      ],
    ];
    for (const [name, text, message] of cases) {
      await userEvent.upload(chooser(), file(name, text));
      expect(await screen.findByRole('alert')).toHaveTextContent(message);
      expect(screen.getByRole('alert')).toHaveTextContent(/tidak ada yang diubah/i);
      expect(screen.queryByRole('region', { name: /Pratinjau cadangan/ })).toBeNull();
      expect(await rawState()).toBe(before);
    }
  });

  it('says a restore failed (disk full), changes nothing, and offers it again', async () => {
    await fill();
    const text = await createBackup(db);
    await shopNameItem.setValue('Sekarang');
    const before = await rawState();
    renderPanel();
    await userEvent.upload(chooser(), file('cadangan.json', text));
    const preview = await screen.findByRole('region', { name: 'Pratinjau cadangan: cadangan.json' });
    vi.spyOn(db.snippets, 'bulkAdd').mockRejectedValueOnce(
      Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' }),
    );
    await userEvent.click(within(preview).getByRole('button', { name: 'Pulihkan dan ganti semua' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Memulihkan cadangan.json gagal: penyimpanan browser penuh.',
    );
    await waitFor(() =>
      expect(screen.getByRole('region', { name: /Pratinjau cadangan/ })).toBeInTheDocument(),
    );
    expect(await rawState()).toBe(before);
  });
});
