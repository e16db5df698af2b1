import { describe, expect, it } from 'vitest';
import type { StoredProduct, StoredReplySample, StoredSnippet } from '../db/schema';
import { contentHash } from './hash';
import { incomingOk } from './incoming';
import {
  kindOf,
  productItems,
  productRow,
  productsDocId,
  sampleDocId,
  sampleRow,
  sampleValue,
  snippetRow,
  snippetValue,
} from './mapping';

const product: StoredProduct = {
  sku: 'KP-01',
  name: 'Kaos Polos',
  price: 45000,
  stock: 3,
  variants: [],
  updatedAt: 10,
  importId: 4,
  updatedBy: 'budi',
};

const snippet: StoredSnippet = {
  id: 's-1',
  title: 'Salam',
  category: 'Sapaan',
  body: '{salam} kak',
  trigger: '/salam',
  hotkey: null,
  lang: 'id',
  order: 2,
  useCount: 17,
  updatedAt: 50,
  scope: 'tim',
};

describe('mapping between rows and team documents', () => {
  it('gives stable ids and knows each kind by its id', () => {
    expect(productsDocId(7)).toBe('products:007');
    expect(kindOf('products:007')).toBe('products');
    expect(kindOf('products:7')).toBeNull();
    expect(kindOf('snippet:s-1')).toBe('snippet');
    expect(kindOf('settings:shop')).toBe('settings');
    expect(kindOf(sampleDocId('budi', 'shopee:c1:1:2'))).toBe('sample');
    expect(kindOf('_design/sigap')).toBeNull();
    expect(kindOf('stranger')).toBeNull();
  });

  it('shares a product without local bookkeeping and gets it back with who and when', () => {
    const items = productItems([product]);
    expect(items['KP-01']).toEqual({
      v: { sku: 'KP-01', name: 'Kaos Polos', price: 45000, stock: 3, variants: [] },
      at: 10,
    });
    const back = productRow('KP-01', { v: items['KP-01']?.v ?? null, at: 99, by: 'ani' });
    expect(back).toEqual({
      sku: 'KP-01',
      name: 'Kaos Polos',
      price: 45000,
      stock: 3,
      variants: [],
      updatedAt: 99,
      updatedBy: 'ani',
    });
  });

  it('shares a snippet without its use count; the row keeps this browser’s count', () => {
    const v = snippetValue(snippet);
    expect(v).not.toHaveProperty('useCount');
    expect(v).not.toHaveProperty('scope');
    const row = snippetRow('s-1', { v, at: 60, by: 'ani' }, { ...snippet, useCount: 3 });
    expect(row).toMatchObject({ id: 's-1', useCount: 3, scope: 'tim', updatedAt: 60, updatedBy: 'ani' });
    // The same content hashes the same whatever its fields' order.
    expect(contentHash(v)).toBe(contentHash({ ...v }));
    expect(contentHash({ a: 1, b: 2 })).toBe(contentHash({ b: 2, a: 1 }));
  });

  it('keeps another agent’s sample apart from this browser’s own', () => {
    const sample: StoredReplySample = {
      id: 'shopee:c1:1000:2000',
      marketplace: 'shopee',
      conversationId: 'c1',
      buyerAt: 1000,
      replyAt: 2000,
      latencyMs: 1000,
      latencyWithinHoursMs: null,
      firstReply: true,
    };
    const v = sampleValue(sample);
    expect(v).not.toHaveProperty('firstReply');
    expect(sampleRow('budi', { v, at: 2000, by: 'budi' }, 'ani')).toMatchObject({
      id: 'shopee:c1:1000:2000@budi',
      agent: 'budi',
    });
    expect(sampleRow('ani', { v, at: 2000, by: 'ani' }, 'ani')).not.toHaveProperty('agent');
  });

  it('checks what arrives from the server before it is applied', () => {
    const ok = { v: { sku: 'A', name: 'A', price: 1, stock: null, variants: [] }, at: 1, by: 'ani' };
    expect(incomingOk('products', 'A', ok)).toBe(true);
    expect(incomingOk('products', 'B', ok)).toBe(false);
    expect(incomingOk('products', 'A', { ...ok, v: { ...ok.v, price: -1 } })).toBe(false);
    expect(incomingOk('products', 'A', { ...ok, at: Number.NaN })).toBe(false);
    expect(incomingOk('snippet', 's', { v: { ...snippetValue(snippet), lang: 'xx' }, at: 1, by: 'a' })).toBe(
      false,
    );
    expect(incomingOk('settings', 'answerTemplate', { v: 'Hi {nama}', at: 1, by: 'a' })).toBe(true);
    expect(incomingOk('settings', 'evil', { v: 'x', at: 1, by: 'a' })).toBe(false);
    expect(incomingOk('sample', 'x', { v: null, at: 1, by: 'a', del: true })).toBe(false);
    // The same shapes as a backup's: optional fields, this browser's bookkeeping, nested settings.
    expect(incomingOk('snippet', 's', { v: snippetValue(snippet), at: 1, by: 'a' })).toBe(true);
    expect(incomingOk('products', 'A', { ...ok, v: { ...ok.v, tags: [1] } })).toBe(false);
    expect(incomingOk('products', 'A', { ...ok, v: { ...ok.v, importId: 3 } })).toBe(false);
    expect(incomingOk('products', 'A', { ...ok, v: { ...ok.v, evil: true } })).toBe(false);
    const hours = { days: [[], [], [], [], [], [], []], holidays: [] };
    expect(incomingOk('settings', 'hours', { v: hours, at: 1, by: 'a' })).toBe(true);
    expect(
      incomingOk('settings', 'hours', { v: { ...hours, days: [1, 2, 3, 4, 5, 6, 7] }, at: 1, by: 'a' }),
    ).toBe(false);
    expect(incomingOk('settings', 'shopName', { v: 'x', at: 1, by: 'a' })).toBe(false);
  });
});
