import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCatalogFile } from '../../lib/catalog/import';
import { detectLayout } from './detect-layout';

async function layoutOf(name: string) {
  const bytes = new Uint8Array(readFileSync(`tests/fixtures/catalog/${name}`));
  return detectLayout(await parseCatalogFile(name, bytes));
}

describe('detectLayout', () => {
  it('recognises the Shopee and Tokopedia fixtures and calls anything else generic', async () => {
    expect(await layoutOf('shopee-mass-update.csv')).toBe('shopee');
    expect(await layoutOf('shopee-mass-update.xlsx')).toBe('shopee');
    expect(await layoutOf('tokopedia-export.csv')).toBe('tokopedia');
    expect(await layoutOf('bom-english.csv')).toBe('generic');
    expect(await layoutOf('problems.csv')).toBe('generic');
    expect(await layoutOf('shopee-mass-update-sales-info.xlsx')).toBe('shopee-mass-update');
    expect(await layoutOf('tiktok-batch-edit.xlsx')).toBe('tiktok-batch-edit');
  });
});
