import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { SAMPLE_CATALOG } from '../../lib/catalog/sample';
import { createCatalogIndex } from '../../lib/catalog/search';
import { putProducts } from '../../lib/db/product-store';
import { SigapDb, type StoredReplySample, type StoredSnippet } from '../../lib/db/schema';
import { MARKED_PARTS } from '../../lib/marketplaces/parts.test-helper';
import { backgroundMessenger, type PageState } from '../../lib/messaging';
import {
  answerTemplateItem,
  assistItem,
  replyRetentionItem,
  replyTargetsItem,
  shopNameItem,
  toneItem,
} from '../../lib/settings';
import { defaultSnippets } from '../../lib/snippets/defaults';
import { SaranPanel } from '../assist/SaranPanel';
import { LangProvider } from '../i18n';
import { localCatalogSearch } from '../search/catalog-search';
import type { CatalogStatus } from '../search/use-catalog';
import type { PageLink } from '../sidebar/page-link';
import { useSidebarStore } from '../sidebar/store';
import { SettingsSection } from './SettingsSection';

let db: SigapDb;
beforeEach(() => {
  db = new SigapDb(`settings-${Math.random()}`);
});
afterEach(async () => {
  await db.delete();
});

function renderSection() {
  render(
    <LangProvider>
      <SettingsSection db={db} />
    </LangProvider>,
  );
}

const DAY = 86_400_000;
const sample = (daysAgo: number, id: string): StoredReplySample => {
  const replyAt = Date.now() - daysAgo * DAY;
  return {
    id: `shopee:${id}:${replyAt - 60_000}:${replyAt}`,
    marketplace: 'shopee',
    conversationId: id,
    buyerAt: replyAt - 60_000,
    replyAt,
    latencyMs: 60_000,
    latencyWithinHoursMs: null,
    firstReply: true,
  };
};

describe('SettingsSection', () => {
  it('saves the shop name, reply targets and answer template', async () => {
    renderSection();
    const shop = await screen.findByLabelText('Nama toko');
    await userEvent.type(shop, 'Toko Berkah Jaya');
    const due = screen.getByLabelText('Kuning setelah (menit)');
    await userEvent.clear(due);
    await userEvent.type(due, '10');
    const template = screen.getByLabelText('Template jawaban produk');
    await userEvent.clear(template);
    await userEvent.type(template, 'Produk: {{nama}');
    expect(screen.getByTestId('answer-preview').textContent).toMatch(/^Produk: \S/);
    await userEvent.click(screen.getByRole('button', { name: 'Simpan' }));
    expect(await screen.findByText('Tersimpan.')).toBeInTheDocument();
    expect(await shopNameItem.getValue()).toBe('Toko Berkah Jaya');
    expect(await replyTargetsItem.getValue()).toEqual({ dueMs: 10 * 60_000, overdueMs: 120 * 60_000 });
    expect(await answerTemplateItem.getValue()).toBe('Produk: {nama}');
    expect(await toneItem.getValue()).toEqual({ enabled: true, allow: [] });
  });

  it('saves the tone check switch and its allow list', async () => {
    renderSection();
    await userEvent.click(await screen.findByLabelText(/Peringatkan saat draf/));
    await userEvent.type(
      screen.getByLabelText('Frasa yang boleh (satu per baris)'),
      'Anjing Laut plush{Enter} {Enter}Babi Guling Bu Ani',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Simpan' }));
    await screen.findByText('Tersimpan.');
    expect(await toneItem.getValue()).toEqual({
      enabled: false,
      allow: ['Anjing Laut plush', 'Babi Guling Bu Ani'],
    });
  });

  it('refuses targets where red comes before amber, and stores nothing', async () => {
    renderSection();
    const overdue = await screen.findByLabelText('Merah setelah (menit)');
    await userEvent.clear(overdue);
    await userEvent.type(overdue, '3');
    await userEvent.click(screen.getByRole('button', { name: 'Simpan' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('batas merah');
    expect(await replyTargetsItem.getValue()).toEqual(replyTargetsItem.fallback);
  });
});

describe('SettingsSection › Penyimpanan', () => {
  it('says how much is stored and keeps 400 days of reply samples by default', async () => {
    await db.replySamples.bulkPut([sample(300, 'a'), sample(2, 'b')]);
    await putProducts(db, [{ sku: 'A', name: 'A', price: 1, stock: 1, variants: [], updatedAt: 1 }]);
    renderSection();
    expect(await screen.findByLabelText('Simpan sampel waktu balas selama (hari)')).toHaveValue('400');
    const figures = await screen.findByTestId('storage-figures');
    await waitFor(() => expect(figures).toHaveTextContent('Tersimpan: 2 sampel waktu balas (yang tertua'));
    expect(figures).toHaveTextContent('1 produk · 0 template');
  });

  it('warns how many samples a shorter retention deletes, and deletes them on save', async () => {
    await db.replySamples.bulkPut([sample(300, 'a'), sample(120, 'b'), sample(2, 'c')]);
    renderSection();
    const days = await screen.findByLabelText('Simpan sampel waktu balas selama (hari)');
    await userEvent.clear(days);
    await userEvent.type(days, '90');
    expect(
      await screen.findByText('Menyimpan akan menghapus 2 sampel yang lebih lama dari 90 hari.'),
    ).toBeInTheDocument();
    expect(await db.replySamples.count()).toBe(3);
    await userEvent.click(screen.getByRole('button', { name: 'Simpan' }));
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Tersimpan. 2 sampel waktu balas yang lebih lama dari batas dihapus.',
    );
    expect(await replyRetentionItem.getValue()).toBe(90);
    expect((await db.replySamples.toArray()).map((s) => s.conversationId)).toEqual(['c']);
  });

  it('refuses a retention outside 90–3650 days and deletes nothing', async () => {
    await db.replySamples.bulkPut([sample(60, 'a')]);
    renderSection();
    const days = await screen.findByLabelText('Simpan sampel waktu balas selama (hari)');
    await userEvent.clear(days);
    await userEvent.type(days, '30');
    await userEvent.click(screen.getByRole('button', { name: 'Simpan' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Isi lama penyimpanan dengan angka bulat antara 90 dan 3650 hari.',
    );
    expect(await replyRetentionItem.getValue()).toBe(400);
    expect(await db.replySamples.count()).toBe(1);
  });

  it('says saving failed and stores none of the form when storage refuses it', async () => {
    renderSection();
    await userEvent.type(await screen.findByLabelText('Nama toko'), 'Toko Baru');
    vi.spyOn(browser.storage.local, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    await userEvent.click(screen.getByRole('button', { name: 'Simpan' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Menyimpan pengaturan gagal: penyimpanan browser penuh. Kosongkan ruang disk atau hapus data situs lain, lalu coba lagi. Data tetap seperti sebelumnya.',
    );
    expect(screen.queryByText('Tersimpan.')).toBeNull();
    expect(await shopNameItem.getValue()).toBe('');
  });
});

describe('SettingsSection › Saran', () => {
  const index = createCatalogIndex([...SAMPLE_CATALOG]);
  const catalog: CatalogStatus = {
    state: 'ready',
    search: localCatalogSearch(index),
    count: index.size,
    loadMs: 1,
  };
  const link: PageLink = {
    onState: () => () => {},
    onFocusSearch: () => () => {},
    onChatEvent: () => () => {},
    insert: vi.fn(async () => ({ ok: true as const, strategy: 'test' })),
    focusComposer: vi.fn(),
    openConversation: vi.fn(),
    layoutReport: async () => null,
  };
  const page: PageState = {
    marketplace: 'shopee',
    marketplaceLabel: 'Shopee',
    url: 'https://seller.shopee.co.id/new-webchat/conversations',
    health: 'ok',
    parts: MARKED_PARTS,
    list: [],
    conversation: {
      id: 'name:Rina',
      buyerName: 'Rina',
      messages: [{ id: 'm1', from: 'buyer', text: 'hijab pashmina ceruty yg mocca ready kak?', at: 1000 }],
    },
  };

  it('switching Saran off in Pengaturan hides the sidebar’s suggestions, and on again shows them', async () => {
    vi.spyOn(backgroundMessenger, 'sendMessage').mockResolvedValue(undefined as never);
    act(() => useSidebarStore.getState().setPage(page));
    // The options page and a sidebar, side by side: they share only browser.storage.
    render(
      <LangProvider>
        <SettingsSection db={db} />
        <SaranPanel
          link={link}
          insert={async () => {}}
          catalog={catalog}
          loadSnippets={async () => defaultSnippets('id') as StoredSnippet[]}
        />
      </LangProvider>,
    );
    expect(await screen.findByTestId('suggested-product')).toHaveAttribute('data-sku', 'HJB-PSM');
    const box = await screen.findByRole('checkbox', { name: /Tampilkan Saran/ });
    await userEvent.click(box);
    await waitFor(() => expect(screen.queryByTestId('suggested-product')).toBeNull());
    expect(screen.queryByTestId('saran')).toBeNull();
    expect((await assistItem.getValue()).enabled).toBe(false);
    await userEvent.click(box);
    expect(await screen.findByTestId('suggested-product')).toHaveAttribute('data-sku', 'HJB-PSM');
  });

  it('saves the same-day cut-off with Enter without submitting the rest of the form', async () => {
    renderSection();
    await userEvent.type(await screen.findByLabelText('Nama toko'), 'Belum disimpan');
    const cutoff = screen.getByLabelText('Batas kirim hari ini (jam)');
    await userEvent.clear(cutoff);
    await userEvent.type(cutoff, '13:30{Enter}');
    await waitFor(async () => expect((await assistItem.getValue()).sameDayCutoff).toBe('13:30'));
    expect(await shopNameItem.getValue()).toBe('');
  });
});
