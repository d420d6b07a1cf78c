import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { characterBigrams, defaultReviewRules, normalizeForSimilarity } from '../../../core/rules/review/index';
import { createTestApp, type TestApp } from '../../test/app';

// The jx_* functions of migration 0019 are the SQL twins of core/rules/review/similarity.ts (generated from the
// JavaScript classes by scripts/normalize-sql.ts). The review checks in SQL are only exact if they agree with the
// JavaScript on every character, so this walks the whole code space. One known difference, left on purpose: a Greek
// capital sigma ending a word lower-cases to ς in JavaScript (context-dependent) and to σ in SQL (per character).

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

const one = async <T>(query: ReturnType<typeof sql>) => (await t.database.db.execute(query)).rows[0] as T;

describe('text normalisation in SQL', () => {
  it('stores project-name patterns for the current default stop words', async () => {
    // The generated column froze the defaults in its migration; checks-sql.ts uses it when a region's words equal
    // defaultStopWordsSql, so changing the defaults needs a migration that changes the column too.
    const row = await one<{ expr: string }>(sql`
      SELECT pg_get_expr(d.adbin, d.adrelid) AS expr FROM pg_attrdef d
        JOIN pg_attribute a ON a.attrelid = d.adrelid AND a.attnum = d.adnum
       WHERE d.adrelid = 'project'::regclass AND a.attname = 'name_patterns'`);
    expect(row.expr).toContain(`{${defaultReviewRules.projectNameStopWords.join(',')}}`);
  });

  it('removes, lower-cases and keeps exactly the code points JavaScript does', async () => {
    const changed: number[] = [];
    const expected: string[] = [];
    for (let c = 1; c < 0x110000; c += 1) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCodePoint(c);
      const normalized = normalizeForSimilarity(ch);
      if (normalized !== ch) {
        changed.push(c);
        expected.push(normalized);
      }
    }
    expect(changed.length).toBeGreaterThan(10_000);
    const differing = await one<{ list: number[] | null }>(sql`
      SELECT array_agg(x.c ORDER BY x.c) AS list
        FROM unnest(${`{${changed.join(',')}}`}::int[],
                    array(SELECT jsonb_array_elements_text(${JSON.stringify(expected)}::jsonb))) AS x(c, e)
       WHERE jx_normalize(chr(x.c)) IS DISTINCT FROM x.e`);
    expect(differing.list).toBeNull();
    const unchanged = await one<{ n: number }>(sql`
      SELECT count(*)::int AS n FROM generate_series(1, 1114111) c
       WHERE c NOT BETWEEN 55296 AND 57343 AND NOT (c = ANY(${`{${changed.join(',')}}`}::int[]))
         AND jx_normalize(chr(c)) <> chr(c)`);
    expect(unchanged.n).toBe(0);
  }, 120_000);

  it('agrees on whole texts: number runs, capitals, whitespace, keywords, stop words and bigrams', async () => {
    const texts = [
      '2024年完成率95.6%，较上年（2023年）提高3.5个百分点。',
      'PM2.5浓度 下降；ＡＢＣ级 İstanbul ΣΑ 项目',
      '  \t\u3000 　—— ',
      '教育, 医疗，卫生、 学校\u3000养老  ',
      '2025年度教育专项经费项目',
    ];
    for (const text of texts) {
      const row = await one<{
        n: string;
        s: string;
        k: string[];
        nk: string[];
        b: string[];
        w: string[];
        p: string[];
      }>(sql`
        SELECT jx_normalize(${text}) AS n, jx_strip_spaces(${text}) AS s, jx_split_keywords(${text}) AS k,
               jx_keywords(${text}) AS nk, jx_bigrams(jx_normalize(${text})) AS b,
               jx_split_words(${text}, ARRAY['项目', '专项', '经费', '年度']) AS w,
               jx_name_patterns(${text}, ARRAY['项目', '专项', '经费', '年度']) AS p`);
      expect(row.n, text).toBe(normalizeForSimilarity(text));
      expect(row.s, text).toBe(text.replace(/\s+/g, ''));
      expect(row.k.filter(Boolean), text).toEqual(text.split(/[,，、\s]+/).filter(Boolean));
      expect(new Set(row.b), text).toEqual(characterBigrams(normalizeForSimilarity(text)));
      let parts = [text];
      for (const word of ['项目', '专项', '经费', '年度'])
        if (parts.some((part) => part.includes(word))) parts = parts.flatMap((part) => part.split(word));
      expect(row.w.filter(Boolean), text).toEqual(parts.filter(Boolean));
      expect(row.nk, text).toEqual(
        text
          .split(/[,，、\s]+/)
          .filter(Boolean)
          .map(normalizeForSimilarity)
          .filter((k) => k !== ''),
      );
      const bigrams = new Set(parts.flatMap((part) => [...characterBigrams(normalizeForSimilarity(part))]));
      expect(new Set(row.p), text).toEqual(new Set([...bigrams].map((b) => `%${b}%`)));
    }
  });
});
