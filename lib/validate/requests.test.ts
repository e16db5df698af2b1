import { describe, expect, it } from 'vitest';
import { searchRequestReason, snippetIdReason } from './requests';

describe('searchRequestReason', () => {
  it('accepts what the search box and Saran ask', () => {
    expect(searchRequestReason({ queries: ['kaos polos'], limit: 20 })).toBeNull();
    expect(searchRequestReason({ queries: Array(16).fill('x'), limit: 5 })).toBeNull();
    expect(searchRequestReason({ queries: [''], limit: 1 })).toBeNull();
  });

  it.each([
    [undefined, 'the request is undefined, not an object'],
    [['kaos'], 'the request is an array, not an object'],
    [{ queries: 'kaos', limit: 5 }, 'queries is a string of 4 characters, not an array'],
    [{ queries: [], limit: 5 }, 'queries has 0 entries (1…16)'],
    [{ queries: Array(17).fill('x'), limit: 5 }, 'queries has 17 entries (1…16)'],
    [{ queries: [7], limit: 5 }, 'query 0 is the number 7, not a string'],
    [{ queries: ['ok', 'x'.repeat(2_000_000)], limit: 5 }, 'query 1 has 2000000 characters (at most 500)'],
    [{ queries: ['kaos'], limit: 0 }, 'limit is 0, outside 1…50'],
    [{ queries: ['kaos'], limit: 1e9 }, 'limit is 1000000000, outside 1…50'],
    [{ queries: ['kaos'], limit: Number.NaN }, 'limit is NaN, not an integer'],
  ])('refuses %j: %s', (request, reason) => {
    expect(searchRequestReason(request)).toBe(reason);
  });
});

describe('snippetIdReason', () => {
  it('accepts a default id and refuses what is no id', () => {
    expect(snippetIdReason('default-id-salam')).toBeNull();
    expect(snippetIdReason('')).toBe('snippet id is empty');
    expect(snippetIdReason(7)).toBe('snippet id is the number 7, not a string');
    expect(snippetIdReason('x'.repeat(129))).toBe('snippet id has 129 characters (at most 128)');
  });
});
