import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { putProducts } from './product-store';
import { SigapDb } from './schema';
import { writeErrorKind, writeErrorText } from './write-error';

let db: SigapDb | undefined;
afterEach(async () => {
  db?.close();
  if (db) await Dexie.delete(db.name);
  db = undefined;
});

const quota = () => Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });

describe('writeErrorKind', () => {
  it('tells a real closed database', async () => {
    db = new SigapDb('write-error-closed');
    await db.open();
    db.close();
    const error = await putProducts(db, [
      { sku: 'A', name: 'A', price: 1, stock: 1, variants: [], updatedAt: 1 },
    ]).catch((e: unknown) => e);
    expect(writeErrorKind(error)).toBe('closed');
  });

  it('tells a full disk however Dexie wraps it, a version change, and anything else', () => {
    expect(writeErrorKind(quota())).toBe('quota');
    expect(writeErrorKind(new Dexie.AbortError('Transaction aborted', quota()))).toBe('quota');
    expect(writeErrorKind(new Dexie.VersionChangeError('Connection to database closed'))).toBe('version');
    expect(writeErrorKind(Object.assign(new Error('x'), { name: 'VersionError' }))).toBe('version');
    expect(writeErrorKind(new Dexie.DatabaseClosedError())).toBe('closed');
    expect(writeErrorKind(new Error('QUOTA_BYTES quota exceeded'))).toBe('quota');
    expect(writeErrorKind(new TypeError('boom'))).toBe('other');
    expect(writeErrorKind(undefined)).toBe('other');
  });
});

describe('writeErrorText', () => {
  it('names the action and the cause, and says nothing changed, in either language', () => {
    expect(writeErrorText('Menghapus Kaos', quota(), 'id')).toBe(
      'Menghapus Kaos gagal: penyimpanan browser penuh. Kosongkan ruang disk atau hapus data situs lain, lalu coba lagi. Data tetap seperti sebelumnya.',
    );
    expect(writeErrorText('Deleting Kaos', new Dexie.DatabaseClosedError(), 'en')).toBe(
      'Deleting Kaos failed: Sigap’s database is closed. Reload this page, then try again. Your data is as it was.',
    );
    expect(writeErrorText('Menghapus Kaos', new TypeError('boom'), 'id')).toContain(
      'kesalahan tak terduga (boom)',
    );
  });
});
