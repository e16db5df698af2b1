// Sigap's stand-in for `pouchdb-changes-filter`, which pouchdb-core installs by itself. That module
// compiles design-document filters and views given as strings with `Function` (pouchdb-utils'
// scopeEval): code from the server run in the extension, which `web-ext lint` reports as
// DANGEROUS_EVAL and a store reviewer rightly asks about. Sigap's replication never passes a named
// filter, a view or a selector (lib/team/replicator.ts reads the mirror by id), so the build aliases
// the module to this one (wxt.config.ts): those options are refused with a clear error instead of
// compiled. Filters given as functions never reach this plugin; PouchDB's adapters apply them.

interface ChangesOptions {
  filter?: unknown;
  view?: unknown;
  selector?: unknown;
  complete?: (error: Error | null, result?: unknown) => void;
}

interface PouchWithFilterPlugin {
  _changesFilterPlugin?: unknown;
}

export const STRING_FILTER_REFUSED =
  'Sigap does not run server-defined filters, views or selectors (no code from the server is compiled)';

function refused(opts: ChangesOptions): Error | null {
  return typeof opts.filter === 'string' || opts.view !== undefined || opts.selector !== undefined
    ? new Error(STRING_FILTER_REFUSED)
    : null;
}

export default function applyChangesFilterPlugin(PouchDB: PouchWithFilterPlugin): void {
  PouchDB._changesFilterPlugin = {
    validate(opts: ChangesOptions, callback: (error: Error | null) => void) {
      callback(refused(opts));
    },
    normalize() {},
    // Validation already refused every option that would need this plugin's filtering.
    shouldFilter: () => false,
    filter(_changes: unknown, opts: ChangesOptions) {
      opts.complete?.(refused(opts) ?? new Error(STRING_FILTER_REFUSED));
    },
  };
}
