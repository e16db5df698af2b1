import { describe, expect, it } from 'vitest';
import { normalizeText, normalizeTokens, squeeze } from './normalize';

describe('normalizeTokens', () => {
  it('squeezes repeated letters, so stretched words meet their plain spelling', () => {
    expect(normalizeTokens('rusaaak kakkk')).toEqual(['rusak', 'kak']);
    expect(normalizeTokens('makasiiih')).toEqual(['makasih']);
    expect(squeeze('hallo')).toBe('halo');
  });

  it('maps slang and abbreviations to one spelling', () => {
    expect(normalizeTokens('blm nyampe brp hrg yg ini gan')).toEqual([
      'belum',
      'sampai',
      'berapa',
      'harga',
      'yang',
      'ini',
      'gan',
    ]);
    expect(normalizeTokens('ga gak nggak tdk')).toEqual(['tidak', 'tidak', 'tidak', 'tidak']);
  });

  it('splits words glued without a space when they are made of known words', () => {
    expect(normalizeTokens('readykak')).toEqual(['ready', 'kak']);
    expect(normalizeTokens('bisacod?')).toEqual(['bisa', 'cod']);
    expect(normalizeTokens('masihada')).toEqual(['masih', 'ada']);
  });

  it('does not cut a word into short pieces that only look like words', () => {
    // "mas" + "uk" would read as "mas ukuran"
    expect(normalizeTokens('refundnya kapan masuk')).toEqual(['refund', 'nya', 'kapan', 'masuk']);
    expect(normalizeTokens('minta')).toEqual(['minta']);
  });

  it('splits -nya off before squeezing, so a stem ending in n survives', () => {
    expect(normalizeTokens('ukurannya')).toEqual(['ukuran', 'nya']);
    expect(normalizeTokens('tumblernya')).toEqual(['tumbler', 'nya']);
    expect(normalizeTokens('hanya')).toEqual(['hanya']);
  });

  it('splits letters from digits and reads reduplication as one word', () => {
    expect(normalizeTokens('uk42 2pcs')).toEqual(['ukuran', '42', '2', 'pcs']);
    expect(normalizeTokens('sampe2 abu-abu')).toEqual(['sampai', 'abu']);
  });

  it('marks clause ends, but not a decimal point, and drops emoji', () => {
    expect(normalizeTokens('ready? 1.5 liter 😭😭, ok!!')).toEqual([
      'ready',
      '|',
      '1',
      '5',
      'liter',
      '|',
      'ok',
    ]);
    expect(normalizeTokens('🙏')).toEqual([]);
  });

  it('drops diacritics and apostrophes (and squeezes like every word)', () => {
    expect(normalizeTokens("Assalamu'alaikum café")).toEqual(['asalamualaikum', 'cafe']);
  });

  it('gives word-bounded text for the rules', () => {
    expect(normalizeText('Halo Kak')).toBe(' halo kak ');
  });
});
