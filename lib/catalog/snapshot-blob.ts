import type { ProductBytes } from './index-snapshot';

// The stored search index as one Blob: a small JSON header, then every typed array's bytes and
// the word list as UTF-8, each section on a 4-byte boundary. Read back, the typed arrays are views
// on the one buffer (no copy) and only the word list is decoded. The index and its forward lists
// are packed apart this way, and the products' bytes are a Blob of their own (`blobProductBytes`).
//
// Why not the snapshot object itself: IndexedDB stores an object by structured clone, which
// Chromium's worker read back at ~half the speed of a Blob of the same bytes, and wrote 15× slower
// (measured in Chromium's service worker: 35 MB of typed arrays read in 0.9–1.9 s and written in
// 2.3 s, as a Blob in 0.6–0.9 s and 0.16 s, on a loaded 2-core machine). A woken worker waits for
// this read before its first search (issue 11: ≤ 500 ms).

type Kind = 'i32' | 'f32' | 'u8' | 'utf8' | 'lines';

interface Section {
  key: string;
  kind: Kind;
  /** Byte offset from the start of the body (after the header), a multiple of 4. */
  at: number;
  bytes: number;
}

interface Header {
  format: number;
  catalogVersion: number;
  docCount: number;
  sections: Section[];
}

/** The first bytes of every packed snapshot: "SGIX" then the header's length. */
const MAGIC = 0x58494753;

const padded = (n: number) => (n + 3) & ~3;

function kindOf(value: unknown): Kind | null {
  if (value instanceof Int32Array) return 'i32';
  if (value instanceof Float32Array) return 'f32';
  if (value instanceof Uint8Array) return 'u8';
  if (typeof value === 'string') return 'utf8';
  if (Array.isArray(value) && value.every((w) => typeof w === 'string' && !w.includes('\n'))) return 'lines';
  return null;
}

/** What is packed: typed arrays, strings and word lists, under the index's format, version and size. */
export interface Packable {
  format: number;
  catalogVersion: number;
  docCount: number;
}

export function packSnapshot(snapshot: Packable): Blob {
  const encoder = new TextEncoder();
  const sections: Section[] = [];
  const parts: BlobPart[] = [];
  let at = 0;
  for (const [key, value] of Object.entries(snapshot)) {
    if (key === 'format' || key === 'catalogVersion' || key === 'docCount') continue;
    const kind = kindOf(value);
    if (!kind) throw new Error(`the search index field ${key} cannot be stored`);
    const bytes =
      kind === 'utf8'
        ? encoder.encode(value as string)
        : kind === 'lines'
          ? encoder.encode((value as string[]).join('\n'))
          : new Uint8Array(
              // Typed arrays of the index are never shared memory.
              (value as ArrayBufferView).buffer as ArrayBuffer,
              (value as ArrayBufferView).byteOffset,
              (value as ArrayBufferView).byteLength,
            );
    sections.push({ key, kind, at, bytes: bytes.byteLength });
    parts.push(bytes);
    const gap = padded(bytes.byteLength) - bytes.byteLength;
    if (gap) parts.push(new Uint8Array(gap));
    at += padded(bytes.byteLength);
  }
  const header: Header = {
    format: snapshot.format,
    catalogVersion: snapshot.catalogVersion,
    docCount: snapshot.docCount,
    sections,
  };
  const headerBytes = encoder.encode(JSON.stringify(header));
  const lead = new Uint32Array([MAGIC, padded(headerBytes.byteLength)]);
  const headerGap = new Uint8Array(padded(headerBytes.byteLength) - headerBytes.byteLength).fill(0x20);
  return new Blob([lead, headerBytes, headerGap, ...parts]);
}

/**
 * The snapshot packed in `blob`, or null when it is not one (another format, a truncated write):
 * the caller then rebuilds the index. The result is still checked by `isLoadableSnapshot`.
 */
export async function unpackSnapshot(blob: Blob): Promise<unknown> {
  if (!(blob instanceof Blob) || blob.size < 8) return null;
  const buffer = await blob.arrayBuffer();
  const [magic, headerBytes] = new Uint32Array(buffer, 0, 2);
  if (magic !== MAGIC || headerBytes === undefined || 8 + headerBytes > buffer.byteLength) return null;
  let header: Header;
  try {
    header = JSON.parse(new TextDecoder().decode(new Uint8Array(buffer, 8, headerBytes)));
  } catch {
    return null;
  }
  if (!Array.isArray(header?.sections)) return null;
  const body = 8 + headerBytes;
  const decoder = new TextDecoder();
  const snapshot: Record<string, unknown> = {
    format: header.format,
    catalogVersion: header.catalogVersion,
    docCount: header.docCount,
  };
  for (const { key, kind, at, bytes } of header.sections) {
    const start = body + at;
    if (
      !Number.isInteger(at) ||
      !Number.isInteger(bytes) ||
      at % 4 !== 0 ||
      start + bytes > buffer.byteLength
    )
      return null;
    if (kind === 'u8') snapshot[key] = new Uint8Array(buffer, start, bytes);
    else if (kind === 'i32' || kind === 'f32') {
      if (bytes % 4 !== 0) return null;
      snapshot[key] =
        kind === 'i32'
          ? new Int32Array(buffer, start, bytes / 4)
          : new Float32Array(buffer, start, bytes / 4);
    } else if (kind === 'utf8' || kind === 'lines') {
      const text = decoder.decode(new Uint8Array(buffer, start, bytes));
      snapshot[key] = kind === 'utf8' ? text : text === '' ? [] : text.split('\n');
    } else return null;
  }
  return snapshot;
}

/**
 * The products' bytes stored beside the index, read whole from now on (or after `after`). Until then, a
 * range is read on its own (`Blob.slice`): a few dozen products for a search, in a few milliseconds,
 * where the whole is 22 MB at 50,000 products.
 */
export function blobProductBytes(blob: Blob, after: Promise<unknown> = Promise.resolve()): ProductBytes {
  let whole: Uint8Array | null = null;
  // Begun once `after` (another read) settles: two reads at once would share the disk and delay both.
  const loaded = after
    .catch(() => {})
    .then(() => blob.arrayBuffer())
    .then((buffer) => {
      whole = new Uint8Array(buffer);
    });
  // Whoever cares about a failed read (the search service) listens; nobody else is told.
  loaded.catch(() => {});
  return {
    size: blob.size,
    whole: () => whole,
    loaded,
    range: async (start, end) =>
      whole ? whole.subarray(start, end) : new Uint8Array(await blob.slice(start, end).arrayBuffer()),
  };
}
