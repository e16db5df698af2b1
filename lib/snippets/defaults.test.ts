import { describe, expect, it } from 'vitest';
import { LANGS } from '../i18n';
import { defaultSnippets } from './defaults';
import { fieldsOf, renderSnippet } from './render';

describe('defaultSnippets', () => {
  it.each(LANGS)('%s: every category, unique triggers and hotkeys, renders without raw variables', (lang) => {
    const list = defaultSnippets(lang);
    expect(new Set(list.map((s) => s.category))).toEqual(
      new Set(['greeting', 'need', 'product', 'sop', 'away', 'closing']),
    );
    const triggers = list.map((s) => s.trigger);
    expect(new Set(triggers).size).toBe(triggers.length);
    const hotkeys = list.flatMap((s) => (s.hotkey ? [s.hotkey] : []));
    expect(new Set(hotkeys).size).toBe(hotkeys.length);
    for (const s of list) {
      const fields = Object.fromEntries(fieldsOf(s.body).map((f) => [f, 'X']));
      const out = renderSnippet(s.body, {
        now: new Date(2026, 10, 24, 9),
        buyerName: 'Rina',
        shopName: 'Toko',
        hours: '08.00–21.00',
        product: { sku: 'a', name: 'Kaos', price: 1000, stock: 1, variants: [] },
        fields,
      });
      expect(out.text, s.title).not.toMatch(/\{[a-z_:]/i);
      expect(out.missing, s.title).toEqual([]);
    }
  });

  it.each(LANGS)(
    '%s: Alt+G greets, Alt+C closes, Alt+1… pin answers; nothing sends the buyer off-platform',
    (lang) => {
      const list = defaultSnippets(lang);
      expect(list.find((s) => s.hotkey === 'Alt+G')?.category).toBe('greeting');
      expect(list.find((s) => s.hotkey === 'Alt+C')?.category).toBe('closing');
      const pinned = list.map((s) => s.hotkey).filter((k) => k != null && /^Alt\+[1-9]$/.test(k));
      expect(pinned.sort()).toEqual(['Alt+1', 'Alt+2', 'Alt+3']);
      for (const s of list)
        expect(s.body, s.title).not.toMatch(
          /whats ?app|\bwa\b|telegram|line@|nomor hp|phone number|transfer/i,
        );
    },
  );

  it('has the triggers the issue names', () => {
    expect(defaultSnippets('id').map((s) => s.trigger)).toEqual(
      expect.arrayContaining([
        'salam',
        'bantu',
        'rusak',
        'salahkirim',
        'telat',
        'refund',
        'habis',
        'japri',
        'tutup',
        'makasih',
      ]),
    );
  });
});
