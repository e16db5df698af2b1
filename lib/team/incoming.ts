import type { Product } from '../catalog/types';
import { checkReplySamples } from '../validate/reply-samples';
import type { SharedSample, SharedSnippet } from './mapping';
import type { DocKind, Entry } from './types';

// What arrives from the server was written by another browser, or by anyone holding a login: each
// value is checked before it reaches this browser's tables, and one that fails is left out (the
// replicator counts it) instead of breaking the catalog, the snippet list or the report.

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown, max: number) => typeof v === 'string' && v.length <= max;
const isCount = (v: unknown) => typeof v === 'number' && Number.isFinite(v) && v >= 0;

function productOk(v: unknown, key: string): v is Product {
  if (!isObject(v) || v.sku !== key || !isText(v.sku, 200) || !isText(v.name, 1000)) return false;
  if (!isCount(v.price) || !(v.stock === null || isCount(v.stock))) return false;
  return Array.isArray(v.variants) && v.variants.every((x) => isObject(x) && isText(x.sku, 200));
}

function snippetOk(v: unknown): v is SharedSnippet {
  if (!isObject(v)) return false;
  return (
    isText(v.title, 500) &&
    isText(v.category, 200) &&
    isText(v.body, 20000) &&
    (v.trigger === null || isText(v.trigger, 100)) &&
    (v.hotkey === null || isText(v.hotkey, 100)) &&
    (v.lang === 'id' || v.lang === 'en') &&
    typeof v.order === 'number' &&
    Number.isFinite(v.order)
  );
}

function settingOk(key: string, v: unknown): boolean {
  if (key === 'answerTemplate') return isText(v, 5000);
  if (key === 'replyTargets') return isObject(v) && isCount(v.dueMs) && isCount(v.overdueMs);
  if (key === 'hours') return isObject(v) && Array.isArray(v.days) && v.days.length === 7;
  return false;
}

/** Whether an entry from the mirror is fit to apply to this browser's tables. */
export function incomingOk(kind: DocKind, key: string, entry: Entry, now = Date.now()): boolean {
  if (typeof entry.at !== 'number' || !Number.isFinite(entry.at) || !isText(entry.by, 200)) return false;
  if (entry.del) return kind !== 'sample';
  switch (kind) {
    case 'products':
      return productOk(entry.v, key);
    case 'snippet':
      return snippetOk(entry.v);
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
