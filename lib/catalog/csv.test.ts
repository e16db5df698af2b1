import { detectDelimiter, parseCsv } from './csv';

describe('parseCsv', () => {
  it('detects comma, semicolon and tab', () => {
    expect(detectDelimiter('Nama,Harga\nKaos,1000\nTopi,2000\n')).toBe(',');
    expect(detectDelimiter('Nama;Harga\nKaos;1.000,00\nTopi;2.000,00\n')).toBe(';');
    expect(detectDelimiter('Nama\tHarga\nKaos, hitam\t1000\nTopi\t2000\n')).toBe('\t');
  });

  it('is not fooled by commas in an instruction line above a semicolon header', () => {
    const text = 'Catatan: isi nama, harga, stok, dan SKU\nNama;Harga;Stok\nKaos;1000;2\nTopi;2000;3\n';
    expect(detectDelimiter(text)).toBe(';');
  });

  it('keeps quoted delimiters, quotes and line breaks inside one cell, with CRLF', () => {
    const table = parseCsv('Nama,Deskripsi\r\nKaos,"Adem, ""premium""\r\nbaris dua"\r\nTopi,Biasa\r\n');
    expect(table.rows).toEqual([
      ['Nama', 'Deskripsi'],
      ['Kaos', 'Adem, "premium"\r\nbaris dua'],
      ['Topi', 'Biasa'],
    ]);
  });

  it('keeps blank lines so row numbers stay the spreadsheet row numbers', () => {
    expect(parseCsv('Nama,Harga\n\nKaos,1000\n').rows).toEqual([['Nama', 'Harga'], [''], ['Kaos', '1000']]);
  });

  it('reports the row where a quote is never closed', () => {
    const table = parseCsv('Nama,Harga\nKaos,1000\n"Topi,2000\nSandal,3000\n');
    expect(table.unclosedQuoteRows).toEqual([3]);
  });
});
