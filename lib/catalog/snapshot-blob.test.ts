import { describe, expect, it } from 'vitest';
import { generateCatalog, generateQueries } from '../../tests/bench/catalog-data';
import { buildIndexSnapshot, isLoadableSnapshot, restoreIndex } from './index-snapshot';
import { packSnapshot, unpackSnapshot } from './snapshot-blob';

const catalog = generateCatalog(2000);
const { index, snapshot } = buildIndexSnapshot(catalog, 7);

describe('packed search index', () => {
  it('unpacks to an equal snapshot that answers exactly like the index it was made from', async () => {
    const unpacked = await unpackSnapshot(packSnapshot(snapshot));
    expect(isLoadableSnapshot(unpacked)).toBe(true);
    if (!isLoadableSnapshot(unpacked)) return;
    for (const [key, value] of Object.entries(snapshot)) {
      const back = unpacked[key as keyof typeof unpacked];
      if (ArrayBuffer.isView(value))
        expect(Array.from(back as Int32Array), key).toEqual(Array.from(value as Int32Array));
      else expect(back, key).toEqual(value);
    }
    const loaded = restoreIndex(unpacked);
    for (const { query } of generateQueries(catalog, 60)) {
      const ranked = (i: typeof index) => i.search(query, 10).map((h) => [h.product, h.score]);
      expect(ranked(loaded), query).toEqual(ranked(index));
    }
  });

  it('keeps texts beyond ASCII and an empty catalog', async () => {
    const odd = buildIndexSnapshot(
      [{ sku: 'K-1', name: 'Kaos “Ceria” ×2 🙏 ñ', price: 1, stock: null, variants: [] }],
      1,
    ).snapshot;
    const back = await unpackSnapshot(packSnapshot(odd));
    expect(isLoadableSnapshot(back) && restoreIndex(back).search('kaos ceria', 1)[0]?.product.name).toBe(
      'Kaos “Ceria” ×2 🙏 ñ',
    );
    const empty = await unpackSnapshot(packSnapshot(buildIndexSnapshot([], 0).snapshot));
    expect(isLoadableSnapshot(empty) && restoreIndex(empty).size).toBe(0);
  });

  it('gives nothing for what is not a packed index: a cut-off write, other bytes, no blob', async () => {
    const packed = packSnapshot(snapshot);
    const cut = await unpackSnapshot(packed.slice(0, packed.size - 100));
    expect(cut).toBeNull();
    expect(await unpackSnapshot(new Blob(['not an index at all']))).toBeNull();
    expect(await unpackSnapshot(new Blob([]))).toBeNull();
    expect(await unpackSnapshot({} as Blob)).toBeNull();
    // A header that claims sections beyond the end.
    const bytes = new Uint8Array(await packed.arrayBuffer());
    bytes[4] = 0xff;
    expect(await unpackSnapshot(new Blob([bytes]))).toBeNull();
  });
});
