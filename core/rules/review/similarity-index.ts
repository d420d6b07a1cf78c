// Near-duplicate search without comparing every pair (see README, "Near-duplicate text").
//
// Every text is shingled once into its set of character bigrams (similarity.ts), and the bigrams are ranked in one
// global order, rarest first. Two exact filters from set-similarity joins then keep the pairs to verify few:
//  - length: Dice ≥ t needs t/(2−t) ≤ |A|/|B| ≤ (2−t)/t;
//  - prefix: Dice ≥ t needs |A∩B| ≥ o_A = ⌈t|A|/(2−t)⌉, so the first |A| − o_A + 1 bigrams of A (in the global
//    order) and the first |B| − o_B + 1 of B share a bigram. Only those prefixes go into the inverted index.
// Survivors are verified with the exact Dice coefficient, so `findSimilar` returns exactly what comparing with every
// text would flag (property test in similarity-index.test.ts).
//
// A batch indexes a year's forms on every run, so the index avoids allocation per bigram: bigrams get small integer
// ids from an open-addressing table of code point pairs, sets are deduplicated with a mark per id, and postings are
// one flat array per index (offsets by rank).
import { normalizeForSimilarity } from './similarity.ts';

interface Shingled<T> {
  item: T;
  /** Bigram ranks, ascending (rarest first). */
  ranks: Int32Array;
}

/** Code point pair → dense id (0, 1, 2 … in order of first insertion), open addressing with linear probing. */
class BigramIds {
  private first = new Int32Array(1024);
  private second = new Int32Array(1024);
  private ids = new Int32Array(1024).fill(-1);
  size = 0;

  private slot(a: number, b: number): number {
    const mask = this.ids.length - 1;
    let i = (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b)) & mask;
    while (this.ids[i] !== -1 && (this.first[i] !== a || this.second[i] !== b)) i = (i + 1) & mask;
    return i;
  }

  /** The id of (a, b), or -1 when no indexed text has the pair. */
  get(a: number, b: number): number {
    return this.ids[this.slot(a, b)];
  }

  getOrAdd(a: number, b: number): number {
    let i = this.slot(a, b);
    if (this.ids[i] !== -1) return this.ids[i];
    if ((this.size + 1) * 2 > this.ids.length) {
      this.grow();
      i = this.slot(a, b);
    }
    this.first[i] = a;
    this.second[i] = b;
    this.ids[i] = this.size;
    this.size += 1;
    return this.ids[i];
  }

  private grow() {
    const { first, second, ids } = this;
    const capacity = ids.length * 2;
    this.first = new Int32Array(capacity);
    this.second = new Int32Array(capacity);
    this.ids = new Int32Array(capacity).fill(-1);
    for (let i = 0; i < ids.length; i += 1) {
      if (ids[i] === -1) continue;
      const j = this.slot(first[i], second[i]);
      this.first[j] = first[i];
      this.second[j] = second[i];
      this.ids[j] = ids[i];
    }
  }
}

export interface SimilarityIndex<T> {
  threshold: number;
  minLength: number;
  docs: Shingled<T>[];
  /** Bigram ids of the indexed texts, and each id's rank in the global order (document frequency ascending). */
  bigrams: BigramIds;
  rankOfId: Int32Array;
  /** Postings: positions in docs whose prefix holds rank r are postingDocs[postingStart[r] … postingStart[r + 1]). */
  postingStart: Int32Array;
  postingDocs: Int32Array;
  /** Scratch marks of one query (its bigram ids, its candidates), valid when equal to `generation`. */
  queryMark: Int32Array;
  seen: Int32Array;
  generation: number;
  /** Position of each indexed item (built on first use by findSimilarToIndexed). */
  positionOf?: Map<T, number>;
}

const EPS = 1e-9;

/**
 * The code points of `normalizeForSimilarity(text)`. The normalisation stays three native regular-expression passes:
 * a batch often runs once in a process, where a character loop in JavaScript would still be interpreted.
 */
function normalizedCodePoints(text: string): number[] {
  const normalized = normalizeForSimilarity(text);
  const codes: number[] = [];
  for (let i = 0; i < normalized.length; i += 1) {
    const code = normalized.codePointAt(i) ?? 0;
    codes.push(code);
    if (code > 0xffff) i += 1;
  }
  return codes;
}

/** Smallest overlap a set of `size` bigrams needs with any other set to reach Dice `t`. */
function minOverlap(size: number, t: number): number {
  return Math.max(1, Math.ceil((t * size) / (2 - t) - EPS));
}

/** Length of the prefix of a ranks array that goes into (or is looked up in) the inverted index. */
const prefixLength = (size: number, t: number) => size - minOverlap(size, t) + 1;

/**
 * Indexes texts for `findSimilar` at Dice ≥ threshold. Texts shorter than minLength normalised characters are
 * left out, as checkAnalysisNearDuplicate does not compare them.
 */
export function buildSimilarityIndex<T>(
  items: readonly T[],
  textOf: (item: T) => string,
  opts: { threshold: number; minLength: number },
): SimilarityIndex<T> {
  const bigrams = new BigramIds();
  const kept: { item: T; ids: number[] }[] = [];
  const df: number[] = [];
  /** Per bigram id: the last kept text that had it (dedupes each text's bigrams without a Set). */
  const lastDoc: number[] = [];
  for (const item of items) {
    const codes = normalizedCodePoints(textOf(item));
    if (codes.length < opts.minLength || codes.length < 2) continue;
    const doc = kept.length;
    const ids: number[] = [];
    for (let i = 0; i + 1 < codes.length; i += 1) {
      const id = bigrams.getOrAdd(codes[i], codes[i + 1]);
      if (id === df.length) {
        df.push(0);
        lastDoc.push(-1);
      }
      if (lastDoc[id] === doc) continue;
      lastDoc[id] = doc;
      df[id] += 1;
      ids.push(id);
    }
    kept.push({ item, ids });
  }
  // Global order: document frequency ascending, then first appearance (ids), so rare bigrams lead every prefix.
  // Counting sort by document frequency (stable, so ties keep id order).
  const start = new Int32Array(kept.length + 2);
  for (const count of df) start[count + 1] += 1;
  for (let c = 1; c < start.length; c += 1) start[c] += start[c - 1];
  const rankOfId = new Int32Array(df.length);
  const idOfRank = new Int32Array(df.length);
  for (let id = 0; id < df.length; id += 1) {
    const rank = start[df[id]]++;
    rankOfId[id] = rank;
    idOfRank[rank] = id;
  }
  // Each text's ranks in ascending order without sorting: walk the ranks in order through the texts of each bigram.
  const textStart = new Int32Array(df.length + 1);
  for (let id = 0; id < df.length; id += 1) textStart[id + 1] = textStart[id] + df[id];
  const textsOf = new Int32Array(textStart[df.length]);
  const next = textStart.slice(0, df.length);
  kept.forEach(({ ids }, doc) => {
    for (const id of ids) textsOf[next[id]++] = doc;
  });
  const docs = kept.map(({ item, ids }) => ({ item, ranks: new Int32Array(ids.length) }));
  const filled = new Int32Array(docs.length);
  for (let rank = 0; rank < df.length; rank += 1) {
    const id = idOfRank[rank];
    for (let k = textStart[id]; k < textStart[id + 1]; k += 1) {
      const doc = textsOf[k];
      docs[doc].ranks[filled[doc]++] = rank;
    }
  }
  const postingStart = new Int32Array(df.length + 1);
  for (const doc of docs) {
    const prefix = prefixLength(doc.ranks.length, opts.threshold);
    for (let i = 0; i < prefix; i += 1) postingStart[doc.ranks[i] + 1] += 1;
  }
  for (let r = 1; r < postingStart.length; r += 1) postingStart[r] += postingStart[r - 1];
  const fill = postingStart.slice(0, df.length);
  const postingDocs = new Int32Array(postingStart[df.length]);
  docs.forEach((doc, position) => {
    const prefix = prefixLength(doc.ranks.length, opts.threshold);
    for (let i = 0; i < prefix; i += 1) postingDocs[fill[doc.ranks[i]]++] = position;
  });
  return {
    threshold: opts.threshold,
    minLength: opts.minLength,
    docs,
    bigrams,
    rankOfId,
    postingStart,
    postingDocs,
    queryMark: new Int32Array(df.length),
    seen: new Int32Array(docs.length),
    generation: 0,
  };
}

/**
 * |a ∩ b| of two ascending rank arrays, or -1 as soon as the rest cannot bring it to `needed` (the overlap Dice ≥ t
 * asks for, less a margin, so a pair at the threshold is always counted in full).
 */
function overlap(a: Int32Array, b: Int32Array, needed: number): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    if (shared + Math.min(a.length - i, b.length - j) < needed) return -1;
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
  const prefix = prefixLength(ranks.length, t);
  const known = index.rankOfId.length;
  index.generation += 1;
  const { seen, generation, postingStart, postingDocs, docs } = index;
  const out: number[] = [];
  for (let i = 0; i < prefix; i += 1) {
    const rank = ranks[i];
    if (rank >= known) break; // ranks are ascending and unseen bigrams rank after every indexed one
    for (let k = postingStart[rank]; k < postingStart[rank + 1]; k += 1) {
      const position = postingDocs[k];
      if (seen[position] === generation) continue;
      const size = docs[position].ranks.length;
      if (size >= low && size <= high) {
        seen[position] = generation;
        out.push(position);
      }
    }
  }
  return out.sort((a, b) => a - b);
}

/**
 * The ranks of a text's distinct bigrams, ascending; bigrams no indexed text has rank after every indexed one (they
 * match nothing but count in the set's size). Null when the text is too short to compare.
 */
function queryRanks<T>(index: SimilarityIndex<T>, text: string): Int32Array | null {
  const codes = normalizedCodePoints(text);
  if (codes.length < index.minLength || codes.length < 2) return null;
  const known: number[] = [];
  index.generation += 1;
  const { queryMark, generation } = index;
  let unseen: Set<number> | null = null;
  for (let i = 0; i + 1 < codes.length; i += 1) {
    const id = index.bigrams.get(codes[i], codes[i + 1]);
    if (id === -1) {
      unseen ??= new Set<number>();
      unseen.add(codes[i] * 0x110000 + codes[i + 1]);
    } else if (queryMark[id] !== generation) {
      queryMark[id] = generation;
      known.push(index.rankOfId[id]);
    }
  }
  const ranks = new Int32Array(known.length + (unseen?.size ?? 0));
  ranks.set(known);
  for (let i = known.length; i < ranks.length; i += 1) ranks[i] = index.rankOfId.length + (i - known.length);
  return ranks.sort();
}

/** The indexed items that survive the prefilters for a text (a superset of what `findSimilar` returns). */
export function similarityCandidates<T>(index: SimilarityIndex<T>, text: string): T[] {
  const ranks = queryRanks(index, text);
  return ranks ? candidatePositions(index, ranks).map((p) => index.docs[p].item) : [];
}

/** The indexed items whose text has Dice similarity ≥ threshold with `text`, in index order, with the value. */
export function findSimilar<T>(index: SimilarityIndex<T>, text: string): { item: T; similarity: number }[] {
  const ranks = queryRanks(index, text);
  return ranks ? verified(index, ranks) : [];
}

/**
 * `findSimilar(index, textOf(item))` for an item that is itself indexed, without shingling its text again (its ranks
 * are the ones a query would compute: every bigram of it is known). Null when the item is not in the index.
 */
export function findSimilarToIndexed<T>(index: SimilarityIndex<T>, item: T): { item: T; similarity: number }[] | null {
  index.positionOf ??= new Map(index.docs.map((doc, position) => [doc.item, position]));
  const position = index.positionOf.get(item);
  return position === undefined ? null : verified(index, index.docs[position].ranks);
}

function verified<T>(index: SimilarityIndex<T>, ranks: Int32Array): { item: T; similarity: number }[] {
  return candidatePositions(index, ranks).flatMap((position) => {
    const doc = index.docs[position];
    const size = ranks.length + doc.ranks.length;
    const shared = overlap(ranks, doc.ranks, (index.threshold * size) / 2 - 1e-6);
    if (shared < 0) return [];
    const similarity = (2 * shared) / size;
    return similarity >= index.threshold ? [{ item: doc.item, similarity }] : [];
  });
}
