import { describe, expect, it } from 'vitest';
import { catalogPartReason, snippetIdReason } from './requests';

describe('catalogPartReason', () => {
  it('accepts the parts the sidebar asks for', () => {
    for (let part = 0; part < 16; part++) expect(catalogPartReason({ part, parts: 16 })).toBeNull();
    expect(catalogPartReason({ part: 0, parts: 1 })).toBeNull();
    expect(catalogPartReason({ part: 255, parts: 256 })).toBeNull();
  });

  it.each([
    [undefined, 'the request is undefined, not an object'],
    [[0, 16], 'the request is an array, not an object'],
    [{ part: 16, parts: 16 }, 'part is 16, outside 0…15'],
    [{ part: -1, parts: 16 }, 'part is -1, outside 0…15'],
    [{ part: 0.5, parts: 16 }, 'part is the number 0.5, not an integer'],
    [{ part: 0, parts: 0 }, 'parts is 0, outside 1…256'],
    [{ part: 0, parts: 1e9 }, 'parts is 1000000000, outside 1…256'],
    [{ part: 0, parts: Number.NaN }, 'parts is NaN, not an integer'],
    [{ part: '0', parts: 16 }, 'part is a string of 1 characters, not an integer'],
  ])('refuses %j: %s', (request, reason) => {
    expect(catalogPartReason(request)).toBe(reason);
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
