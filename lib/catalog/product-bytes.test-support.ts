import type { ProductBytes } from './index-snapshot';

/** Products whose whole read never ends: every range a search asks for is read alone, and noted. */
export function productBytesReadByRange(bytes: Uint8Array, reads: number[]): ProductBytes {
  return {
    size: bytes.byteLength,
    whole: () => null,
    loaded: new Promise(() => {}),
    range: async (start, end) => {
      reads.push(start);
      return bytes.slice(start, end);
    },
  };
}
