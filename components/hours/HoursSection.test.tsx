import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { hoursItem } from '../../lib/settings';
import { LangProvider } from '../i18n';
import { HoursSection } from './HoursSection';

function renderSection() {
  render(
    <LangProvider>
      <HoursSection />
    </LangProvider>,
  );
}

describe('HoursSection', () => {
  it('adds a split shift, a day off and a holiday, and saves them', async () => {
    renderSection();
    const addShift = await screen.findAllByRole('button', { name: '+ Shift' });
    await userEvent.click(addShift[0]!); // Monday: a second shift
    const mondayClose1 = screen.getByLabelText('Senin Tutup 1');
    await userEvent.clear(mondayClose1);
    await userEvent.type(mondayClose1, '12:00');
    await userEvent.click(screen.getByRole('button', { name: 'Hapus shift 1 hari Minggu' }));
    await userEvent.type(screen.getByLabelText('Tambah hari libur'), '2026-12-25');
    await userEvent.click(screen.getByRole('button', { name: 'Tambah hari libur' }));
    expect(screen.getByTestId('hours-preview')).toHaveTextContent(
      'Senin 08.00–12.00 & 13.00–21.00, Selasa–Sabtu 08.00–21.00, Minggu tutup',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Simpan jam operasional' }));
    const saved = await hoursItem.getValue();
    expect(saved.days[1]).toEqual([
      { open: '08:00', close: '12:00' },
      { open: '13:00', close: '21:00' },
    ]);
    expect(saved.days[0]).toEqual([]);
    expect(saved.holidays).toEqual(['2026-12-25']);
  });

  it('will not save overlapping shifts', async () => {
    renderSection();
    await userEvent.click((await screen.findAllByRole('button', { name: '+ Shift' }))[0]!);
    expect(screen.getByText('Shift bertumpuk.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Simpan jam operasional' })).toBeDisabled();
  });
});
