import type { SigapDb } from '../../lib/db/schema';

// The Katalog section of the options page: import a file, then browse and edit what is stored.
export function CatalogSection({ db: _db }: { db: SigapDb }) {
  return <div className="catalog" />;
}
