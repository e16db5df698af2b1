import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SigapDb } from '../../lib/db/schema';
import { snippetKeysItem } from '../../lib/settings';
import { defaultSnippets } from '../../lib/snippets/defaults';
import { listed, renderSection } from './test-support';

let db: SigapDb;
beforeEach(() => {
  db = new SigapDb(`snippet-section-${Math.random()}`);
});
afterEach(async () => {
  await db.delete();
});

const sopTitles = () => listed().find((line) => line.startsWith('SOP/Keluhan'));
const defaults = defaultSnippets('id');
const titlesOf = (category: string) => defaults.filter((s) => s.category === category).map((s) => s.title);
const sop = titlesOf('sop');

describe('SnippetSection list', () => {
  it('shows an empty state that brings back the default set', async () => {
    renderSection(db);
    await screen.findByRole('heading', { name: 'Belum ada template' });
    const empty = screen.getByRole('region', { name: 'Belum ada template' });
    await userEvent.click(within(empty).getByRole('button', { name: 'Kembalikan template bawaan' }));
    await waitFor(() => expect(listed()[0]).toBe(`Salam: ${titlesOf('greeting').join(', ')}`));
    expect(await db.snippets.count()).toBe(defaultSnippets('id').length);
    expect((await snippetKeysItem.getValue()).triggers).toContain('salam');
  });

  it('groups by category in the stored order and searches fuzzily over title, trigger and body', async () => {
    await db.snippets.bulkAdd(defaultSnippets('id'));
    renderSection(db);
    await waitFor(() => expect(listed()).toHaveLength(6));
    expect(listed()[0]).toBe(`Salam: ${titlesOf('greeting').join(', ')}`);
    expect(sopTitles()).toBe(`SOP/Keluhan: ${sop.join(', ')}`);
    const search = screen.getByRole('searchbox', { name: 'Cari judul, pemicu atau isi' });
    await userEvent.type(search, 'refnd');
    // A typo still finds the trigger /refund, best match first; unrelated groups drop out.
    await waitFor(() => expect(listed()).toHaveLength(1));
    expect(listed()[0]).toMatch(/^SOP\/Keluhan: Pengembalian dana\b/);
    // While searching, the order cannot be changed: the results are not in the stored order.
    expect(screen.queryByRole('button', { name: /^Naikkan/ })).toBeNull();
    await userEvent.clear(search);
    await userEvent.type(search, 'unboxing');
    await waitFor(() => expect(listed()[0]).toMatch(/^SOP\/Keluhan: Barang rusak\b/));
    await userEvent.clear(search);
    await userEvent.type(search, 'zzzzqqq');
    expect(await screen.findByText('Tidak ada template yang cocok dengan "zzzzqqq".')).toBeInTheDocument();
  });

  it('moves a snippet up and down within its category', async () => {
    await db.snippets.bulkAdd(defaultSnippets('id'));
    renderSection(db);
    const [first, second, ...rest] = sop;
    const down = await screen.findByRole('button', { name: `Turunkan ${first}` });
    expect(screen.getByRole('button', { name: `Naikkan ${first}` })).toBeDisabled();
    await userEvent.click(down);
    await waitFor(() => expect(sopTitles()).toBe(`SOP/Keluhan: ${[second, first, ...rest].join(', ')}`));
    await userEvent.click(screen.getByRole('button', { name: `Naikkan ${first}` }));
    await waitFor(() => expect(sopTitles()).toBe(`SOP/Keluhan: ${sop.join(', ')}`));
    expect(screen.getByRole('button', { name: `Turunkan ${sop.at(-1)}` })).toBeDisabled();
    // Only the database's order counts: a reload shows the same.
    expect((await db.snippets.get(defaults.find((s) => s.title === first)!.id))!.order).toBeLessThan(
      (await db.snippets.get(defaults.find((s) => s.title === second)!.id))!.order,
    );
  });

  it('deletes with an undo toast that puts the snippet back', async () => {
    await db.snippets.bulkAdd(defaultSnippets('id'));
    renderSection(db);
    const victim = defaults.find((s) => s.category === 'closing')!;
    const closings = () => listed().find((l) => l.startsWith('Penutup:')) ?? '';
    await userEvent.click(await screen.findByRole('button', { name: `Hapus ${victim.title}` }));
    const toast = await screen.findByRole('status');
    expect(toast).toHaveTextContent(`Template dihapus — ${victim.title}`);
    await waitFor(() => expect(closings()).toBe(`Penutup: ${titlesOf('closing').slice(1).join(', ')}`));
    expect(await db.snippets.get(victim.id)).toBeUndefined();
    expect((await snippetKeysItem.getValue()).triggers).not.toContain(victim.trigger);
    await userEvent.click(within(toast).getByRole('button', { name: 'Urungkan' }));
    await waitFor(() => expect(closings()).toBe(`Penutup: ${titlesOf('closing').join(', ')}`));
    expect(await db.snippets.get(victim.id)).toEqual(victim);
    expect((await snippetKeysItem.getValue()).triggers).toContain(victim.trigger);
  });

  it('duplicates right after the original and opens the copy in the editor', async () => {
    await db.snippets.bulkAdd(defaultSnippets('id'));
    renderSection(db);
    await userEvent.click(await screen.findByRole('button', { name: `Duplikat ${sop[0]}` }));
    const editor = await screen.findByRole('form', { name: `Ubah template: ${sop[0]} (salinan)` });
    expect(within(editor).getByLabelText('Pemicu')).toHaveValue('');
    expect(sopTitles()).toBe(`SOP/Keluhan: ${[sop[0], `${sop[0]} (salinan)`, ...sop.slice(1)].join(', ')}`);
    await userEvent.type(within(editor).getByLabelText('Pemicu'), 'rusak2');
    await userEvent.click(within(editor).getByRole('button', { name: 'Simpan template' }));
    await waitFor(() => expect(screen.queryByRole('form')).toBeNull());
    expect((await snippetKeysItem.getValue()).triggers).toContain('rusak2');
  });
});

describe('SnippetSection list: who and when, after a team sync', () => {
  const HOUR = 3_600_000;
  const rowOf = (title: string) =>
    [...document.querySelectorAll<HTMLElement>('.snippet-row')].find(
      (row) => row.querySelector('.snippet-row-title')?.textContent === title,
    )!;

  it('shows nothing extra for a solo user', async () => {
    await db.snippets.bulkAdd(defaultSnippets('id'));
    renderSection(db);
    await waitFor(() => expect(listed()).toHaveLength(6));
    expect(screen.queryAllByTestId('changed-by')).toHaveLength(0);
  });

  it('names who changed a team snippet last and when; editing it here takes the name away', async () => {
    const [salam, ...rest] = defaultSnippets('id');
    await db.snippets.bulkAdd([
      { ...salam!, scope: 'tim', updatedBy: 'rina', updatedAt: Date.now() - 2 * HOUR - 60_000 },
      ...rest,
    ]);
    renderSection(db);
    await waitFor(() => expect(listed()).toHaveLength(6));
    const labels = screen.getAllByTestId('changed-by');
    expect(labels).toHaveLength(1);
    expect(within(rowOf(salam!.title)).getByTestId('changed-by')).toHaveTextContent(
      'diubah oleh rina · 2 jam lalu',
    );

    await userEvent.click(screen.getByRole('button', { name: `Ubah ${salam!.title}` }));
    const form = screen.getByRole('form', { name: `Ubah template: ${salam!.title}` });
    await userEvent.type(within(form).getByLabelText('Isi template'), ' Ada yang bisa dibantu?');
    await userEvent.click(within(form).getByRole('button', { name: 'Simpan template' }));
    await waitFor(() => expect(screen.queryByRole('form')).toBeNull());
    await waitFor(() => expect(screen.queryAllByTestId('changed-by')).toHaveLength(0));
  });
});
