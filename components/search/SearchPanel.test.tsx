import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { createCatalogIndex } from '../../lib/catalog/search';
import type { Product } from '../../lib/catalog/types';
import { LangProvider } from '../i18n';
import { type CatalogSearch, localCatalogSearch } from './catalog-search';
import { SearchPanel } from './SearchPanel';
import type { CatalogStatus } from './use-catalog';

const products: Product[] = [
  {
    sku: 'KAOS-HTM',
    name: 'Kaos Polos Hitam Cotton Combed 30s',
    price: 59000,
    stock: 0,
    variants: [
      { sku: 'KAOS-HTM-M', name: 'M', price: 59000, stock: 0 },
      { sku: 'KAOS-HTM-XL', name: 'XL', price: 62000, stock: 0 },
    ],
  },
  { sku: 'KAOS-PTH', name: 'Kaos Polos Putih Cotton Combed 30s', price: 59000, stock: 12, variants: [] },
  { sku: 'SNK-42', name: 'Sneakers Pria Kanvas', price: 189000, stock: null, variants: [] },
  { sku: 'XSS-1', name: '<img src=x onerror=alert(1)> Topi', price: 25000, stock: 3, variants: [] },
];

function ready(list: Product[]): CatalogStatus {
  const index = createCatalogIndex(list);
  return { state: 'ready', search: localCatalogSearch(index), count: list.length, loadMs: 1 };
}

function setup(catalog: CatalogStatus = ready(products)) {
  const onChoose = vi.fn();
  const onEscape = vi.fn();
  render(
    <LangProvider>
      <SearchPanel catalog={catalog} onChoose={onChoose} onEscape={onEscape} />
    </LangProvider>,
  );
  return { onChoose, onEscape, box: screen.getByRole('combobox') };
}

describe('SearchPanel', () => {
  it('finds products despite typos and shows price, stock and variants', async () => {
    const { box } = setup();
    await userEvent.type(box, 'kaos polos hitm');
    const options = await screen.findAllByRole('option');
    expect(options[0]).toHaveTextContent('Kaos Polos Hitam');
    expect(options[0]).toHaveTextContent('Rp59.000');
    expect(options[0]).toHaveTextContent('Habis');
    expect(options[0]).toHaveTextContent('2 varian');
    expect(options[0]?.querySelector('mark')?.textContent).toBe('Kaos');
  });

  it('moves with the arrow keys and inserts with Enter (full) or Alt+Enter (short)', async () => {
    const { box, onChoose } = setup();
    await userEvent.type(box, 'kaos polos');
    await screen.findAllByRole('option');
    const first = screen.getAllByRole('option')[0]!;
    expect(first).toHaveAttribute('aria-selected', 'true');
    await userEvent.keyboard('{ArrowDown}');
    const second = screen.getAllByRole('option')[1]!;
    expect(second).toHaveAttribute('aria-selected', 'true');
    expect(box).toHaveAttribute('aria-activedescendant', second.id);
    await userEvent.keyboard('{Enter}');
    expect(onChoose).toHaveBeenLastCalledWith(
      expect.objectContaining({ sku: second.textContent?.includes('Putih') ? 'KAOS-PTH' : 'KAOS-HTM' }),
      'full',
    );
    await userEvent.keyboard('{Alt>}{Enter}{/Alt}');
    expect(onChoose).toHaveBeenLastCalledWith(expect.anything(), 'short');
  });

  it('hands the keyboard back to the chat box on Esc', async () => {
    const { box, onEscape } = setup();
    await userEvent.type(box, 'x{Escape}');
    expect(onEscape).toHaveBeenCalledTimes(1);
  });

  it('renders imported product text as text, never as markup', async () => {
    const { box } = setup();
    await userEvent.type(box, 'topi');
    const option = await screen.findByRole('option');
    expect(option).toHaveTextContent('<img src=x onerror=alert(1)> Topi');
    expect(option.querySelector('img')).toBeNull();
  });

  it('says when nothing matches', async () => {
    const { box } = setup();
    await userEvent.type(box, 'zzzqqq');
    expect(await screen.findByText(/Tidak ada produk yang cocok/)).toBeInTheDocument();
  });

  it('explains an empty catalog and keeps the box focusable for the hotkey', () => {
    const { box } = setup(ready([]));
    expect(screen.getByText(/Katalog masih kosong/)).toBeInTheDocument();
    expect(box).toBeEnabled();
  });

  it('says a failed load will be retried and offers to retry now', async () => {
    const retry = vi.fn();
    const { box } = setup({ state: 'error', retry });
    expect(
      screen.getByText('Katalog tidak bisa dimuat. Sigap akan mencoba lagi sendiri.'),
    ).toBeInTheDocument();
    expect(box).toBeDisabled();
    await userEvent.click(screen.getByRole('button', { name: 'Coba lagi sekarang' }));
    expect(retry).toHaveBeenCalledTimes(1);
  });

  describe('answered by the background', () => {
    /** A search whose answers come only when the test releases them, in any order. */
    function slowSearch() {
      const index = createCatalogIndex(products);
      const waiting: { query: string; release(): void }[] = [];
      const search: CatalogSearch = {
        size: products.length,
        searchMany: (queries, limit) =>
          new Promise((done) => {
            waiting.push({
              query: queries[0]!,
              release: () => done(queries.map((q) => index.search(q, limit))),
            });
          }),
      };
      const release = (query: string) =>
        act(async () => {
          for (const w of waiting) if (w.query === query) w.release();
        });
      return { search, release };
    }

    it('shows the answer to the newest query only, even when an older answer arrives last', async () => {
      const slow = slowSearch();
      const { box } = setup({ state: 'ready', search: slow.search, count: products.length, loadMs: 1 });
      await userEvent.type(box, 'kaos');
      await userEvent.type(box, '{Backspace}{Backspace}{Backspace}{Backspace}sneakers');
      await slow.release('sneakers');
      expect(screen.getAllByRole('option')).toHaveLength(1);
      expect(screen.getByRole('option')).toHaveTextContent('Sneakers Pria Kanvas');
      await slow.release('kaos');
      expect(screen.getAllByRole('option')).toHaveLength(1);
      expect(screen.getByRole('option')).toHaveTextContent('Sneakers Pria Kanvas');
    });

    it('Enter pressed before the answer came chooses the best hit of what was typed', async () => {
      const slow = slowSearch();
      const { box, onChoose } = setup({
        state: 'ready',
        search: slow.search,
        count: products.length,
        loadMs: 1,
      });
      await userEvent.type(box, 'topi');
      await userEvent.keyboard('{Enter}');
      expect(onChoose).not.toHaveBeenCalled();
      await slow.release('topi');
      expect(onChoose).toHaveBeenCalledWith(expect.objectContaining({ sku: 'XSS-1' }), 'full');
    });

    it('asks the background once per keystroke', async () => {
      const index = createCatalogIndex(products);
      const asked: string[] = [];
      const search: CatalogSearch = {
        size: products.length,
        searchMany: async (queries, limit) => {
          asked.push(...queries);
          return queries.map((q) => index.search(q, limit));
        },
      };
      const { box } = setup({ state: 'ready', search, count: products.length, loadMs: 1 });
      await userEvent.type(box, 'kaos');
      expect(await screen.findAllByRole('option')).toHaveLength(2);
      expect(asked).toEqual(['k', 'ka', 'kao', 'kaos']);
    });

    it('says so when the background gave no answer, without losing what was typed', async () => {
      const search: CatalogSearch = {
        size: products.length,
        searchMany: async () => {
          throw new Error('Could not establish connection. Receiving end does not exist.');
        },
      };
      const { box } = setup({ state: 'ready', search, count: products.length, loadMs: 1 });
      await userEvent.type(box, 'kaos');
      expect(await screen.findByText(/Pencarian tidak terjawab/)).toBeInTheDocument();
      expect(box).toHaveValue('kaos');
    });
  });
});
