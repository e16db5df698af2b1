import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SigapDb } from '../../lib/db/schema';
import { snippetKeysItem } from '../../lib/settings';
import { defaultSnippets } from '../../lib/snippets/defaults';
import { exportFileName } from '../../lib/snippets/io';
import { listed, renderSection } from './test-support';

let db: SigapDb;
beforeEach(() => {
  db = new SigapDb(`snippet-io-${Math.random()}`);
});
afterEach(async () => {
  await db.delete();
});

const defaults = defaultSnippets('id');
const jsonFile = (name: string, data: unknown) =>
  new File([typeof data === 'string' ? data : JSON.stringify(data)], name, { type: 'application/json' });
const importInput = () => screen.getByLabelText('Impor JSON') as HTMLInputElement;

describe('export and import', () => {
  it('exports every snippet as a sigap-snippets file named by the date', async () => {
    await db.snippets.bulkAdd(defaults.map((s) => ({ ...s, useCount: 3 })));
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:snippets';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const names: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    renderSection(db);
    await userEvent.click(await screen.findByRole('button', { name: 'Ekspor JSON' }));
    await waitFor(() => expect(blobs).toHaveLength(1));
    expect(names).toEqual([exportFileName(new Date())]);
    expect(names[0]).toMatch(/^sigap-snippets-\d{4}-\d{2}-\d{2}\.json$/);
    const file = JSON.parse(await blobs[0]!.text());
    expect(file).toMatchObject({ format: 'sigap-snippets', version: 1 });
    expect(file.snippets).toHaveLength(defaults.length);
    expect(file.snippets.map((s: { id: string }) => s.id).sort()).toEqual(defaults.map((s) => s.id).sort());
    const salam = file.snippets.find((s: { id: string }) => s.id === 'default-id-salam');
    const { useCount: _u, updatedAt: _t, ...expected } = defaults.find((s) => s.id === 'default-id-salam')!;
    expect(salam).toEqual(expected);
  });

  it('lists every error of a bad file and changes nothing', async () => {
    await db.snippets.bulkAdd(defaults);
    renderSection(db);
    await screen.findByRole('button', { name: 'Ekspor JSON' });
    const before = listed();
    const bad = {
      format: 'sigap-snippets',
      version: 1,
      snippets: [
        {
          id: 'a',
          title: 'Satu',
          category: 'greeting',
          body: 'Halo',
          trigger: 'satu',
          hotkey: null,
          lang: 'id',
        },
        {
          id: 'b',
          title: '',
          category: 'greeting',
          body: 'Halo',
          trigger: 'satu',
          hotkey: 'Ctrl+C',
          lang: 'id',
        },
      ],
    };
    await userEvent.upload(importInput(), jsonFile('rusak.json', bad));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('rusak.json tidak diimpor; tidak ada yang diubah.');
    expect(
      within(alert)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Template ke-2, kolom "title": Judul wajib diisi.',
      'Template ke-2, kolom "trigger": /satu sudah dipakai template “Satu”.',
      'Template ke-2, kolom "hotkey": Dipakai untuk menyunting teks (salin, tempel, potong, urungkan, pilih semua).',
    ]);
    expect(screen.queryByRole('button', { name: 'Ganti semua' })).toBeNull();
    expect(await db.snippets.count()).toBe(defaults.length);
    expect(listed()).toEqual(before);

    await userEvent.upload(importInput(), jsonFile('bukan.json', '{oops'));
    expect(await screen.findByRole('alert')).toHaveTextContent('File ini bukan JSON yang valid');
  });

  it('replaces the whole set after confirming, publishes the keys, and undo brings the old set back', async () => {
    await db.snippets.bulkAdd(defaults);
    renderSection(db);
    await screen.findByRole('button', { name: 'Ekspor JSON' });
    const before = listed();
    const good = {
      format: 'sigap-snippets',
      version: 1,
      snippets: [
        {
          id: 'x1',
          title: 'Ongkir',
          category: 'product',
          body: 'Gratis ongkir',
          trigger: 'ongkir',
          hotkey: 'Alt+7',
          lang: 'id',
          order: 0,
        },
      ],
    };
    await userEvent.upload(importInput(), jsonFile('tim.json', good));
    const confirm = await screen.findByRole('alertdialog');
    expect(confirm).toHaveTextContent(
      `tim.json berisi 1 template. Ganti ${defaults.length} template yang ada sekarang?`,
    );
    expect(await db.snippets.count()).toBe(defaults.length);
    await userEvent.click(within(confirm).getByRole('button', { name: 'Ganti semua' }));
    await waitFor(() => expect(listed()).toEqual(['Produk: Ongkir']));
    expect(await snippetKeysItem.getValue()).toMatchObject({ triggers: ['ongkir'], hotkeys: ['Alt+7'] });
    const toast = screen.getByRole('status');
    expect(toast).toHaveTextContent('1 template diimpor dari tim.json.');
    await userEvent.click(within(toast).getByRole('button', { name: 'Urungkan' }));
    await waitFor(() => expect(listed()).toEqual(before));
    expect((await snippetKeysItem.getValue()).triggers).toContain('salam');
  });

  it('restores the missing defaults by id and leaves edited ones alone', async () => {
    const salam = defaults.find((s) => s.trigger === 'salam')!;
    await db.snippets.bulkAdd([{ ...salam, body: 'Halo versi toko' }]);
    renderSection(db);
    await userEvent.click(await screen.findByRole('button', { name: 'Kembalikan template bawaan' }));
    expect(await screen.findByRole('status')).toHaveTextContent(
      `${defaults.length - 1} template bawaan ditambahkan.`,
    );
    expect(await db.snippets.count()).toBe(defaults.length);
    expect((await db.snippets.get(salam.id))!.body).toBe('Halo versi toko');
    await userEvent.click(screen.getByRole('button', { name: 'Kembalikan template bawaan' }));
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent('Semua template bawaan sudah ada.'),
    );
  });
});
