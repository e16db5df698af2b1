import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SigapDb } from '../../lib/db/schema';
import { langItem, shopNameItem, snippetKeysItem } from '../../lib/settings';
import { defaultSnippets } from '../../lib/snippets/defaults';
import { EXAMPLE_PRODUCT } from './SnippetPreview';
import { listed, renderSection } from './test-support';

let db: SigapDb;
beforeEach(() => {
  db = new SigapDb(`snippet-editor-${Math.random()}`);
});
afterEach(async () => {
  await db.delete();
});

async function openNew() {
  renderSection(db);
  await userEvent.click(await screen.findByRole('button', { name: '+ Template baru' }));
  return screen.getByRole('form', { name: 'Template baru' });
}
const field = (form: HTMLElement, label: string) => within(form).getByLabelText(label);
const errorsOf = (input: HTMLElement) => {
  const ids = input.getAttribute('aria-describedby')?.split(' ') ?? [];
  return ids.flatMap((id) =>
    [...(document.getElementById(id)?.querySelectorAll('li') ?? [])].map((li) => li.textContent),
  );
};

describe('SnippetEditor', () => {
  it('creates a snippet with a live preview; the trigger and hotkey are published', async () => {
    await shopNameItem.setValue('Toko Rina Jaya');
    const form = await openNew();
    await userEvent.type(field(form, 'Judul'), 'Ongkir');
    await userEvent.selectOptions(field(form, 'Kategori'), 'Produk');
    // user-event reads "{" as a key descriptor; "{{" types one.
    await userEvent.type(
      field(form, 'Isi template'),
      'Halo Kak {{pembeli}, {{produk} dari {{toko} gratis ongkir!{{kursor}',
    );
    const preview = within(form).getByTestId('snippet-preview');
    expect(preview).toHaveTextContent(
      `Halo Kak Rina, ${EXAMPLE_PRODUCT.name} dari Toko Rina Jaya gratis ongkir!`,
    );
    expect(preview.querySelector('.snippet-caret')).not.toBeNull();
    await userEvent.type(field(form, 'Pemicu'), '/Ongkir');
    field(form, 'Tombol pintas').focus();
    await userEvent.keyboard('{Alt>}7{/Alt}');
    expect(field(form, 'Tombol pintas')).toHaveValue('Alt+7');
    await userEvent.click(within(form).getByRole('button', { name: 'Simpan template' }));

    await waitFor(() => expect(screen.queryByRole('form')).toBeNull());
    expect(await screen.findByRole('status')).toHaveTextContent('Template Ongkir disimpan.');
    const [row] = await db.snippets.toArray();
    expect(row).toMatchObject({
      title: 'Ongkir',
      category: 'product',
      body: 'Halo Kak {pembeli}, {produk} dari {toko} gratis ongkir!{kursor}',
      trigger: 'ongkir',
      hotkey: 'Alt+7',
      lang: 'id',
    });
    expect(listed()).toEqual(['Produk: Ongkir']);
    const keys = await snippetKeysItem.getValue();
    expect(keys.triggers).toEqual(['ongkir']);
    expect(keys.hotkeys).toEqual(['Alt+7']);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: '+ Template baru' }));
  });

  it('says what the preview cannot fill and which fields it will ask for', async () => {
    const form = await openNew();
    await userEvent.type(field(form, 'Isi template'), 'Resi {{isi:Nomor resi} dari {{toko}');
    expect(within(form).getByTestId('snippet-preview')).toHaveTextContent('Resi [Nomor resi] dari [toko]');
    expect(form).toHaveTextContent('Saat menyisipkan, Sigap menanyakan: Nomor resi.');
    expect(form).toHaveTextContent('Belum ada nilainya: toko.');
  });

  it('shows every problem inline, focuses the first and saves nothing', async () => {
    await db.snippets.bulkAdd(defaultSnippets('id'));
    const form = await openNew();
    await userEvent.type(field(form, 'Pemicu'), 'ada spasi');
    expect(errorsOf(field(form, 'Pemicu'))).toEqual([
      'Pemicu hanya boleh huruf, angka, - dan _ (tanpa spasi).',
    ]);
    // Required fields wait for the first save rather than shouting while the agent starts typing.
    expect(errorsOf(field(form, 'Judul'))).toEqual([]);
    await userEvent.click(within(form).getByRole('button', { name: 'Simpan template' }));
    expect(errorsOf(field(form, 'Judul'))).toEqual(['Judul wajib diisi.']);
    expect(errorsOf(field(form, 'Isi template'))).toEqual(['Isi template wajib diisi.']);
    expect(field(form, 'Judul')).toHaveAttribute('aria-invalid', 'true');
    expect(document.activeElement).toBe(field(form, 'Judul'));
    expect(within(form).getByRole('alert')).toHaveTextContent('3 isian belum benar');

    const salam = defaultSnippets('id').find((s) => s.trigger === 'salam')!;
    await userEvent.clear(field(form, 'Pemicu'));
    await userEvent.type(field(form, 'Pemicu'), 'SALAM');
    expect(errorsOf(field(form, 'Pemicu'))).toEqual([`/salam sudah dipakai template “${salam.title}”.`]);
    expect(await db.snippets.count()).toBe(defaultSnippets('id').length);
  });

  it('shows hotkey conflicts with their reasons and refuses to save them; Backspace clears', async () => {
    await db.snippets.bulkAdd(defaultSnippets('id'));
    const greeting = defaultSnippets('id').find((s) => s.hotkey === 'Alt+G')!;
    const form = await openNew();
    await userEvent.type(field(form, 'Judul'), 'Tes');
    await userEvent.type(field(form, 'Isi template'), 'Halo');
    const hotkey = field(form, 'Tombol pintas');
    hotkey.focus();
    await userEvent.keyboard('{Alt>}g{/Alt}');
    expect(errorsOf(hotkey)).toEqual([`Sudah dipakai template “${greeting.title}”.`]);
    await userEvent.keyboard('{Alt>}k{/Alt}');
    expect(errorsOf(hotkey)).toEqual(['Sama dengan tombol pintas ke kotak cari sidebar.']);
    await userEvent.keyboard('{Control>}v{/Control}');
    expect(hotkey).toHaveValue('Ctrl+V');
    expect(errorsOf(hotkey)[0]).toMatch(/menyunting teks/);
    await userEvent.keyboard('q');
    expect(errorsOf(hotkey)[0]).toMatch(/mengetik/);
    await userEvent.click(within(form).getByRole('button', { name: 'Simpan template' }));
    expect(screen.getByRole('form')).toBeInTheDocument();
    expect((await db.snippets.toArray()).filter((s) => s.title === 'Tes')).toEqual([]);

    hotkey.focus();
    await userEvent.keyboard('{Backspace}');
    expect(hotkey).toHaveValue('');
    expect(errorsOf(hotkey)).toEqual([]);
    await userEvent.click(within(form).getByRole('button', { name: 'Simpan template' }));
    await waitFor(() => expect(screen.queryByRole('form')).toBeNull());
    expect((await db.snippets.toArray()).find((s) => s.title === 'Tes')).toMatchObject({
      hotkey: null,
      trigger: null,
    });
  });

  it('edits a snippet keeping its own trigger and hotkey', async () => {
    await db.snippets.bulkAdd(defaultSnippets('id'));
    const salam = defaultSnippets('id').find((s) => s.trigger === 'salam')!;
    renderSection(db);
    await userEvent.click(await screen.findByRole('button', { name: `Ubah ${salam.title}` }));
    const form = screen.getByRole('form', { name: `Ubah template: ${salam.title}` });
    expect(field(form, 'Pemicu')).toHaveValue('salam');
    expect(field(form, 'Tombol pintas')).toHaveValue(salam.hotkey);
    expect(errorsOf(field(form, 'Pemicu'))).toEqual([]);
    await userEvent.clear(field(form, 'Isi template'));
    await userEvent.type(field(form, 'Isi template'), 'Halo Kak!');
    await userEvent.click(within(form).getByRole('button', { name: 'Simpan template' }));
    await waitFor(() => expect(screen.queryByRole('form')).toBeNull());
    expect(await db.snippets.get(salam.id)).toMatchObject({
      body: 'Halo Kak!',
      trigger: 'salam',
      hotkey: salam.hotkey,
    });
  });

  it('Escape or Batal closes the editor without saving', async () => {
    const form = await openNew();
    await userEvent.type(field(form, 'Judul'), 'Batal saja');
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('form')).toBeNull();
    expect(await db.snippets.count()).toBe(0);
  });

  it('speaks English when the UI language is English', async () => {
    await langItem.setValue('en');
    renderSection(db);
    await userEvent.click(await screen.findByRole('button', { name: '+ New template' }));
    const form = screen.getByRole('form', { name: 'New template' });
    const hotkey = within(form).getByLabelText('Shortcut');
    hotkey.focus();
    await userEvent.keyboard('{Control>}w{/Control}');
    expect(errorsOf(hotkey)[0]).toMatch(/^Used by the browser/);
    await userEvent.click(within(form).getByRole('button', { name: 'Save template' }));
    expect(errorsOf(within(form).getByLabelText('Title'))).toEqual(['The title is required.']);
  });
});
