// Text files from Indonesian shops come in three shapes: UTF-8 (marketplace exports, Google Sheets),
// UTF-8 with a BOM (Excel's "CSV UTF-8"), and Windows-1252 (Excel's plain "CSV" on Windows, where
// "é" or "×" in a product name is one byte). Excel's "Unicode text" export is UTF-16 LE with a BOM.
// Strict UTF-8 first (TextDecoder with fatal: true): Windows-1252 bytes above 0x7F almost never form valid UTF-8 sequences, so a
// failed strict decode is a reliable signal; the reverse guess (1252 first) would garble every UTF-8 file.

export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'windows-1252';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

export function hasUtf8Bom(bytes: Uint8Array): boolean {
  return bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

export function hasUtf16LeBom(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe;
}

export function decodeText(bytes: Uint8Array): DecodedText {
  if (hasUtf8Bom(bytes)) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
  }
  if (hasUtf16LeBom(bytes)) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}

// Windows-1252 differs from Latin-1 only in 0x80–0x9F (€, ‚, „, …, ‘ ’ “ ” – — ™ …). Decoded by hand
// because Node's TextDecoder('windows-1252') (small-ICU builds, as in the test runner) returns Latin-1
// there, so "–" would become an invisible control character in tests but not in Chromium.
const CP1252_80_9F = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152,
  0x008d, 0x017d, 0x008f, 0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122,
  0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
];

export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const codes = new Array<number>(Math.min(CHUNK, bytes.length - start));
    for (let i = 0; i < codes.length; i++) {
      const b = bytes[start + i]!;
      codes[i] = b >= 0x80 && b <= 0x9f ? CP1252_80_9F[b - 0x80]! : b;
    }
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}
