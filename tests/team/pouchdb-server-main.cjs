// Starts pouchdb-server (the test stand-in for CouchDB) with one fix to the stand-in itself.
//
// pouchdb-validation 4.2, which pouchdb-server uses to run validate_doc_update, overwrites the
// incoming document's `_revisions` with those of the stored document before validating. A write sent
// with `new_edits: false` (how CouchDB replication writes every document) then carries the old
// history and is silently dropped whenever the database has a validate function: an edit replicated
// to the server never arrived (found by lib/team/replicator.test.ts; a plain `_bulk_docs` with curl
// shows it too). Apache CouchDB does not do this. The fix keeps a document's own `_revisions`.
const fs = require('node:fs');
const Module = require('node:module');
const path = require('node:path');

const file = require.resolve('pouchdb-validation');
const BUGGY = 'newDoc._revisions = (oldDoc || {})._revisions;';
const source = fs.readFileSync(file, 'utf8');
if (!source.includes(BUGGY))
  throw new Error('pouchdb-validation changed: review the fix in pouchdb-server-main.cjs');
const fixed = new Module(file, module);
fixed.filename = file;
fixed.paths = Module._nodeModulePaths(path.dirname(file));
fixed._compile(source.replace(BUGGY, `if (!newDoc._revisions) ${BUGGY}`), file);
fixed.loaded = true;
require.cache[file] = fixed;

const bin = require.resolve('pouchdb-server/bin/pouchdb-server');
process.argv = [process.argv[0], bin, ...process.argv.slice(2)];
require(bin);
