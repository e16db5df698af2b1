import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SAMPLE_CATALOG } from '../catalog/sample';
import { createCatalogIndex } from '../catalog/search';
import { DEFAULT_SCHEDULE } from '../hours/schedule';
import { defaultSnippets } from '../snippets/defaults';
import { buildSaran } from './suggest';

// The demo's promise (issue 8): what the simulators' buyers ask about is in the sample catalog, with
// the variants they name, so a new user sees a right suggestion on the first screen. The buyer
// messages are read from the simulators' own sources, so a conversation added there is checked too.

const SIMULATORS = resolve(import.meta.dirname, '../../tests/e2e/simulators');
const index = createCatalogIndex([...SAMPLE_CATALOG]);
const snippets = defaultSnippets('id');

/** Buyer texts of a simulator source: `b(minutes, '…')`, `message('buyer', '…')`, SimKit's questions. */
function buyerTexts(file: string): string[] {
  const source = readFileSync(resolve(SIMULATORS, file), 'utf8');
  const texts = new Set<string>();
  for (const m of source.matchAll(/\bb\([^,()]+,\s*'([^']+)'/g)) texts.add(m[1]!);
  for (const m of source.matchAll(/message\('buyer',\s*'([^']+)'/g)) texts.add(m[1]!);
  const questions = /const QUESTIONS = \[([\s\S]*?)\];/.exec(source)?.[1] ?? '';
  for (const m of questions.matchAll(/'([^']+)'/g)) texts.add(m[1]!);
  return [...texts];
}

function saranFor(text: string) {
  return buildSaran({
    messages: [{ from: 'buyer', text }],
    search: (q) => index.search(q, 5),
    snippets,
    renderSnippet: (s) => `«${s.trigger}»`,
    lang: 'id',
    now: new Date(2026, 3, 7, 10, 0),
    schedule: DEFAULT_SCHEDULE,
    cutoff: '15:00',
  });
}
const productsOf = (text: string) =>
  (saranFor(text)?.items ?? []).flatMap((i) => (i.kind === 'product' ? [i] : []));

const FILES = [
  'shopee-webchat/app.js',
  'tiktok-chat/app.js',
  'common/sim-kit.js',
  // The old layouts, still served as drift (?sim=drift) and for the classic Tokopedia host.
  'shopee/app.js',
  'tokopedia/app.js',
];

/**
 * Named options a product really lacks, as the conversation itself says: the gamis is all size (the
 * simulator's seller says so), so "gamis ukuran XL" asks for a measurement the catalog cannot give.
 */
const TRULY_MISSING = new Map([['Kak, gamis ukuran XL lingkar dadanya berapa?', ['XL']]]);

describe('the simulators’ buyer messages and the sample catalog', () => {
  it('reads the buyer messages of every simulator', () => {
    for (const file of FILES) expect(buyerTexts(file).length, file).toBeGreaterThanOrEqual(5);
  });

  it('finds every variant a buyer names in the sample catalog', () => {
    const lacking: string[] = [];
    for (const file of FILES)
      for (const text of buyerTexts(file))
        for (const item of productsOf(text)) {
          const missing = item.match?.missing ?? [];
          const expected = TRULY_MISSING.get(text) ?? [];
          if (missing.join() !== expected.join())
            lacking.push(`${file}: "${text}" → ${item.product.sku} lacks ${missing.join(', ')}`);
        }
    expect(lacking).toEqual([]);
  });

  it('suggests the product and the variant the issue’s example asks about', () => {
    const [first] = productsOf('hijab pashmina ceruty yg mocca ready kak?');
    expect(first?.product.sku).toBe('HJB-PSM');
    expect(first?.match?.variants.map((v) => v.sku)).toEqual(['HJB-PSM-MCC']);
    expect(first?.answer).toBe('Hijab Pashmina Ceruty Babydoll — Mocca: Rp35.000, stok 12');
  });

  it('suggests the product each curated product question names, with the variant', () => {
    const cases: [text: string, sku: string][] = [
      ['Siang kak, sepatu sneakers putih ukuran 39 ada?', 'SNK-KNV-PTH-39'],
      ['Kak sneakers pria kanvas casual warna putih ukuran 42 ready?', 'SNK-KNV-PTH-42'],
      ['Kak lipstik matte warna 02 Rosy Pink ready?', 'LPS-MTT-02'],
      ['Madu hutan sumbawa 500 gr ada kak?', 'MDH-HTN-500'],
      ['Keyboard mechanical switch brown masih ada kak?', 'KBD-MCH-BRW'],
    ];
    for (const [text, sku] of cases)
      expect(
        productsOf(text)[0]?.match?.variants.map((v) => v.sku),
        text,
      ).toEqual([sku]);
  });

  it('suggests no product for a late parcel that names none ("katanya" is no product word)', () => {
    expect(productsOf('Gan paket saya belum sampai juga, sudah 4 hari. Katanya estimasi 2 hari')).toEqual([]);
  });
});
