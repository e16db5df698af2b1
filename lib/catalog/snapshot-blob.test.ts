import { describe, expect, it } from 'vitest';
import { generateCatalog, generateQueries } from '../../tests/bench/catalog-data';
import { buildIndexSnapshot, isLoadableSnapshot, productBytesInMemory, restoreIndex } from './index-snapshot';
import { blobProductBytes, packSnapshot, unpackSnapshot } from './snapshot-blob';

const catalog = generateCatalog(2000);
const { index, snapshot, forward, productText } = buildIndexSnapshot(catalog, 7);
const products = productBytesInMemory(productText);

describe('packed search index', () => {
  it('unpacks to an equal snapshot that answers exactly like the index it was made from', async () => {
    const unpacked = await unpackSnapshot(packSnapshot(snapshot));
    expect(isLoadableSnapshot(unpacked, products.size)).toBe(true);
    if (!isLoadableSnapshot(unpacked, products.size)) return;
    for (const [key, value] of Object.entries(snapshot)) {
      const back = unpacked[key as keyof typeof unpacked];
      if (ArrayBuffer.isView(value))
        expect(Array.from(back as Int32Array), key).toEqual(Array.from(value as Int32Array));
      else expect(back, key).toEqual(value);
    }
    const forwardBack = await unpackSnapshot(packSnapshot({ ...snapshot, ...forward }));
    const loaded = restoreIndex(unpacked, { products, forward: Promise.resolve(forwardBack) });
    await loaded.loaded;
    for (const { query } of generateQueries(catalog, 60)) {
      const ranked = (i: typeof index) => i.search(query, 10).map((h) => [h.product, h.score]);
      expect(ranked(loaded), query).toEqual(ranked(index));
    }
  });

  it('keeps texts beyond ASCII and an empty catalog', async () => {
    const odd = buildIndexSnapshot(
      [{ sku: 'K-1', name: 'Kaos “Ceria” ×2 🙏 ñ', price: 1, stock: null, variants: [] }],
      1,
    );
    const back = await unpackSnapshot(packSnapshot(odd.snapshot));
    const oddProducts = blobProductBytes(new Blob([odd.productText]));
    await oddProducts.loaded;
    expect(isLoadableSnapshot(back, oddProducts.size)).toBe(true);
    if (!isLoadableSnapshot(back, oddProducts.size)) return;
    expect(
      restoreIndex(back, { products: oddProducts, forward: odd.forward }).search('kaos ceria', 1)[0]?.product
        .name,
    ).toBe('Kaos “Ceria” ×2 🙏 ñ');
    const empty = await unpackSnapshot(packSnapshot(buildIndexSnapshot([], 0).snapshot));
    expect(
      isLoadableSnapshot(empty, 0) &&
        restoreIndex(empty, {
          products: productBytesInMemory(new Uint8Array()),
          forward: buildIndexSnapshot([], 0).forward,
        }).size,
    ).toBe(0);
  });

  it('reads products one range at a time until the whole read is done, then from the whole', async () => {
    const bytes = blobProductBytes(new Blob([productText]));
    expect(bytes.whole()).toBeNull();
    const [start, end] = [snapshot.productStart[5]!, snapshot.productStart[6]!];
    expect(Array.from(await bytes.range(start, end))).toEqual(Array.from(productText.subarray(start, end)));
    await bytes.loaded;
    expect(bytes.whole()?.byteLength).toBe(productText.byteLength);
    expect(Array.from(await bytes.range(start, end))).toEqual(Array.from(productText.subarray(start, end)));
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
