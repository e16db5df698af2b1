// Starts the test stand-in for CouchDB: express-pouchdb (the HTTP layer of pouchdb-server, in its
// full-CouchDB mode: _users, _security, _session, _config, validate_doc_update) over an in-memory
// PouchDB, on the host and port given as arguments. It is what `pouchdb-server --in-memory` runs,
// without that package's command line and its LevelDB and SQLite back ends (why: lib/team/README.md).
//
// One fix to the stand-in itself: pouchdb-validation 4.2, which runs validate_doc_update, overwrites
// the incoming document's `_revisions` with those of the stored document before validating. A write
// sent with `new_edits: false` (how CouchDB replication writes every document) then carries the old
// history and is silently dropped whenever the database has a validate function: an edit replicated
// to the server never arrived (found by lib/team/replicator.test.ts; a plain `_bulk_docs` with curl
// shows it too). Apache CouchDB does not do this. The fix keeps a document's own `_revisions`.
const fs = require('node:fs');
const http = require('node:http');
const Module = require('node:module');
const path = require('node:path');

const file = require.resolve('pouchdb-validation');
const BUGGY = 'newDoc._revisions = (oldDoc || {})._revisions;';
const source = fs.readFileSync(file, 'utf8');
if (!source.includes(BUGGY))
  throw new Error('pouchdb-validation changed: review the fix in couch-server-main.cjs');
const fixed = new Module(file, module);
fixed.filename = file;
fixed.paths = Module._nodeModulePaths(path.dirname(file));
fixed._compile(source.replace(BUGGY, `if (!newDoc._revisions) ${BUGGY}`), file);
fixed.loaded = true;
require.cache[file] = fixed;

const [host, port] = process.argv.slice(2);
if (!host || !/^\d+$/.test(port ?? '')) throw new Error('usage: couch-server-main.cjs HOST PORT');

// The same plugins pouchdb-server 4.2 gives its PouchDB (lib/index.js there), with the memory
// adapter its --in-memory flag adds; from PouchDB 9, the project's own, where pouchdb-server nested 7.x.
const PouchDB = require('pouchdb-core')
  .plugin(require('pouchdb-adapter-http'))
  .plugin(require('pouchdb-replication'))
  .plugin(require('pouchdb-mapreduce'))
  .plugin(require('pouchdb-adapter-memory'));

const app = require('express-pouchdb')({
  mode: 'fullCouchDB',
  // The config (admins among it) lives as long as the process, like the databases.
  inMemoryConfig: true,
  logPath: path.join(process.cwd(), 'log.txt'),
});
app.setPouchDB(PouchDB.defaults({ prefix: process.cwd() + path.sep }));
http.createServer(app).listen(Number(port), host);
