import { describe, expect, it } from 'vitest';
import { refusalCode, VALIDATE_DOC_UPDATE } from './validate-doc';

type Validate = (newDoc: object, oldDoc: object | null, userCtx: object) => void;
// The very text the server runs, evaluated the way CouchDB does (a function expression).
const validate = new Function(`return (${VALIDATE_DOC_UPDATE});`)() as Validate;

const owner = { name: 'ani', roles: ['owner'] };
const agent = { name: 'budi', roles: ['agent'] };
const admin = { name: 'admin', roles: ['_admin'] };
const stranger = { name: 'eve', roles: [] };

function refusal(newDoc: object, oldDoc: object | null, ctx: object): string | null {
  try {
    validate(newDoc, oldDoc, ctx);
    return null;
  } catch (error) {
    return refusalCode((error as { forbidden?: string }).forbidden);
  }
}

const snippet = { _id: 'snippet:s-1', kind: 'snippet', items: {} };
const products = { _id: 'products:007', kind: 'products', items: {} };
const settings = { _id: 'settings:shop', kind: 'settings', items: {} };
const budiSample = { _id: 'sample:budi:x1', kind: 'sample', items: {} };

describe('validate_doc_update (roles enforced by the server)', () => {
  it('lets the owner write the catalog, team snippets and settings', () => {
    expect(refusal(snippet, null, owner)).toBeNull();
    expect(refusal(products, null, owner)).toBeNull();
    expect(refusal(settings, { ...settings }, owner)).toBeNull();
    expect(refusal({ ...snippet, _deleted: true }, snippet, owner)).toBeNull();
    expect(refusal(products, null, admin)).toBeNull();
  });

  it('refuses an agent every write to the catalog, team snippets and settings, deletes too', () => {
    expect(refusal(snippet, null, agent)).toBe('owner-only');
    expect(refusal(snippet, snippet, agent)).toBe('owner-only');
    expect(refusal({ ...snippet, _deleted: true }, snippet, agent)).toBe('owner-only');
    expect(refusal(products, null, agent)).toBe('owner-only');
    expect(refusal(settings, null, agent)).toBe('owner-only');
    expect(refusal(snippet, null, stranger)).toBe('owner-only');
  });

  it('lets an agent add its own samples only, and never change or delete one', () => {
    expect(refusal(budiSample, null, agent)).toBeNull();
    expect(refusal({ ...budiSample, _id: 'sample:ani:x1' }, null, agent)).toBe('not-your-sample');
    expect(refusal(budiSample, budiSample, agent)).toBe('append-only');
    expect(refusal({ ...budiSample, _deleted: true }, budiSample, agent)).toBe('append-only');
    expect(refusal({ ...budiSample, kind: 'products' }, null, agent)).toBe('bad-shape');
  });

  it('refuses documents Sigap does not know and design documents from anyone but an admin', () => {
    expect(refusal({ _id: 'whatever', items: {} }, null, owner)).toBe('unknown-doc');
    expect(refusal({ _id: 'snippet:x', kind: 'products', items: {} }, null, owner)).toBe('bad-shape');
    expect(refusal({ _id: '_design/evil' }, null, owner)).toBe('admin-only');
    expect(refusal({ _id: '_design/sigap' }, null, admin)).toBeNull();
  });

  it('reads the refusal code out of a server reason', () => {
    expect(refusalCode('sigap:owner-only')).toBe('owner-only');
    expect(refusalCode('something else')).toBeNull();
    expect(refusalCode(undefined)).toBeNull();
  });
});
