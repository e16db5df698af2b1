import { type ForwardLists, type InvertedIndex, type Postings, WEIGHTS } from './inverted-index';
import type { Expansion } from './vocabulary';

// The candidate stage: from all products to the few dozen worth ranking carefully. Every query word
// is expanded (exact, prefix, typo) and scored per product as quality × field weight × rarity of the
// matched word; a product's score is the sum over query words of its best match for each, and
// products matching more of the query words always come first. Scratch arrays are allocated once per
// index and cleaned after each query, so a keystroke allocates almost nothing.

export interface Candidate {
  doc: number;
  /** Sum over query words of the best match. */
  score: number;
  /** How many query words matched at all. */
  matched: number;
}

/** A common word (in most products) is only checked on products other words already found. */
const PROBE_FACTOR = 4;

export class CandidateScorer {
  private readonly total: Float32Array;
  private readonly best: Float32Array;
  private readonly matched: Uint8Array;
  private readonly touched: Int32Array;
  private readonly gainOf: Float32Array;
  /** Scratch for `probePostings`, made on first use: a built index never needs it. */
  private probeBest: Float64Array | null = null;

  constructor(private readonly index: InvertedIndex) {
    this.gainOf = new Float32Array(index.vocabulary.tokens.length);
    this.total = new Float32Array(index.docCount);
    this.best = new Float32Array(index.docCount);
    this.matched = new Uint8Array(index.docCount);
    this.touched = new Int32Array(index.docCount);
  }

  collect(words: readonly Expansion[][], limit: number): Candidate[] {
    const { strong, weak, idf } = this.index;
    const { total, best, matched, touched } = this;
    let touchedCount = 0;
    const sizeIn = (postings: Postings, expansions: readonly Expansion[]) =>
      expansions.reduce((n, e) => n + postings.start[e.id + 1]! - postings.start[e.id]!, 0);
    // Rarest words first: they find the few right products, and common words then only refine them.
    // A word found only in descriptions generates candidates from the description postings.
    const sized = words
      .map((expansions) => {
        const size = sizeIn(strong, expansions);
        return size > 0
          ? { expansions, size, postings: strong }
          : { expansions, size: sizeIn(weak, expansions), postings: weak };
      })
      .sort((a, b) => a.size - b.size);

    const wordTouched: number[] = [];
    for (const { expansions, size, postings } of sized) {
      if (size === 0) continue;
      // A longer or misspelt relative of the typed word is no more telling than the typed word
      // itself: without this cap "tuba" would rank the rarer "Tubani" above the exact "Tuba".
      const exact = expansions.find((e) => e.quality === 1);
      const cap = exact ? idf[exact.id]! : Number.POSITIVE_INFINITY;
      if (touchedCount > 0 && size > PROBE_FACTOR * touchedCount) {
        this.probe(expansions, cap, touchedCount);
        continue;
      }
      wordTouched.length = 0;
      for (const { id, quality } of expansions) {
        const gain = quality * Math.min(idf[id]!, cap);
        for (let k = postings.start[id]!, end = postings.start[id + 1]!; k < end; k++) {
          const doc = postings.doc[k]!;
          const s = gain * WEIGHTS[postings.weight[k]!]!;
          if (best[doc] === 0) wordTouched.push(doc);
          if (s > best[doc]!) best[doc] = s;
        }
      }
      for (const doc of wordTouched) {
        if (matched[doc] === 0) touched[touchedCount++] = doc;
        total[doc]! += best[doc]!;
        matched[doc]!++;
        best[doc] = 0;
      }
    }

    const top = selectTop(touched, touchedCount, total, matched, limit);
    for (let i = 0; i < touchedCount; i++) {
      const doc = touched[i]!;
      total[doc] = 0;
      matched[doc] = 0;
    }
    return top;
  }

  /** Scores one word only on the products found so far, through their forward word lists. */
  private probe(expansions: readonly Expansion[], cap: number, touchedCount: number): void {
    const { forward, idf } = this.index;
    const gainOf = this.gainOf;
    for (const e of expansions) gainOf[e.id] = e.quality * Math.min(idf[e.id]!, cap);
    if (forward) this.probeForward(forward, touchedCount);
    else this.probePostings(expansions, touchedCount);
    for (const e of expansions) gainOf[e.id] = 0;
  }

  private probeForward(forward: ForwardLists, touchedCount: number): void {
    const { docStart, docWord, docWeight } = forward;
    const gainOf = this.gainOf;
    for (let i = 0; i < touchedCount; i++) {
      const doc = this.touched[i]!;
      let bestScore = 0;
      for (let k = docStart[doc]!, end = docStart[doc + 1]!; k < end; k++) {
        const gain = gainOf[docWord[k]!]!;
        if (gain > 0) {
          const s = gain * WEIGHTS[docWeight[k]!]!;
          if (s > bestScore) bestScore = s;
        }
      }
      if (bestScore > 0) {
        this.total[doc]! += bestScore;
        this.matched[doc]!++;
      }
    }
  }

  /**
   * The same scores as `probeForward`, from the word's postings instead: a stored index searches
   * before its forward lists are read (index-snapshot.ts). Slower for a word in most products, so
   * only until then. Each (word, product) pair is in exactly one of the postings with the weight of
   * its forward entry, and a product's best is kept as a double as there, so the sums are the same.
   */
  private probePostings(expansions: readonly Expansion[], touchedCount: number): void {
    const { strong, weak } = this.index;
    const { gainOf, matched, touched } = this;
    this.probeBest ??= new Float64Array(this.index.docCount);
    const best = this.probeBest;
    const seen = new Set<number>();
    for (const { id } of expansions) {
      const gain = gainOf[id]!;
      if (seen.has(id) || !(gain > 0)) continue;
      seen.add(id);
      for (const postings of [strong, weak]) {
        for (let k = postings.start[id]!, end = postings.start[id + 1]!; k < end; k++) {
          const doc = postings.doc[k]!;
          // Found so far: only those have matched a word yet.
          if (matched[doc] === 0) continue;
          const s = gain * WEIGHTS[postings.weight[k]!]!;
          if (s > best[doc]!) best[doc] = s;
        }
      }
    }
    for (let i = 0; i < touchedCount; i++) {
      const doc = touched[i]!;
      const bestScore = best[doc]!;
      if (bestScore > 0) {
        this.total[doc]! += bestScore;
        this.matched[doc]!++;
        best[doc] = 0;
      }
    }
  }
}

/** The `limit` best by (matched words, score), without sorting everything that was touched. */
function selectTop(
  docs: Int32Array,
  count: number,
  total: Float32Array,
  matched: Uint8Array,
  limit: number,
): Candidate[] {
  let maxMatched = 0;
  for (let i = 0; i < count; i++) if (matched[docs[i]!]! > maxMatched) maxMatched = matched[docs[i]!]!;
  // Keys fold matched count and score into one number; score stays far below 1000.
  const key = (doc: number) => matched[doc]! * 1000 + total[doc]!;
  const heap: number[] = [];
  const less = (a: number, b: number) => key(a) < key(b);
  const floor = Math.max(1, maxMatched - 1);
  for (let i = 0; i < count; i++) {
    const doc = docs[i]!;
    if (matched[doc]! < floor) continue;
    if (heap.length < limit) {
      heap.push(doc);
      siftUp(heap, heap.length - 1, less);
    } else if (less(heap[0]!, doc)) {
      heap[0] = doc;
      siftDown(heap, 0, less);
    }
  }
  return heap
    .map((doc) => ({ doc, score: total[doc]!, matched: matched[doc]! }))
    .sort((a, b) => b.matched - a.matched || b.score - a.score);
}

function siftUp(heap: number[], i: number, less: (a: number, b: number) => boolean): void {
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if (!less(heap[i]!, heap[parent]!)) return;
    [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
    i = parent;
  }
}

function siftDown(heap: number[], i: number, less: (a: number, b: number) => boolean): void {
  for (;;) {
    const l = 2 * i + 1;
    const r = l + 1;
    let m = i;
    if (l < heap.length && less(heap[l]!, heap[m]!)) m = l;
    if (r < heap.length && less(heap[r]!, heap[m]!)) m = r;
    if (m === i) return;
    [heap[i], heap[m]] = [heap[m]!, heap[i]!];
    i = m;
  }
}
