import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { answerTemplateItem, replyTargetsItem, shopNameItem, toneItem } from '../../lib/settings';
import { LangProvider } from '../i18n';
import { SettingsSection } from './SettingsSection';

function renderSection() {
  render(
    <LangProvider>
      <SettingsSection />
    </LangProvider>,
  );
}

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
