import { PRODUCT_BUCKETS } from '../db/product-store';
import { checkInteger, checkString, describe, isPlainObject, type Reason } from './checks';

// The small requests the background answers, checked before they reach the database.

/** Snippet ids are `default-<lang>-<trigger>` or generated ones: far below this. */
export const MAX_SNIPPET_ID_LENGTH = 128;

export function catalogPartReason(value: unknown): Reason {
  if (!isPlainObject(value)) return `the request is ${describe(value)}, not an object`;
  // More parts than buckets would only yield empty parts: the sidebar asks for 16.
  return (
    checkInteger('parts', value.parts, 1, PRODUCT_BUCKETS) ??
    checkInteger('part', value.part, 0, (value.parts as number) - 1)
  );
}

export function snippetIdReason(value: unknown): Reason {
  return checkString('snippet id', value, MAX_SNIPPET_ID_LENGTH);
}
