import { type FormEvent, useId, useState } from 'react';
import { browser } from 'wxt/browser';
import type { SigapDb } from '../../lib/db/schema';
import { backgroundMessenger } from '../../lib/messaging';
import { normaliseServerUrl, originPattern, type TeamConfig } from '../../lib/team/connection';
import { TEAM_OFF, type TeamState, teamStateItem } from '../../lib/team/state';
import { useLang, useT } from '../i18n';
import { useStorageItem } from '../use-storage-item';
import { teamMessages as m } from './messages';
import { SharedSnippets } from './SharedSnippets';

// Pengaturan › Tim: where the owner and each agent connect this browser to the shop's CouchDB.
// The host permission for the server's one origin is asked for here, on the click (the browser
// wants a user gesture); the background does the rest and reports its state through storage.

export interface TeamPanelDeps {
  requestOrigin(pattern: string): Promise<boolean>;
  connect(config: TeamConfig): Promise<TeamState>;
  disconnect(): Promise<TeamState>;
}

const realDeps: TeamPanelDeps = {
  requestOrigin: (pattern) => browser.permissions.request({ origins: [pattern] }),
  connect: (config) => backgroundMessenger.sendMessage('teamConnect', config),
  disconnect: () => backgroundMessenger.sendMessage('teamDisconnect', undefined),
};

type Messages = typeof m;
const msg = (key: string): Messages[keyof Messages] | undefined =>
  (m as Record<string, Messages[keyof Messages]>)[key];

export function TeamPanel({ db, deps = realDeps }: { db?: SigapDb; deps?: TeamPanelDeps }) {
  const t = useT();
  const lang = useLang();
  const state = useStorageItem(teamStateItem, TEAM_OFF);
  const ids = { url: useId(), database: useId(), user: useId(), password: useId() };
  const [form, setForm] = useState<TeamConfig>({ url: '', database: '', username: '', password: '' });
  const [note, setNote] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function onConnect(event: FormEvent) {
    event.preventDefault();
    setNote(null);
    const url = normaliseServerUrl(form.url);
    if (!url) {
      setNote(t(m['problem_bad-url']));
      return;
    }
    setBusy(true);
    try {
      const pattern = originPattern(url);
      if (!(await deps.requestOrigin(pattern))) {
        setNote(t(m.permissionDenied, { origin: new URL(url).origin }));
        return;
      }
      await deps.connect({ ...form, url });
      setForm((f) => ({ ...f, password: '' }));
    } finally {
      setBusy(false);
    }
  }

  async function onDisconnect() {
    setBusy(true);
    try {
      await deps.disconnect();
      setNote(t(m.disconnected));
    } finally {
      setBusy(false);
    }
  }

  const field = (key: keyof TeamConfig, label: string, type = 'text') => (
    <p>
      <label htmlFor={ids[key === 'username' ? 'user' : key]}>{label}</label>
      <input
        id={ids[key === 'username' ? 'user' : key]}
        type={type}
        value={form[key]}
        autoComplete={type === 'password' ? 'current-password' : 'off'}
        onChange={(e) => setForm({ ...form, [key]: e.target.value })}
      />
    </p>
  );

  const problem = state.problem ? msg(`problem_${state.problem}`) : undefined;
  const refusedWhy = state.refused ? (msg(`refused_${state.refused.code}`) ?? m.refused_other) : undefined;
  const time = (at: number) =>
    new Date(at).toLocaleString(lang === 'id' ? 'id-ID' : 'en-GB', {
      dateStyle: 'short',
      timeStyle: 'medium',
    });

  return (
    <section aria-labelledby="team-title" className="team-panel">
      <h2 id="team-title">{t(m.title)}</h2>
      <p>{t(m.intro)}</p>
      <form onSubmit={onConnect}>
        {field('url', t(m.url))}
        {field('database', t(m.database))}
        {field('username', t(m.user))}
        {field('password', t(m.password), 'password')}
        <p>
          <button type="submit" disabled={busy}>
            {t(m.connect)}
          </button>{' '}
          <button type="button" disabled={busy || state.status === 'off'} onClick={onDisconnect}>
            {t(m.disconnect)}
          </button>
        </p>
      </form>
      <div role="status" aria-label={t(m.statusLabel)} data-testid="team-state">
        <p>
          <strong>{t(m[`status_${state.status}`])}</strong>
          {state.user && state.role && state.database
            ? ` · ${t(m.who, { user: state.user, role: t(m[`role_${state.role}`]), database: state.database })}`
            : null}
        </p>
        {problem ? <p role="alert">{t(problem)}</p> : null}
        {state.status !== 'off' ? (
          <>
            <p>{t(m.lastSync, { time: state.lastSyncAt ? time(state.lastSyncAt) : t(m.never) })}</p>
            <p>{t(m.pending, { count: state.pending })}</p>
            <p>{t(m.received, { count: state.received })}</p>
          </>
        ) : null}
        {state.refused && refusedWhy ? (
          <p role="alert">{t(m.refused, { doc: state.refused.docId, why: t(refusedWhy) })}</p>
        ) : null}
        {state.keptLocal > 0 ? <p>{t(m.keptLocal, { count: state.keptLocal })}</p> : null}
        {state.badIncoming > 0 ? <p>{t(m.badIncoming, { count: state.badIncoming })}</p> : null}
        {state.blockedByPrivate > 0 ? (
          <p>{t(m.blockedByPrivate, { count: state.blockedByPrivate })}</p>
        ) : null}
        {note ? <p>{note}</p> : null}
      </div>
      {db ? <SharedSnippets db={db} /> : null}
    </section>
  );
}
