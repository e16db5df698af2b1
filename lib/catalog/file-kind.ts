import { hasUtf16LeBom } from './encoding';

// What the bytes are, whatever the file is called: shops rename files, browsers add ".csv" to
// downloads, and a PDF invoice renamed to .csv must get a clear message instead of a page of garbage
// rows. XLSX is a ZIP archive, so it starts with the local-file-header magic "PK\x03\x04".

export type FileKind = 'xlsx' | 'text' | 'pdf' | 'xls' | 'binary' | 'empty';

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const PDF = [0x25, 0x50, 0x44, 0x46]; // "%PDF"
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]; // .xls (Excel 97-2003)

export function sniffFileKind(bytes: Uint8Array): FileKind {
  if (isBlank(bytes)) return 'empty';
  if (startsWith(bytes, ZIP)) return 'xlsx';
  if (startsWith(bytes, PDF)) return 'pdf';
  if (startsWith(bytes, OLE2)) return 'xls';
  if (hasUtf16LeBom(bytes)) return 'text';
  // Text files never contain NUL; binary formats (images, archives) almost always do early on.
  const head = bytes.subarray(0, 8192);
  let controls = 0;
  for (const b of head) {
    if (b === 0) return 'binary';
    if (b < 0x09 || (b > 0x0d && b < 0x20)) controls++;
  }
  return controls > head.length / 20 ? 'binary' : 'text';
}

/** Zero bytes, or only a BOM and whitespace: nothing to import. */
function isBlank(bytes: Uint8Array): boolean {
  let start = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  else if (hasUtf16LeBom(bytes)) start = 2;
  for (let i = start; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b !== 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x00) return false;
  }
  return true;
}
