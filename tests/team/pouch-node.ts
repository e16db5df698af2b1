import http from 'pouchdb-adapter-http';
import memory from 'pouchdb-adapter-memory';
import PouchDB from 'pouchdb-core';
import replication from 'pouchdb-replication';

// PouchDB for Node tests: the mirror in memory (it outlives a replicator within the process, as the
// extension's IndexedDB mirror outlives a stopped service worker), HTTP and replication as in the
// extension (lib/team/pouch.ts).
PouchDB.plugin(memory).plugin(http).plugin(replication);

export { PouchDB };
