// Near-duplicate detection for analysis texts (偏差原因分析、结论、问题、改进措施).
//
// Measure: Sørensen–Dice coefficient over the sets of character bigrams, 2|A∩B| / (|A| + |B|).
// Chinese has no spaces, so character shingles are the natural unit, and bigrams are the shortest
// shingle that still carries word-level meaning (most Chinese words are two characters).
// Before shingling, whitespace, punctuation and symbols are dropped, Latin letters lower-cased and
// every number replaced by "0": copying last year's text and only updating 2024→2025 or 95.6%→97.2%
// must still count as a copy.
//
// Threshold 0.8 (ReviewRules.similarityThreshold), calibrated on 100–150 character analyses:
//   same text with year/figures updated      1.00
//   same text with the project renamed       ≈ 0.90
//   same text plus a new half-length paragraph ≈ 0.82
//   same facts genuinely rewritten            ≈ 0.42
//   another project in the same style         ≈ 0.24
// 0.8 sits well above honest rewrites and boilerplate overlap, below lightly edited copies.
// Dice (not Jaccard) because it is less harsh on a copy with text appended: Jaccard gives ≈ 0.69 there.

// The checks normalise the same analysis text one after another (too short, near-duplicate): the last result is kept.
let lastText: string | undefined;
let lastNormalized = '';

/** Normalises a text for comparison: no whitespace/punctuation/symbols, lower case, numbers as "0". */
export function normalizeForSimilarity(text: string): string {
  if (text === lastText) return lastNormalized;
  lastNormalized = text
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]/gu, '')
    .replace(/\d+(\.\d+)?/g, '0');
  lastText = text;
  return lastNormalized;
}

/** Returns the set of character bigrams of an already normalised text. */
export function characterBigrams(normalized: string): Set<string> {
  const chars = [...normalized];
  const bigrams = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i += 1) bigrams.add(chars[i] + chars[i + 1]);
  return bigrams;
}

/** Dice similarity (0–1) of two texts over character bigrams after normalisation; 0 if either is too short. */
export function textSimilarity(a: string, b: string): number {
  const left = characterBigrams(normalizeForSimilarity(a));
  const right = characterBigrams(normalizeForSimilarity(b));
  if (left.size === 0 || right.size === 0) return 0;
  let shared = 0;
  for (const bigram of left) if (right.has(bigram)) shared += 1;
  return (2 * shared) / (left.size + right.size);
}
