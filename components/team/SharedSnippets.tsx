import { useLiveQuery } from 'dexie-react-hooks';
import type { SigapDb } from '../../lib/db/schema';
import { setSnippetScope } from '../../lib/db/snippet-edit';
import { isTeamSnippet } from '../../lib/team/mapping';
import { useT } from '../i18n';
import { teamMessages as m } from './messages';

// Which snippets this browser shares with the shop (tim) and which stay here (pribadi). Only the
// owner's choice reaches the other browsers: the server refuses an agent's team snippets.

export function SharedSnippets({ db }: { db: SigapDb }) {
  const t = useT();
  const snippets = useLiveQuery(() => db.snippets.orderBy('order').toArray(), [db]);
  if (!snippets || snippets.length === 0) return null;
  return (
    <fieldset className="team-snippets">
      <legend>{t(m.sharedSnippets)}</legend>
      <p>{t(m.sharedSnippetsHelp)}</p>
      {snippets.map((s) => (
        <p key={s.id}>
          <label>
            <input
              type="checkbox"
              checked={isTeamSnippet(s)}
              onChange={(e) => void setSnippetScope(db, s.id, e.target.checked ? 'tim' : 'pribadi')}
            />{' '}
            {s.title}
            {s.trigger ? ` (${s.trigger})` : ''}
            {s.updatedBy ? ` · ${t(m.changedBy, { user: s.updatedBy })}` : ''}
          </label>
        </p>
      ))}
    </fieldset>
  );
}
