import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SigapDb, type StoredSnippet } from '../../lib/db/schema';
import { langItem } from '../../lib/settings';
import { defaultSnippets } from '../../lib/snippets/defaults';
import { renderSection } from './test-support';

// Every write of the Template/Snippet section, failing the ways a real browser fails: the message is
// in the user's language, names what was attempted, and the stored snippets are exactly as before.

let db: SigapDb;
beforeEach(() => {
  db = new SigapDb(`snippet-failures-${Math.random()}`);
});
afterEach(async () => {
  await db.delete();
});

const defaults = defaultSnippets('id');
const first = defaults.find((s) => s.category === 'sop')!;
const quota = () =>
  new Dexie.AbortError(
    'Transaction aborted',
    Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' }),
  );
const stored = async () => (await db.snippets.toArray()).sort((a, b) => a.id.localeCompare(b.id));

async function seeded(): Promise<StoredSnippet[]> {
  await db.snippets.bulkAdd(defaults);
  renderSection(db);
  await screen.findByRole('button', { name: `Hapus ${first.title}` });
  return stored();
}

describe('SnippetSection when a write fails', () => {
  it('delete: says the disk is full and keeps the snippet', async () => {
    const before = await seeded();
    vi.spyOn(db.snippets, 'delete').mockRejectedValue(quota());
    await userEvent.click(screen.getByRole('button', { name: `Hapus ${first.title}` }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      `Menghapus template ${first.title} gagal: penyimpanan browser penuh.`,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Data tetap seperti sebelumnya.');
    expect(screen.queryByText(/Template dihapus/)).toBeNull();
    expect(await stored()).toEqual(before);
  });

  it('duplicate: says so in English when the database is closed, and adds nothing', async () => {
    await langItem.setValue('en');
    await db.snippets.bulkAdd(defaults);
    renderSection(db);
    const button = await screen.findByRole('button', { name: `Duplicate ${first.title}` });
    const before = await stored();
    db.close();
    await userEvent.click(button);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      `Duplicating the template ${first.title} failed: Sigap’s database is closed. Reload this page, then try again. Your data is as it was.`,
    );
    await db.open();
    expect(await stored()).toEqual(before);
  });

  it('move: says a newer Sigap holds the database and keeps the order', async () => {
    const before = await seeded();
    vi.spyOn(db.snippets, 'bulkPut').mockRejectedValue(new Dexie.VersionChangeError('closed for upgrade'));
    await userEvent.click(screen.getByRole('button', { name: `Turunkan ${first.title}` }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      `Memindahkan template ${first.title} gagal: Sigap versi lain sedang dibuka di tab lain`,
    );
    expect(await stored()).toEqual(before);
  });

  it('undo of a delete: says it failed, keeps the offer, and a retry brings the snippet back', async () => {
    const before = await seeded();
    await userEvent.click(screen.getByRole('button', { name: `Hapus ${first.title}` }));
    const toast = await screen.findByRole('status');
    const failing = vi.spyOn(db.snippets, 'put').mockRejectedValueOnce(quota());
    await userEvent.click(within(toast).getByRole('button', { name: 'Urungkan' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      `Mengembalikan template ${first.title} gagal: penyimpanan browser penuh.`,
    );
    expect(await db.snippets.get(first.id)).toBeUndefined();
    failing.mockRestore();
    await userEvent.click(within(screen.getByRole('status')).getByRole('button', { name: 'Urungkan' }));
    expect(await screen.findByText(`Template ${first.title} dikembalikan.`)).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(await stored()).toEqual(before);
  });

  it('replace all from a file: says it failed, keeps the confirmation and the old set', async () => {
    const before = await seeded();
    const file = new File(
      [
        JSON.stringify({
          format: 'sigap-snippets',
          version: 1,
          snippets: [
            { id: 'x1', title: 'Ongkir', category: 'product', body: 'Gratis', lang: 'id', order: 0 },
          ],
        }),
      ],
      'tim.json',
      { type: 'application/json' },
    );
    await userEvent.upload(screen.getByLabelText('Impor JSON'), file);
    const confirm = await screen.findByRole('alertdialog');
    vi.spyOn(db.snippets, 'bulkAdd').mockRejectedValue(quota());
    await userEvent.click(within(confirm).getByRole('button', { name: 'Ganti semua' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Mengganti semua template dengan isi tim.json gagal: penyimpanan browser penuh.',
    );
    expect(screen.getByRole('alertdialog')).toBeInTheDocument();
    expect(await stored()).toEqual(before);
  });

  it('restore defaults: says it failed and adds none', async () => {
    renderSection(db);
    const empty = await screen.findByRole('region', { name: 'Belum ada template' });
    vi.spyOn(db.snippets, 'bulkAdd').mockRejectedValue(quota());
    await userEvent.click(within(empty).getByRole('button', { name: 'Kembalikan template bawaan' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Mengembalikan template bawaan gagal: penyimpanan browser penuh.',
    );
    expect(await db.snippets.count()).toBe(0);
  });

  it('undo of restored defaults removes all of them in one go, or none', async () => {
    const salam = defaults.find((s) => s.trigger === 'salam')!;
    await db.snippets.bulkAdd([salam]);
    renderSection(db);
    await userEvent.click(await screen.findByRole('button', { name: 'Kembalikan template bawaan' }));
    const toast = await screen.findByRole('status');
    const before = await stored();
    vi.spyOn(db.snippets, 'bulkDelete').mockRejectedValue(quota());
    await userEvent.click(within(toast).getByRole('button', { name: 'Urungkan' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Mengurungkan template bawaan yang ditambahkan gagal: penyimpanan browser penuh.',
    );
    expect(await stored()).toEqual(before);
  });

  it('the editor: says why saving failed and keeps what was typed', async () => {
    await seeded();
    await userEvent.click(screen.getByRole('button', { name: `Ubah ${first.title}` }));
    const form = screen.getByRole('form');
    const title = within(form).getByLabelText('Judul');
    await userEvent.type(title, ' baru');
    vi.spyOn(db.snippets, 'put').mockRejectedValue(quota());
    await userEvent.click(within(form).getByRole('button', { name: 'Simpan template' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent(
      `Menyimpan template ${first.title} baru gagal: penyimpanan browser penuh.`,
    );
    expect(title).toHaveValue(`${first.title} baru`);
    expect((await db.snippets.get(first.id))!.title).toBe(first.title);
  });
});
