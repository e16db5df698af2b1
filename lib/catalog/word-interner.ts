import { foldText } from './normalize';

// Word ids for the index build without a string per word. Splitting with a regular expression and
// looking each piece up in a Map allocated and hashed ~2.5 million short strings at 50,000 products,
// the largest part of building the index in the sidebar. Here the folded text is scanned once: each
// word's hash is computed while scanning, looked up in an open-addressing table of ids, compared
// character by character, and a string is made only for a word never seen before. The words found
// are exactly those of `tokenize` (runs of a–z or of 0–9 in the folded text), which the tests check.

const LETTER = 1;
const DIGIT = 2;

function kindOf(code: number): number {
  if (code >= 97 && code <= 122) return LETTER;
  if (code >= 48 && code <= 57) return DIGIT;
  return 0;
}

function hashOf(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash;
}

/** The interner's tables, as a stored index keeps them (index-snapshot.ts): no rehashing on load. */
export interface InternerTables {
  words: string[];
  hashes: Int32Array;
  slots: Int32Array;
}

export class WordInterner {
  /** Taken over, not copied, by `fromTables` (a spread of 100k words overflows the call stack). */
  constructor(readonly words: string[] = []) {}

  private hashes: Int32Array = new Int32Array(1 << 12);
  /** Slot → word id + 1 (0 is empty). Kept at most half full. */
  private slots: Int32Array = new Int32Array(1 << 13);

  static fromTables({ words, hashes, slots }: InternerTables): WordInterner {
    const interner = new WordInterner(words);
    interner.hashes = hashes;
    interner.slots = slots;
    return interner;
  }

  tables(): InternerTables {
    return { words: this.words, hashes: this.hashes.slice(0, this.words.length), slots: this.slots };
  }

  /**
   * Calls `onWord` for each word of `text` in order, with the word's id and whether it is a number
   * with leading zeros (the caller may also want it without them).
   */
  scan(text: string, onWord: (id: number, zeroPadded: boolean) => void): void {
    const folded = foldText(text);
    const n = folded.length;
    let i = 0;
    while (i < n) {
      const kind = kindOf(folded.charCodeAt(i));
      if (kind === 0) {
        i++;
        continue;
      }
      const start = i;
      let hash = 0x811c9dc5;
      for (; i < n; i++) {
        const code = folded.charCodeAt(i);
        if (kindOf(code) !== kind) break;
        hash = Math.imul(hash ^ code, 0x01000193);
      }
      const zeroPadded = kind === DIGIT && folded.charCodeAt(start) === 48;
      onWord(this.intern(folded, start, i, hash), zeroPadded);
    }
  }

  /** The id of a word already seen (as folded by `scan`), or undefined. */
  get(word: string): number | undefined {
    const hash = hashOf(word, 0, word.length);
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot]!;
      if (entry === 0) return undefined;
      if (this.hashes[entry - 1] === hash && this.words[entry - 1] === word) return entry - 1;
    }
  }

  /** The id of a number's digits without its leading zeros, or -1 when it is all zeros. */
  internUnpadded(id: number): number {
    const word = this.words[id]!;
    let start = 0;
    while (start < word.length && word.charCodeAt(start) === 48) start++;
    if (start === word.length) return -1;
    return this.intern(word, start, word.length, hashOf(word, start, word.length));
  }

  /** The id of `text.slice(start, end)`, added if new; `hash` is its FNV-1a hash. */
  private intern(text: string, start: number, end: number, hash: number): number {
    const mask = this.slots.length - 1;
    const length = end - start;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot]!;
      if (entry === 0) {
        const id = this.words.length;
        this.words.push(text.slice(start, end));
        if (id === this.hashes.length) {
          const grown = new Int32Array(id * 2);
          grown.set(this.hashes);
          this.hashes = grown;
        }
        this.hashes[id] = hash;
        this.slots[slot] = id + 1;
        if (this.words.length * 2 > this.slots.length) this.grow();
        return id;
      }
      const id = entry - 1;
      if (this.hashes[id] !== hash) continue;
      const word = this.words[id]!;
      if (word.length !== length) continue;
      let same = true;
      for (let k = 0; k < length; k++) {
        if (word.charCodeAt(k) !== text.charCodeAt(start + k)) {
          same = false;
          break;
        }
      }
      if (same) return id;
    }
  }

  private grow(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let id = 0; id < this.words.length; id++) {
      let slot = this.hashes[id]! & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = id + 1;
    }
    this.slots = slots;
  }
}
