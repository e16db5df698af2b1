import http from 'pouchdb-adapter-http';
import idb from 'pouchdb-adapter-idb';
import PouchDB from 'pouchdb-core';
import replication from 'pouchdb-replication';

// The PouchDB the background uses: the IndexedDB adapter for the local mirror, HTTP for the server,
// and replication. No map/reduce or Mango: Sigap reads the mirror by id only. (~37 kB gzipped in the
// background bundle, nothing in the content script or the sidebar; lib/team/README.md.)
PouchDB.plugin(idb).plugin(http).plugin(replication);

export const MIRROR_ADAPTER = 'idb';
export { PouchDB };
