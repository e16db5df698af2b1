import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Checklist } from './Checklist';

describe('Checklist', () => {
  it('says each item’s state in words for screen readers, and reminds of a missing closing', () => {
    render(
      <Checklist
        state={{
          greeted: true,
          askedNeed: false,
          answered: true,
          closedPolitely: false,
          questionPending: false,
          sellerSpoke: true,
        }}
      />,
    );
    const items = screen.getAllByRole('listitem').map((li) => li.textContent?.replace(/[✓○]/g, '').trim());
    expect(items).toEqual([
      'Menyapa: sudah',
      'Menanyakan kebutuhan: belum',
      'Menjawab: sudah',
      'Menutup dengan sopan: belum',
    ]);
    expect(screen.getByTestId('closing-reminder')).toBeInTheDocument();
  });
});
