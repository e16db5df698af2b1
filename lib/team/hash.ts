import type { Entry } from './types';

// A stable hash of a JSON value: object keys sorted, undefined fields dropped, so the same content
// hashes the same in every browser whatever order its fields were written in.

export function stableJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record)
    .filter((k) => record[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${stableJson(record[k])}`).join(',')}}`;
}

/** Two 32-bit FNV-1a passes with different seeds: collisions stay out of reach for a shop's catalog. */
export function contentHash(value: unknown): string {
  const text = stableJson(value);
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  return `${(a >>> 0).toString(36)}.${(b >>> 0).toString(36)}`;
}

/** The hash of an entry's content (not its stamp): a tombstone hashes as one fixed value. */
export function entryHash(entry: Pick<Entry, 'v' | 'del'>): string {
  return entry.del ? 'del' : contentHash(entry.v);
}
