import { catalogVersionItem } from '../../lib/settings';

/**
 * Tells every open sidebar that the catalog changed, so it refetches its snapshot. The options page
 * writes to Dexie directly, so it must announce each write itself (import, undo, edit, delete, sample).
 */
export async function markCatalogChanged(): Promise<void> {
  const previous = await catalogVersionItem.getValue();
  // Strictly increasing even when two writes land within one millisecond.
  await catalogVersionItem.setValue(Math.max(Date.now(), previous + 1));
}
