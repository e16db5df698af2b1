import type { Product } from '../catalog/types';
import type { StoredProduct, StoredReplySample, StoredSnippet } from '../db/schema';
import type { Schedule } from '../hours/schedule';
import type { ReplyTargets } from '../reply-clock/clock';
import type { DocKind, Entry, LocalItems } from './types';

// Pure mapping between this browser's rows and the team documents. Ids are stable across browsers:
// a product bucket by its number (the SKU hash of lib/db/product-store.ts), a snippet by its own id,
// the shop's settings as one document, a reply sample by the agent who recorded it and its own id.
// Private snippets have no mapping: they are never turned into a document.

export const SETTINGS_DOC_ID = 'settings:shop';

export function productsDocId(bucket: number): string {
  return `products:${String(bucket).padStart(3, '0')}`;
}

export function snippetDocId(id: string): string {
  return `snippet:${id}`;
}

export function sampleDocId(agent: string, id: string): string {
  return `sample:${agent}:${id}`;
}

/** The kind a document id names, or null for an id Sigap does not write (design docs, strangers). */
export function kindOf(docId: string): DocKind | null {
  const prefix = docId.slice(0, docId.indexOf(':'));
  if (prefix === 'products' && /^products:\d{3}$/.test(docId)) return 'products';
  if (prefix === 'snippet' && docId.length > 'snippet:'.length) return 'snippet';
  if (docId === SETTINGS_DOC_ID) return 'settings';
  if (prefix === 'sample' && /^sample:[^:]+:.+$/.test(docId)) return 'sample';
  return null;
}

/** The agent a sample document belongs to. */
export function sampleAgent(docId: string): string {
  return docId.split(':')[1] ?? '';
}

// ── products ──────────────────────────────────────────────────────────────────────────────────

/** A product as shared: no local bookkeeping (import id, who changed it), its time in the stamp. */
export function productValue(row: StoredProduct): Product {
  const { updatedAt: _at, importId: _import, updatedBy: _by, ...product } = row;
  return product;
}

export function productItems(rows: readonly StoredProduct[]): LocalItems {
  const items: LocalItems = {};
  for (const row of rows) items[row.sku] = { v: productValue(row), at: row.updatedAt };
  return items;
}

export function productRow(sku: string, entry: Entry): StoredProduct {
  return { ...(entry.v as Product), sku, updatedAt: entry.at, updatedBy: entry.by };
}

// ── snippets ──────────────────────────────────────────────────────────────────────────────────

/** What a team snippet shares: not its use count (each agent's own) nor its scope (always tim). */
export type SharedSnippet = Pick<
  StoredSnippet,
  'title' | 'category' | 'body' | 'trigger' | 'hotkey' | 'lang' | 'order'
>;

export function isTeamSnippet(row: Pick<StoredSnippet, 'scope'>): boolean {
  return row.scope === 'tim';
}

export function snippetValue(row: StoredSnippet): SharedSnippet {
  const { title, category, body, trigger, hotkey, lang, order } = row;
  return { title, category, body, trigger, hotkey, lang, order };
}

/** The team snippet as this browser stores it, keeping this browser's own use count. */
export function snippetRow(id: string, entry: Entry, existing?: StoredSnippet): StoredSnippet {
  return {
    ...(entry.v as SharedSnippet),
    id,
    useCount: existing?.useCount ?? 0,
    updatedAt: entry.at,
    updatedBy: entry.by,
    scope: 'tim',
  };
}

// ── settings ──────────────────────────────────────────────────────────────────────────────────

export interface SharedSettings {
  hours: Schedule;
  replyTargets: ReplyTargets;
  answerTemplate: string;
}

export const SETTINGS_KEYS = ['hours', 'replyTargets', 'answerTemplate'] as const;

/** Settings keep no time of change: the reconcile stamps a changed one with the time it sees it. */
export function settingsItems(settings: SharedSettings): LocalItems {
  const items: LocalItems = {};
  for (const key of SETTINGS_KEYS) items[key] = { v: settings[key], at: 0 };
  return items;
}

// ── reply samples ─────────────────────────────────────────────────────────────────────────────

/**
 * A sample as shared: the agent is in the document id, not repeated in the value, and the first-reply
 * mark is left out because each browser settles it over all the samples it holds of a conversation.
 */
export type SharedSample = Omit<StoredReplySample, 'agent' | 'firstReply'>;

export function sampleValue(row: StoredReplySample): SharedSample {
  const { agent: _agent, firstReply: _first, ...sample } = row;
  return sample;
}

/**
 * Another agent's sample gets its own local id, so two agents who saw the same reply keep a sample
 * each (the per-agent report counts both); this browser's own samples keep their ids.
 */
export function sampleRowId(agent: string, id: string, me: string): string {
  return agent === me ? id : `${id}@${agent}`;
}

export function sampleRow(agent: string, entry: Entry, me: string): StoredReplySample {
  const sample = { ...(entry.v as SharedSample), firstReply: false };
  return agent === me ? sample : { ...sample, id: sampleRowId(agent, sample.id, me), agent };
}
