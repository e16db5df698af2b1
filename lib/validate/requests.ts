import { checkInteger, checkString, describe, isPlainObject, type Reason } from './checks';

// The small requests the background answers, checked before they reach the database.

/** Snippet ids are `default-<lang>-<trigger>` or generated ones: far below this. */
export const MAX_SNIPPET_ID_LENGTH = 128;

/** Saran asks a handful of queries per buyer burst; the search box one. */
export const MAX_QUERIES = 16;
/** Nobody types more into a search box; a buyer's whole message is cut before it is asked. */
export const MAX_QUERY_LENGTH = 500;
export const MAX_HITS = 50;

export function searchRequestReason(value: unknown): Reason {
  if (!isPlainObject(value)) return `the request is ${describe(value)}, not an object`;
  const { queries, limit } = value;
  if (!Array.isArray(queries)) return `queries is ${describe(queries)}, not an array`;
  if (queries.length === 0 || queries.length > MAX_QUERIES)
    return `queries has ${queries.length} entries (1…${MAX_QUERIES})`;
  for (const [i, query] of queries.entries()) {
    if (typeof query !== 'string') return `query ${i} is ${describe(query)}, not a string`;
    if (query.length > MAX_QUERY_LENGTH)
      return `query ${i} has ${query.length} characters (at most ${MAX_QUERY_LENGTH})`;
  }
  return checkInteger('limit', limit, 1, MAX_HITS);
}

export function snippetIdReason(value: unknown): Reason {
  return checkString('snippet id', value, MAX_SNIPPET_ID_LENGTH);
}
