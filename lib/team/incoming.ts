import * as shape from '../db/backup-shape';
import { checkReplySamples } from '../validate/reply-samples';
import { SETTINGS_KEYS, type SharedSample } from './mapping';
import type { DocKind, Entry } from './types';

// What arrives from the server was written by another browser, or by anyone holding a login: each
// value is checked before it reaches this browser's tables, and one that fails is left out (the
// replicator counts it) instead of breaking the catalog, the snippet list or the report.

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown, max: number) => typeof v === 'string' && v.length <= max;

// The shapes a backup must have (lib/db/backup-shape.ts), for what is shared: a product or snippet
// without this browser's bookkeeping (its time and author come in the entry, never in the value).
const BOOKKEEPING = ['updatedAt', 'updatedBy', 'importId', 'id', 'useCount', 'scope'];
const bare = (v: unknown) => isObject(v) && BOOKKEEPING.every((field) => !(field in v));

function productOk(v: unknown, key: string, at: number): boolean {
  return (
    bare(v) &&
    (v as { sku?: unknown }).sku === key &&
    shape.product({ ...(v as object), updatedAt: at }, 'product') === null
  );
}

function snippetOk(v: unknown, key: string, at: number): boolean {
  return (
    bare(v) && shape.snippet({ ...(v as object), id: key, useCount: 0, updatedAt: at }, 'snippet') === null
  );
}

function settingOk(key: string, v: unknown): boolean {
  return (SETTINGS_KEYS as readonly string[]).includes(key) && shape.SETTING_SHAPES[key]?.(v, key) === null;
}

/** Whether an entry from the mirror is fit to apply to this browser's tables. */
export function incomingOk(kind: DocKind, key: string, entry: Entry, now = Date.now()): boolean {
  if (typeof entry.at !== 'number' || !Number.isFinite(entry.at) || !isText(entry.by, 200)) return false;
  if (entry.del) return kind !== 'sample';
  switch (kind) {
    case 'products':
      return productOk(entry.v, key, entry.at);
    case 'snippet':
      return snippetOk(entry.v, key, entry.at);
    case 'settings':
      return settingOk(key, entry.v);
    case 'sample': {
      const v = entry.v as SharedSample;
      return (
        isObject(v) &&
        v.id === key &&
        checkReplySamples([{ ...v, firstReply: false }], now).valid.length === 1
      );
    }
  }
}
