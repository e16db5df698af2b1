// The server's own guard: CouchDB runs this `validate_doc_update` on every write to the shop's
// database, replication included, so a login's role is enforced by the server and not only hidden
// in Sigap's UI. Kept as ES5 source text: CouchDB evaluates it in its own JavaScript engine (older
// releases' SpiderMonkey knows no arrow functions or `let`). Unit-tested by evaluating the same text.
//
// owner (or a server admin): may write the catalog, team snippets and the shop's settings.
// agent: may only add reply samples under its own login; a sample, once written, never changes.
// The refusal reasons start with a code the replicator turns into a message in the user's language.

export const DESIGN_DOC_ID = '_design/sigap';

export const VALIDATE_DOC_UPDATE = `function (newDoc, oldDoc, userCtx) {
  var roles = userCtx.roles || [];
  var admin = roles.indexOf('_admin') !== -1;
  var owner = admin || roles.indexOf('owner') !== -1;
  var id = newDoc._id || '';
  if (id.indexOf('_design/') === 0) {
    if (!admin) throw({ forbidden: 'sigap:admin-only' });
    return;
  }
  var kind = id.slice(0, id.indexOf(':'));
  if (kind === 'sample') {
    var agent = id.split(':')[1];
    if (!owner && agent !== userCtx.name) throw({ forbidden: 'sigap:not-your-sample' });
    if (newDoc._deleted) {
      if (!owner) throw({ forbidden: 'sigap:append-only' });
      return;
    }
    if (oldDoc && !oldDoc._deleted && !owner) throw({ forbidden: 'sigap:append-only' });
    if (newDoc.kind !== 'sample' || typeof newDoc.items !== 'object') throw({ forbidden: 'sigap:bad-shape' });
    return;
  }
  if (kind !== 'products' && kind !== 'snippet' && id !== 'settings:shop') throw({ forbidden: 'sigap:unknown-doc' });
  if (!owner) throw({ forbidden: 'sigap:owner-only' });
  if (!newDoc._deleted && (newDoc.kind !== kind || typeof newDoc.items !== 'object')) throw({ forbidden: 'sigap:bad-shape' });
}`;

/** The refusal code in a server's reason ("sigap:owner-only"), or null for any other reason. */
export function refusalCode(reason: unknown): string | null {
  const text = typeof reason === 'string' ? reason : '';
  const match = /sigap:([a-z-]+)/.exec(text);
  return match ? (match[1] ?? null) : null;
}
