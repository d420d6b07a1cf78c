import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app';
import { perfunctoryTexts } from '../catalog/texts';
import { composeTexts, type TextRow } from './self-evaluation-texts';

const row = (o: Partial<TextRow>): TextRow => ({
  name: '课后服务覆盖学生数',
  operator: '≥',
  targetValue: '20000',
  unit: '人',
  actual: 21500,
  level: null,
  missed: false,
  ...o,
});
const input = (rows: TextRow[]) => ({
  projectName: '中小学课后服务经费',
  annualBudget: 456_000_000,
  executionRate: 93.5,
  rows,
});
const draws = { analysis: 0.1, problems: 0.6, measures: 0.9 };

describe('composeTexts (demo self-evaluation analysis)', () => {
  it('describes its own project: name, budget, execution and the values of its indicators', () => {
    const texts = composeTexts(
      input([
        row({}),
        row({ name: '生均课后服务成本', operator: '≤', targetValue: '600', unit: '元/人·年', actual: 560 }),
      ]),
      draws,
    );
    expect(texts.conclusion).toMatch(/^中小学课后服务经费全年预算456\.00万元，执行率93\.5%。各项绩效指标均已完成，/);
    expect(texts.conclusion).toContain('“课后服务覆盖学生数”完成21500人（目标≥20000人）');
    expect(texts.conclusion).toContain('“生均课后服务成本”完成560元/人·年（目标≤600元/人·年）');
    expect(texts.problems).toBe('个别指标值设置偏保守，实际完成值明显高于年度目标。');
    expect(texts.measures).toContain('中小学课后服务经费');
  });

  it('names the missed indicators and gives the first one a cause', () => {
    const texts = composeTexts(
      input([
        row({ actual: 18000, missed: true }),
        row({
          name: '学生及家长满意度',
          operator: '定性',
          targetValue: '满意',
          unit: '',
          actual: null,
          level: '部分达成',
          missed: true,
        }),
      ]),
      { ...draws, measures: 0 },
    );
    expect(texts.conclusion).toContain('“课后服务覆盖学生数”“学生及家长满意度”未完成年度目标，');
    expect(texts.problems).toMatch(/^“课后服务覆盖学生数”仅完成18000人（目标≥20000人），未达到年度目标，主要是/);
    // The first phrasing of a measure names the indicator to set better next year.
    expect(texts.measures).toContain('参照“课后服务覆盖学生数”等指标');
    const qualitative = composeTexts(input([row({ actual: null, level: '未达成', missed: true })]), draws);
    expect(qualitative.problems).toMatch(/^“课后服务覆盖学生数”评价为未达成，/);
    // Everything missed: the names are said once, and the ending does not claim the goals were met.
    expect(qualitative.conclusion.match(/课后服务覆盖学生数/g)).toHaveLength(1);
    expect(qualitative.conclusion).not.toContain('基本实现');
    const ceiling = composeTexts(
      input([
        row({ name: '生均课后服务成本', operator: '≤', targetValue: '600', unit: '元', actual: 650, missed: true }),
      ]),
      draws,
    );
    expect(ceiling.problems).toMatch(/^“生均课后服务成本”实际为650元（目标≤600元），未达到年度目标，/);
  });

  it('is deterministic and keeps every text within 200 characters', () => {
    const rows = [row({ name: '一'.repeat(90) }), row({ name: '二'.repeat(90) })];
    const a = composeTexts(input(rows), draws);
    expect(composeTexts(input(rows), draws)).toEqual(a);
    for (const text of Object.values(a)) expect(text.length).toBeLessThanOrEqual(200);
  });
});

describe('demo self-evaluations', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t.close());

  it('each written analysis names its own project and no other project of the year', async () => {
    const { rows } = await t.database.pool.query<{ id: number; conclusion: string; name: string }>(
      `select f.id, f.conclusion, p.name from self_evaluation f join project p on p.id = f.project_id
       where f.year = 2024 order by f.id`,
    );
    expect(rows.length).toBeGreaterThan(50);
    const names = [...new Set(rows.map((r) => r.name))];
    const written = rows.filter((r) => !perfunctoryTexts.includes(r.conclusion));
    expect(written.length).toBeGreaterThan(rows.length / 2);
    for (const r of written) {
      expect(r.conclusion.startsWith(r.name), `${r.id}: ${r.conclusion}`).toBe(true);
      const others = names.filter((n) => n !== r.name && !r.name.includes(n) && r.conclusion.includes(n));
      expect(others, `${r.id}: ${r.conclusion}`).toEqual([]);
    }
  });
});
