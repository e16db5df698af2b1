import Fuse, { type IFuseOptions } from 'fuse.js';
import { CandidateScorer } from './candidates';
import { type InvertedIndex, InvertedIndexBuilder } from './inverted-index';
import { tokenize } from './normalize';
import type { Product } from './types';

// Catalog search for the sidebar, as the agent types: tolerant of typos, partial words, word order
// and SKU fragments, and fast at 50k–100k products (measured in tests/bench/search.bench.ts).
//
// Two stages. fuse.js alone scores every product on every keystroke (seconds at 50k), so an inverted
// index over normalised words (exact, prefix and trigram-typo expansion, see vocabulary.ts and
// candidates.ts) first picks a few dozen candidates in about a millisecond; fuse.js then ranks only
// those, with its token search (each query word fuzzily against each field, weighted by rarity),
// and the two scores are blended so neither stage alone decides the order.

export interface SearchHit {
  product: Product;
  /** Relevance in (0, 1]; higher is better. Hits are returned best first. */
  score: number;
}

export interface CatalogIndex {
  search(query: string, limit?: number): SearchHit[];
  readonly size: number;
}

/** How many candidates fuse.js ranks. More costs latency, fewer costs recall (see the bench). */
const CANDIDATES = 60;
/** Query words beyond this are ignored: nobody types more into a search box, and each costs time. */
const MAX_QUERY_WORDS = 8;
/** Weight of the candidate stage's score in the final blend (the rest is fuse.js). */
const CANDIDATE_BLEND = 0.5;

interface FuseRecord {
  doc: number;
  name: string;
  sku: string;
  variants: string;
  tags: string;
}

const FUSE_OPTIONS: IFuseOptions<FuseRecord> = {
  keys: [
    { name: 'name', weight: 3 },
    { name: 'sku', weight: 2 },
    { name: 'variants', weight: 1.5 },
    { name: 'tags', weight: 1 },
  ],
  includeScore: true,
  ignoreLocation: true,
  useTokenSearch: true,
  threshold: 0.4,
};

/** Fields as fuse.js sees them: folded and split like the index, so SKU fragments line up. */
function fuseRecord(product: Product, doc: number): FuseRecord {
  const words = (text: string) => tokenize(text).join(' ');
  return {
    doc,
    name: words(product.name),
    sku: words(product.sku),
    variants: words(product.variants.map((v) => `${v.name} ${v.sku}`).join(' ')),
    tags: words([...(product.tags ?? []), product.category ?? ''].join(' ')),
  };
}

export function createCatalogIndex(products: Product[]): CatalogIndex {
  const builder = new CatalogIndexBuilder();
  builder.add(products);
  return builder.finish();
}

/**
 * The products behind an index, by document number. A stored index (index-snapshot.ts) decodes a
 * product only when a search first ranks it, so loading one costs no 50,000 objects.
 */
export interface ProductSource {
  readonly size: number;
  at(doc: number): Product;
}

/** Indexes a catalog part by part, in any order the parts arrive; `finish()` makes it searchable. */
export class CatalogIndexBuilder {
  private readonly inverted = new InvertedIndexBuilder();
  private readonly products: Product[] = [];

  add(products: readonly Product[]): void {
    for (const product of products) {
      this.inverted.add(product);
      this.products.push(product);
    }
  }

  finish(): CatalogIndex {
    return this.finishParts().index;
  }

  /** The index with what it was made of, for storing it (index-snapshot.ts). */
  finishParts(): { index: CatalogIndex; inverted: InvertedIndex; products: readonly Product[] } {
    const inverted = this.inverted.finish();
    const products = this.products;
    return {
      index: searchable(inverted, { size: products.length, at: (doc) => products[doc]! }),
      inverted,
      products,
    };
  }
}

/** An index that can also say which products a search would read (index-snapshot.ts prepares them). */
export interface RankingIndex extends CatalogIndex {
  /** The documents `search(query, limit)` ranks: the only products it reads. */
  candidateDocs(query: string, limit?: number): number[];
}

export function searchable(index: InvertedIndex, products: ProductSource): RankingIndex {
  const scorer = new CandidateScorer(index);
  // Built lazily: only products that ever reach the ranking stage need their fuse.js record.
  const records: (FuseRecord | undefined)[] = new Array(products.size);

  function candidatesOf(query: string, limit: number) {
    const words = [...new Set(tokenize(query))].slice(0, MAX_QUERY_WORDS);
    if (words.length === 0 || limit <= 0) return { words, candidates: [] };
    const expansions = words.map((w) => index.vocabulary.expand(w));
    return { words, candidates: scorer.collect(expansions, Math.max(CANDIDATES, limit)) };
  }

  function search(query: string, limit = 20): SearchHit[] {
    const { words, candidates } = candidatesOf(query, limit);
    if (candidates.length === 0) return [];

    const docs = candidates.map((c) => (records[c.doc] ??= fuseRecord(products.at(c.doc), c.doc)));
    const fuse = new Fuse(docs, FUSE_OPTIONS);
    const fuseScore = new Map<number, number>();
    for (const hit of fuse.search(words.join(' '))) fuseScore.set(hit.item.doc, hit.score ?? 1);

    const maxScore = Math.max(...candidates.map((c) => c.score));
    const ranked = candidates.map((c) => {
      const stage1 = c.score / maxScore;
      const stage2 = 1 - (fuseScore.get(c.doc) ?? 1);
      // Products matching fewer query words stay below those matching all, whatever fuse.js says.
      const coverage = c.matched / words.length;
      return { doc: c.doc, score: coverage * (CANDIDATE_BLEND * stage1 + (1 - CANDIDATE_BLEND) * stage2) };
    });
    ranked.sort((a, b) => b.score - a.score);
    return ranked.slice(0, limit).map((r) => ({ product: products.at(r.doc), score: r.score }));
  }

  return {
    search,
    candidateDocs: (query, limit = 20) => candidatesOf(query, limit).candidates.map((c) => c.doc),
    size: products.size,
  };
}
