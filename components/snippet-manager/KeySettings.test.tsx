import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SigapDb } from '../../lib/db/schema';
import { snippetKeysItem } from '../../lib/settings';
import { defaultSnippets } from '../../lib/snippets/defaults';
import { renderSection } from './test-support';

let db: SigapDb;
beforeEach(() => {
  db = new SigapDb(`snippet-keys-${Math.random()}`);
});
afterEach(async () => {
  await db.delete();
});

const published = { triggers: ['salam', 'makasih'], hotkeys: ['Alt+G', 'Alt+C'] };

describe('key settings', () => {
  it('switches the expansion key to Space, keeping the published triggers and hotkeys', async () => {
    await snippetKeysItem.setValue({ ...published, expandKey: 'Tab', focusSearchHotkey: 'Alt+K' });
    renderSection(db);
    const space = await screen.findByRole('radio', { name: 'Spasi' });
    await waitFor(() => expect(screen.getByRole('radio', { name: 'Tab' })).toBeChecked());
    await userEvent.click(space);
    await waitFor(async () => expect((await snippetKeysItem.getValue()).expandKey).toBe('Space'));
    expect(await snippetKeysItem.getValue()).toEqual({
      ...published,
      expandKey: 'Space',
      focusSearchHotkey: 'Alt+K',
    });
    await waitFor(() => expect(space).toBeChecked());
  });

  it('captures the focus-search hotkey; refuses one a snippet uses or the browser owns, with reasons', async () => {
    await db.snippets.bulkAdd(defaultSnippets('id'));
    await snippetKeysItem.setValue({ ...published, expandKey: 'Tab', focusSearchHotkey: 'Alt+K' });
    const greeting = defaultSnippets('id').find((s) => s.hotkey === 'Alt+G')!;
    renderSection(db);
    const keys = await screen.findByRole('group', { name: 'Tombol' });
    const field = within(keys).getByLabelText('Tombol pintas ke kotak cari sidebar');
    await waitFor(() => expect(field).toHaveValue('Alt+K'));

    field.focus();
    await userEvent.keyboard('{Alt>}g{/Alt}');
    expect(field).toHaveValue('Alt+G');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(keys).toHaveTextContent(`Tidak disimpan: Sudah dipakai template “${greeting.title}”.`);
    await userEvent.keyboard('{Control>}t{/Control}');
    expect(keys).toHaveTextContent('Tidak disimpan: Dipakai browser');
    expect((await snippetKeysItem.getValue()).focusSearchHotkey).toBe('Alt+K');

    await userEvent.keyboard('{Alt>}{Shift>}f{/Shift}{/Alt}');
    await waitFor(async () =>
      expect((await snippetKeysItem.getValue()).focusSearchHotkey).toBe('Alt+Shift+F'),
    );
    expect(field).not.toHaveAttribute('aria-invalid');
    expect(await snippetKeysItem.getValue()).toMatchObject(published);
  });

  it('makes the snippet editor refuse the new focus-search hotkey', async () => {
    await snippetKeysItem.setValue({ ...published, expandKey: 'Tab', focusSearchHotkey: 'Alt+J' });
    renderSection(db);
    await userEvent.click(await screen.findByRole('button', { name: '+ Template baru' }));
    const form = screen.getByRole('form', { name: 'Template baru' });
    const hotkey = within(form).getByLabelText('Tombol pintas');
    hotkey.focus();
    await userEvent.keyboard('{Alt>}j{/Alt}');
    expect(form).toHaveTextContent('Sama dengan tombol pintas ke kotak cari sidebar.');
  });
});
