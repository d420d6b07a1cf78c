// Near-duplicate search without comparing every pair (see README, "Near-duplicate text").
//
// Every text is shingled once into its set of character bigrams (similarity.ts), and the bigrams are ranked in one
// global order, rarest first. Two exact filters from set-similarity joins then keep the pairs to verify few:
//  - length: Dice ≥ t needs t/(2−t) ≤ |A|/|B| ≤ (2−t)/t;
//  - prefix: Dice ≥ t needs |A∩B| ≥ o_A = ⌈t|A|/(2−t)⌉, so the first |A| − o_A + 1 bigrams of A (in the global
//    order) and the first |B| − o_B + 1 of B share a bigram. Only those prefixes go into the inverted index.
// Survivors are verified with the exact Dice coefficient, so `findSimilar` returns exactly what comparing with every
// text would flag (property test in similarity-index.test.ts).
import { normalizeForSimilarity } from './similarity.ts';

interface Shingled<T> {
  item: T;
  /** Bigram ranks, ascending (rarest first). */
  ranks: Int32Array;
}

export interface SimilarityIndex<T> {
  threshold: number;
  minLength: number;
  docs: Shingled<T>[];
  /** Bigram → rank in the global order (document frequency ascending). */
  rankOf: ReadonlyMap<number, number>;
  /** Rank → positions in docs whose prefix holds it. */
  postings: Map<number, number[]>;
}

const EPS = 1e-9;

/** Smallest overlap a set of `size` bigrams needs with any other set to reach Dice `t`. */
function minOverlap(size: number, t: number): number {
  return Math.max(1, Math.ceil((t * size) / (2 - t) - EPS));
}

/**
 * The distinct character bigrams of a text as numbers (code point pair), the same set as
 * `characterBigrams(normalizeForSimilarity(text))`; null when the text is too short to compare.
 */
function bigramsOf(text: string, minLength: number): number[] | null {
  const normalized = normalizeForSimilarity(text);
  const codes: number[] = [];
  for (const ch of normalized) codes.push(ch.codePointAt(0) ?? 0);
  if (codes.length < minLength) return null;
  const keys = new Set<number>();
  for (let i = 0; i + 1 < codes.length; i += 1) keys.add(codes[i] * 0x110000 + codes[i + 1]);
  return keys.size === 0 ? null : [...keys];
}

/** Ranks of a bigram set; bigrams no indexed text has rank after every indexed one (they match nothing). */
function toRanks(bigrams: number[], rankOf: ReadonlyMap<number, number>): Int32Array {
  const ranks = new Int32Array(bigrams.length);
  let unseen = rankOf.size;
  bigrams.forEach((b, i) => {
    const rank = rankOf.get(b);
    ranks[i] = rank ?? unseen++;
  });
  return ranks.sort();
}

/**
 * Indexes texts for `findSimilar` at Dice ≥ threshold. Texts shorter than minLength normalised characters are
 * left out, as checkAnalysisNearDuplicate does not compare them.
 */
export function buildSimilarityIndex<T>(
  items: readonly T[],
  textOf: (item: T) => string,
  opts: { threshold: number; minLength: number },
): SimilarityIndex<T> {
  const shingled: { item: T; bigrams: number[] }[] = [];
  const idOf = new Map<number, number>();
  const df: number[] = [];
  for (const item of items) {
    const bigrams = bigramsOf(textOf(item), opts.minLength);
    if (!bigrams) continue;
    shingled.push({ item, bigrams });
    for (const b of bigrams) {
      const id = idOf.get(b);
      if (id === undefined) {
        idOf.set(b, df.length);
        df.push(1);
      } else df[id] += 1;
    }
  }
  // Global order: document frequency ascending, then first appearance (ids), so rare bigrams lead every prefix.
  // Counting sort by document frequency (stable, so ties keep id order).
  const start = new Int32Array(shingled.length + 2);
  for (const count of df) start[count + 1] += 1;
  for (let c = 1; c < start.length; c += 1) start[c] += start[c - 1];
  const rankOfId = new Int32Array(df.length);
  for (let id = 0; id < df.length; id += 1) rankOfId[id] = start[df[id]]++;
  const rankOf = new Map<number, number>();
  for (const [b, id] of idOf) rankOf.set(b, rankOfId[id]);
  const docs = shingled.map((s) => ({ item: s.item, ranks: toRanks(s.bigrams, rankOf) }));
  const postings = new Map<number, number[]>();
  docs.forEach((doc, position) => {
    const prefix = doc.ranks.length - minOverlap(doc.ranks.length, opts.threshold) + 1;
    for (let i = 0; i < prefix; i += 1) {
      const list = postings.get(doc.ranks[i]);
      if (list) list.push(position);
      else postings.set(doc.ranks[i], [position]);
    }
  });
  return { threshold: opts.threshold, minLength: opts.minLength, docs, rankOf, postings };
}

function overlap(a: Int32Array, b: Int32Array): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      shared += 1;
      i += 1;
      j += 1;
    } else if (a[i] < b[j]) i += 1;
    else j += 1;
  }
  return shared;
}

/** Positions of the indexed texts that pass the length and prefix filters for `ranks` (the pairs to verify). */
function candidatePositions<T>(index: SimilarityIndex<T>, ranks: Int32Array): number[] {
  const t = index.threshold;
  if (t <= 0) return index.docs.map((_, i) => i);
  const low = (ranks.length * t) / (2 - t) - EPS;
  const high = (ranks.length * (2 - t)) / t + EPS;
  const prefix = ranks.length - minOverlap(ranks.length, t) + 1;
  const seen = new Set<number>();
  for (let i = 0; i < prefix; i += 1) {
    for (const position of index.postings.get(ranks[i]) ?? []) {
      const size = index.docs[position].ranks.length;
      if (size >= low && size <= high) seen.add(position);
    }
  }
  return [...seen].sort((a, b) => a - b);
}

function queryRanks<T>(index: SimilarityIndex<T>, text: string): Int32Array | null {
  const bigrams = bigramsOf(text, index.minLength);
  return bigrams ? toRanks(bigrams, index.rankOf) : null;
}

/** The indexed items that survive the prefilters for a text (a superset of what `findSimilar` returns). */
export function similarityCandidates<T>(index: SimilarityIndex<T>, text: string): T[] {
  const ranks = queryRanks(index, text);
  return ranks ? candidatePositions(index, ranks).map((p) => index.docs[p].item) : [];
}

/** The indexed items whose text has Dice similarity ≥ threshold with `text`, in index order, with the value. */
export function findSimilar<T>(index: SimilarityIndex<T>, text: string): { item: T; similarity: number }[] {
  const ranks = queryRanks(index, text);
  if (!ranks) return [];
  return candidatePositions(index, ranks).flatMap((position) => {
    const doc = index.docs[position];
    const similarity = (2 * overlap(ranks, doc.ranks)) / (ranks.length + doc.ranks.length);
    return similarity >= index.threshold ? [{ item: doc.item, similarity }] : [];
  });
}
