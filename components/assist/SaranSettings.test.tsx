import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { assistItem } from '../../lib/settings';
import { LangProvider } from '../i18n';
import { SaranSettings } from './SaranSettings';

const renderSettings = () =>
  render(
    <LangProvider>
      <SaranSettings />
    </LangProvider>,
  );

describe('SaranSettings', () => {
  it('switches Saran off and on', async () => {
    renderSettings();
    const box = await screen.findByRole('checkbox', { name: /Tampilkan Saran/ });
    expect(box).toBeChecked();
    await userEvent.click(box);
    expect(await assistItem.getValue()).toEqual({ enabled: false, sameDayCutoff: '15:00' });
    await userEvent.click(box);
    expect((await assistItem.getValue()).enabled).toBe(true);
  });

  it('follows the sidebar’s off switch while the page is open', async () => {
    renderSettings();
    const box = await screen.findByRole('checkbox', { name: /Tampilkan Saran/ });
    await act(() => assistItem.setValue({ enabled: false, sameDayCutoff: '15:00' }));
    await waitFor(() => expect(box).not.toBeChecked());
    await userEvent.click(box);
    expect(await assistItem.getValue()).toEqual({ enabled: true, sameDayCutoff: '15:00' });
  });

  it('saves a valid cut-off, keeps a bad one in the box without storing it', async () => {
    renderSettings();
    const input = await screen.findByLabelText('Batas kirim hari ini (jam)');
    await userEvent.clear(input);
    await userEvent.type(input, '14.00');
    await userEvent.tab();
    expect(screen.getByRole('alert')).toHaveTextContent('JJ:MM');
    expect(input).toHaveValue('14.00');
    expect((await assistItem.getValue()).sameDayCutoff).toBe('15:00');
    await userEvent.clear(input);
    await userEvent.type(input, '14:00{Enter}');
    expect(await screen.findByRole('status')).toHaveTextContent('Tersimpan.');
    expect((await assistItem.getValue()).sameDayCutoff).toBe('14:00');
  });

  it('shows a stored value of the wrong shape repaired', async () => {
    await assistItem.setValue({ enabled: 'yes', sameDayCutoff: 7 } as never);
    renderSettings();
    expect(await screen.findByRole('checkbox', { name: /Tampilkan Saran/ })).toBeChecked();
    expect(screen.getByLabelText('Batas kirim hari ini (jam)')).toHaveValue('15:00');
  });
});
