// The part of PouchDB's API that Sigap uses, typed by hand: DefinitelyTyped's @types/pouchdb-* pull
// in Node typings that break the project's own Buffer/Blob types, and Sigap needs only this much.

declare namespace PouchDB {
  namespace Core {
    type PutDocument<T> = T & { _id: string; _rev?: string; _deleted?: boolean };
    type ExistingDocument<T> = T & { _id: string; _rev: string };
    interface Response {
      ok?: boolean;
      id?: string;
      rev?: string;
      error?: string | boolean;
      reason?: string;
    }
  }
  namespace Configuration {
    interface DatabaseConfiguration {
      adapter?: string;
      skip_setup?: boolean;
      fetch?: (url: string | Request, init?: RequestInit) => Promise<Response>;
      [key: string]: unknown;
    }
    type RemoteDatabaseConfiguration = DatabaseConfiguration;
  }
  namespace Replication {
    interface ChangeInfo {
      direction: 'push' | 'pull';
      change: {
        docs: unknown[];
        docs_read: number;
        docs_written: number;
        pending?: number;
        last_seq?: unknown;
      };
    }
    interface Sync<_T> {
      on(event: 'change', listener: (info: ChangeInfo) => void): this;
      on(event: 'paused', listener: (error?: unknown) => void): this;
      on(event: 'active' | 'complete', listener: () => void): this;
      on(event: 'denied' | 'error', listener: (error: unknown) => void): this;
      cancel(): void;
    }
    /** A one-shot replication: a promise of its result that also emits its progress. */
    interface OneShot extends Promise<ReplicateResult> {
      on(event: 'change', listener: (info: { docs: unknown[]; docs_written: number }) => void): this;
      on(event: 'denied' | 'error', listener: (error: unknown) => void): this;
      cancel(): void;
    }
    interface ReplicateResult {
      ok: boolean;
      docs_read: number;
      docs_written: number;
      doc_write_failures: number;
      errors: unknown[];
    }
    interface SyncOptions {
      live?: boolean;
      retry?: boolean;
      batch_size?: number;
      back_off_function?: (delay: number) => number;
    }
  }
  interface AllDocsRow<T> {
    id: string;
    key: string;
    value: { rev: string; deleted?: boolean };
    doc?: Core.ExistingDocument<T> & { _conflicts?: string[] };
  }
  interface Database {
    get<T = object>(
      id: string,
      options?: { rev?: string; conflicts?: boolean; revs?: boolean; open_revs?: 'all' | string[] },
    ): Promise<Core.ExistingDocument<T>>;
    put<T = object>(doc: Core.PutDocument<T>): Promise<Core.Response>;
    bulkDocs<T = object>(
      docs: Core.PutDocument<T>[],
      options?: { new_edits?: boolean },
    ): Promise<Core.Response[]>;
    allDocs<T = object>(options?: {
      include_docs?: boolean;
      conflicts?: boolean;
      keys?: string[];
      startkey?: string;
      endkey?: string;
    }): Promise<{ total_rows: number; rows: AllDocsRow<T>[] }>;
    info(): Promise<{ doc_count: number; update_seq: number | string; db_name: string }>;
    sync(remote: Database, options?: Replication.SyncOptions): Replication.Sync<object>;
    replicate: {
      from(remote: Database, options?: Replication.SyncOptions): Replication.OneShot;
      to(remote: Database, options?: Replication.SyncOptions): Replication.OneShot;
    };
    close(): Promise<void>;
    destroy(): Promise<void>;
  }
  interface Static {
    new (name: string, options?: Configuration.DatabaseConfiguration): Database;
    plugin(plugin: unknown): Static;
  }
}

declare module 'pouchdb-core' {
  const PouchDB: PouchDB.Static;
  export default PouchDB;
}
declare module 'pouchdb-adapter-idb' {
  const plugin: unknown;
  export default plugin;
}
declare module 'pouchdb-adapter-http' {
  const plugin: unknown;
  export default plugin;
}
declare module 'pouchdb-replication' {
  const plugin: unknown;
  export default plugin;
}
declare module 'pouchdb-adapter-memory' {
  const plugin: unknown;
  export default plugin;
}
