import { describe, expect, it } from 'vitest';
import type { StoredSnippet } from '../db/schema';
import { defaultSnippets } from './defaults';
import { exportFileName, exportSnippets, parseSnippetFile } from './io';

const item = (over: Record<string, unknown> = {}) => ({
  id: 's-1',
  title: 'Ongkir',
  category: 'product',
  body: 'Ongkir ke kota Kakak {isi:Kota} ya.',
  trigger: 'ongkir',
  hotkey: 'Alt+2',
  lang: 'id',
  order: 0,
  ...over,
});
const file = (snippets: unknown[]) => JSON.stringify({ format: 'sigap-snippets', version: 1, snippets });

describe('snippet file', () => {
  it('round-trips the defaults: export then import gives the same snippets, usage counts reset', () => {
    const stored: StoredSnippet[] = defaultSnippets('id').map((s) => ({ ...s, useCount: 7 }));
    const text = exportSnippets(stored, new Date('2026-03-09T10:00:00Z'));
    const parsed = JSON.parse(text);
    expect(parsed.format).toBe('sigap-snippets');
    expect(parsed.version).toBe(1);
    expect(parsed.snippets[0]).not.toHaveProperty('useCount');
    const result = parseSnippetFile(text, 'id', { now: 5 });
    expect(result).toEqual({
      ok: true,
      snippets: stored.map((s) => ({ ...s, useCount: 0, updatedAt: 5 })),
    });
  });

  it('names the file by the local date', () => {
    expect(exportFileName(new Date(2026, 0, 5, 23, 59))).toBe('sigap-snippets-2026-01-05.json');
  });

  it('tidies what it accepts: slash and case of triggers, spelling of hotkeys', () => {
    const result = parseSnippetFile(
      file([item({ trigger: '/Ongkir', hotkey: 'alt+2', title: ' Ongkir ' })]),
      'id',
    );
    expect(result.ok && result.snippets[0]).toMatchObject({
      trigger: 'ongkir',
      hotkey: 'Alt+2',
      title: 'Ongkir',
    });
  });

  it('refuses files that are not Sigap snippet files, in the user language', () => {
    const errorsOf = (text: string, lang: 'id' | 'en' = 'id') => {
      const result = parseSnippetFile(text, lang);
      return result.ok ? [] : result.errors.map((e) => e.message);
    };
    expect(errorsOf('{nope')[0]).toMatch(/^File ini bukan JSON yang valid/);
    expect(errorsOf('{nope', 'en')[0]).toMatch(/^This file is not valid JSON/);
    expect(errorsOf(JSON.stringify({ snippets: [] }))).toEqual([
      'File ini bukan ekspor template Sigap (format harus "sigap-snippets").',
    ]);
    expect(errorsOf(JSON.stringify({ format: 'sigap-snippets', version: 2, snippets: [] }))[0]).toMatch(
      /Versi file 2/,
    );
    expect(errorsOf(file([]))).toEqual(['File tidak berisi template.']);
  });

  it('reports every bad item with its number and field, and returns no snippets', () => {
    const result = parseSnippetFile(
      file([
        item(),
        item({ id: 's-2', trigger: 'ongkir', hotkey: 'Ctrl+V', title: '' }),
        'teks',
        item({ id: 's-1', trigger: 'ada spasi', hotkey: null, category: 'misc', body: 5 }),
        item({ id: 's-5', trigger: null, hotkey: 'Alt+2', lang: 'jw' }),
      ]),
      'id',
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => [e.index, e.field])).toEqual([
      [1, 'title'],
      [1, 'trigger'],
      [1, 'hotkey'],
      [2, null],
      [3, 'body'],
      [4, 'hotkey'],
      [4, 'lang'],
    ]);
    expect(result.errors[1]!.message).toBe(
      'Template ke-2, kolom "trigger": /ongkir sudah dipakai template “Ongkir”.',
    );
    expect(result.errors[3]!.message).toBe('Template ke-3: harus berupa objek.');
    expect(result.errors[4]!.message).toBe('Template ke-4, kolom "body": harus berupa teks.');
  });

  it('checks the rest of an item once its shape is right: bad trigger, unknown category, duplicate id', () => {
    const result = parseSnippetFile(
      file([item(), item({ trigger: 'ada spasi', hotkey: null, category: 'misc' })]),
      'en',
    );
    expect(result.ok ? [] : result.errors.map((e) => `${e.index} ${e.field}`)).toEqual([
      '1 id',
      '1 category',
      '1 trigger',
    ]);
    expect(result.ok ? '' : result.errors[0]!.message).toBe(
      'Template #2, field "id": id "s-1" is also used by template #1.',
    );
  });

  it('refuses a hotkey equal to the focus-search hotkey when told it', () => {
    const result = parseSnippetFile(file([item({ hotkey: 'Alt+K' })]), 'id', { focusSearchHotkey: 'Alt+K' });
    expect(result.ok ? [] : result.errors.map((e) => e.field)).toEqual(['hotkey']);
  });
});
