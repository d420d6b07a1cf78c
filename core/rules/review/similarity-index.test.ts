import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../random.ts';
import { otherProjectAnalysis, sampleAnalysis } from './fixtures.ts';
import { defaultReviewRules } from './review-rules.ts';
import { normalizeForSimilarity, textSimilarity } from './similarity.ts';
import { buildSimilarityIndex, findSimilar, findSimilarToIndexed, similarityCandidates } from './similarity-index.ts';

const minLength = defaultReviewRules.minSimilarityLength;
/** 600 CJK characters, drawn with a skewed (Zipf-like) frequency as in real text. */
const ALPHABET = Array.from({ length: 600 }, (_, i) => String.fromCodePoint(0x4e00 + i * 7));

/** Generated corpus: random base texts and edited copies (substitutions, deletions, insertions, appends, cuts). */
function generateTexts(seed: number, bases: number, copiesPerBase: number): string[] {
  const random = seededRandom(seed);
  const pick = () => ALPHABET[Math.floor(random() ** 3 * ALPHABET.length)];
  const texts: string[] = [];
  for (let b = 0; b < bases; b += 1) {
    const length = 10 + Math.floor(random() * 190);
    const base = Array.from({ length }, pick);
    texts.push(base.join(''));
    for (let c = 0; c < copiesPerBase; c += 1) {
      const copy = [...base];
      const edits = Math.floor(random() * random() * length * 0.6);
      for (let e = 0; e < edits; e += 1) {
        const at = Math.floor(random() * copy.length);
        const kind = random();
        if (kind < 0.4) copy[at] = pick();
        else if (kind < 0.7) copy.splice(at, 1);
        else copy.splice(at, 0, pick());
      }
      if (random() < 0.3) copy.push(...Array.from({ length: Math.floor(random() * length * 0.5) }, pick));
      if (random() < 0.2) copy.splice(0, Math.floor(random() * copy.length * 0.3));
      texts.push(`${copy.join('')}，${2020 + Math.floor(random() * 6)}年`);
    }
  }
  return texts;
}

const isLongEnough = (text: string) => [...normalizeForSimilarity(text)].length >= minLength;

describe('similarity index prefilter (property over generated texts)', () => {
  it.each([
    [1, 0.8],
    [2, 0.9],
    [3, 0.7],
    [4, 0.5],
    [5, 0.95],
  ])(
    'seed %i, threshold %f: never drops a pair the exact Dice flags, and finds exactly those',
    (seed, threshold) => {
      const texts = generateTexts(seed, 25, 3);
      const items = texts.map((text, id) => ({ id, text }));
      const index = buildSimilarityIndex(items, (t) => t.text, { threshold, minLength });
      let flagged = 0;
      let candidates = 0;
      for (const query of texts) {
        const expected = texts.flatMap((text, id) => {
          if (!isLongEnough(query) || !isLongEnough(text)) return [];
          const similarity = textSimilarity(query, text);
          return similarity >= threshold ? [{ id, similarity }] : [];
        });
        const passed = new Set(similarityCandidates(index, query).map((c) => c.id));
        for (const e of expected) expect(passed.has(e.id), `pair dropped at ${e.similarity}`).toBe(true);
        const found = findSimilar(index, query).map((f) => ({ id: f.item.id, similarity: f.similarity }));
        expect(found).toEqual(expected);
        // An indexed text looked up by its item gives the same answer; a text too short to index is not found.
        const item = items[texts.indexOf(query)];
        const byItem = findSimilarToIndexed(index, item);
        if (isLongEnough(query))
          expect(byItem?.map((f) => ({ id: f.item.id, similarity: f.similarity }))).toEqual(expected);
        else expect(byItem).toBeNull();
        flagged += expected.length;
        candidates += passed.size;
      }
      // Not vacuous: pairs other than a text with itself are flagged, and the filters prune most pairs.
      expect(flagged).toBeGreaterThan(texts.length);
      expect(candidates).toBeLessThan((texts.length * texts.length) / 4);
    },
    30_000,
  ); // all-pairs reference comparison: ~1 s alone, slower on a shared machine

  it('finds the calibrated copy and leaves an unrelated analysis out', () => {
    const items = [
      { id: 1, text: sampleAnalysis.replace('2025', '2024') },
      { id: 2, text: otherProjectAnalysis },
      { id: 3, text: '无' },
    ];
    const index = buildSimilarityIndex(items, (i) => i.text, { threshold: 0.8, minLength });
    expect(findSimilar(index, sampleAnalysis).map((f) => f.item.id)).toEqual([1]);
    expect(similarityCandidates(index, '无')).toEqual([]);
  });

  it('returns every long enough text at threshold 0', () => {
    const items = [{ text: sampleAnalysis }, { text: otherProjectAnalysis }, { text: '短' }];
    const index = buildSimilarityIndex(items, (i) => i.text, { threshold: 0, minLength });
    expect(findSimilar(index, sampleAnalysis)).toHaveLength(2);
  });
});
