import { decodeText, decodeWindows1252 } from './encoding';
import { sniffFileKind } from './file-kind';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeText', () => {
  it('reads UTF-8 without a BOM', () => {
    expect(decodeText(utf8('Café'))).toEqual({ text: 'Café', encoding: 'utf-8' });
  });

  it('drops a UTF-8 BOM so the first header is not "\\uFEFFNama"', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Nama')]);
    expect(decodeText(bytes)).toEqual({ text: 'Nama', encoding: 'utf-8-bom' });
  });

  it('falls back to Windows-1252 when the bytes are not valid UTF-8', () => {
    // "Café – 3 × €" as Excel on Windows saves it.
    const bytes = new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x96, 0x20, 0x33, 0x20, 0xd7, 0x20, 0x80]);
    expect(decodeText(bytes)).toEqual({ text: 'Café – 3 × €', encoding: 'windows-1252' });
  });

  it('reads UTF-16 LE with a BOM (Excel "Unicode text")', () => {
    const bytes = new Uint8Array([0xff, 0xfe, 0x4e, 0x00, 0x61, 0x00]);
    expect(decodeText(bytes)).toEqual({ text: 'Na', encoding: 'utf-16le' });
  });

  it('maps every Windows-1252 byte above 0x7F like the WHATWG decoder', () => {
    expect(decodeWindows1252(new Uint8Array([0x93, 0x94, 0x99, 0xa0, 0xff]))).toBe('“”™\u00a0ÿ');
  });
});

describe('sniffFileKind', () => {
  it('tells formats by their bytes, not by the file name', () => {
    expect(sniffFileKind(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2]))).toBe('xlsx');
    expect(sniffFileKind(utf8('%PDF-1.7\n'))).toBe('pdf');
    expect(sniffFileKind(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]))).toBe('xls');
    expect(sniffFileKind(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe('binary');
    expect(sniffFileKind(utf8('Nama,Harga\nKaos,1000\n'))).toBe('text');
  });

  it('calls zero bytes, a lone BOM or only blank lines empty', () => {
    expect(sniffFileKind(new Uint8Array())).toBe('empty');
    expect(sniffFileKind(new Uint8Array([0xef, 0xbb, 0xbf]))).toBe('empty');
    expect(sniffFileKind(utf8('\r\n\r\n  \n'))).toBe('empty');
  });
});
