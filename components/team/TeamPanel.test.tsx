import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { SigapDb } from '../../lib/db/schema';
import type { TeamConfig } from '../../lib/team/connection';
import { TEAM_OFF, type TeamState, teamStateItem } from '../../lib/team/state';
import { LangProvider } from '../i18n';
import { TeamPanel, type TeamPanelDeps } from './TeamPanel';

function setup(granted = true) {
  const connect = vi.fn<(c: TeamConfig) => Promise<TeamState>>(async () => TEAM_OFF);
  const deps: TeamPanelDeps = {
    requestOrigin: vi.fn(async () => granted),
    connect,
    disconnect: vi.fn(async () => TEAM_OFF),
  };
  render(
    <LangProvider>
      <TeamPanel deps={deps} />
    </LangProvider>,
  );
  return { deps, connect };
}

async function fill(url: string) {
  await userEvent.type(screen.getByLabelText('Alamat server'), url);
  await userEvent.type(screen.getByLabelText('Nama database toko'), 'toko-ani');
  await userEvent.type(screen.getByLabelText('Nama pengguna'), 'ani');
  await userEvent.type(screen.getByLabelText('Kata sandi'), 'rahasia');
  await userEvent.click(screen.getByRole('button', { name: 'Hubungkan' }));
}

describe('TeamPanel (Pengaturan › Tim)', () => {
  it('asks for the one server origin, then connects with the login', async () => {
    const { deps, connect } = setup();
    await fill('https://couch.toko.example/');
    expect(deps.requestOrigin).toHaveBeenCalledWith('https://couch.toko.example/*');
    expect(connect).toHaveBeenCalledWith({
      url: 'https://couch.toko.example',
      database: 'toko-ani',
      username: 'ani',
      password: 'rahasia',
    });
  });

  it('does not connect when the browser permission is refused, and says why', async () => {
    const { connect } = setup(false);
    await fill('https://couch.toko.example');
    expect(connect).not.toHaveBeenCalled();
    expect(screen.getByTestId('team-state')).toHaveTextContent(
      'Izin akses ke https://couch.toko.example tidak diberikan',
    );
  });

  it('refuses an address that is not a server URL before asking anything', async () => {
    const { deps } = setup();
    await fill('couch toko');
    expect(deps.requestOrigin).not.toHaveBeenCalled();
    expect(screen.getByTestId('team-state')).toHaveTextContent('Alamat server tidak valid');
  });

  it('shows the background’s state: who, pending, and a server refusal in words', async () => {
    setup();
    await teamStateItem.setValue({
      ...TEAM_OFF,
      status: 'connected',
      user: 'budi',
      role: 'agent',
      database: 'toko-ani',
      pending: 2,
      lastSyncAt: Date.UTC(2026, 11, 1, 3, 0, 0),
      refused: { code: 'owner-only', docId: 'snippet:salam', at: 1 },
    });
    const box = screen.getByTestId('team-state');
    await waitFor(() => expect(box).toHaveTextContent('Tersambung · budi (agen) di toko-ani'));
    expect(box).toHaveTextContent('Perubahan menunggu dikirim: 2');
    expect(box).toHaveTextContent(
      'Server menolak perubahan (snippet:salam): hanya pemilik toko yang boleh mengubah katalog, snippet tim dan pengaturan.',
    );
  });

  it('explains a deleted database without suggesting anything was lost', async () => {
    setup();
    await teamStateItem.setValue({
      ...TEAM_OFF,
      status: 'error',
      problem: 'no-database',
      user: 'ani',
      database: 'x',
    });
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent(
        'Database toko tidak ada di server (belum dibuat atau sudah dihapus). Data di browser ini tidak diubah.',
      ),
    );
  });
});

describe('SharedSnippets (which snippets the shop shares)', () => {
  it('marks a snippet tim or pribadi and shows who changed it last', async () => {
    const db = new SigapDb('team-panel-snippets');
    await db.snippets.bulkPut([
      {
        id: 'a',
        title: 'Salam',
        category: 'greeting',
        body: 'Halo',
        trigger: '/salam',
        hotkey: null,
        lang: 'id',
        order: 0,
        useCount: 0,
        updatedAt: 1,
      },
      {
        id: 'b',
        title: 'Refund',
        category: 'sop',
        body: 'Dana',
        trigger: null,
        hotkey: null,
        lang: 'id',
        order: 1,
        useCount: 0,
        updatedAt: 1,
        scope: 'tim',
        updatedBy: 'ani',
      },
    ]);
    render(
      <LangProvider>
        <TeamPanel
          db={db}
          deps={{
            requestOrigin: async () => true,
            connect: async () => TEAM_OFF,
            disconnect: async () => TEAM_OFF,
          }}
        />
      </LangProvider>,
    );
    const salam = await screen.findByRole('checkbox', { name: /Salam \(\/salam\)/ });
    expect(salam).not.toBeChecked();
    expect(screen.getByRole('checkbox', { name: /Refund · terakhir diubah oleh ani/ })).toBeChecked();
    await userEvent.click(salam);
    await waitFor(async () => expect((await db.snippets.get('a'))?.scope).toBe('tim'));
    await db.delete();
  });
});
