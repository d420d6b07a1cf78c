import { and, eq } from 'drizzle-orm';
import { orgUnits, projects, targetIndicators, targets, users } from '../db/schema/index';
import type { Ctx } from '../platform/context';
import type { Db, DbOrTx } from '../platform/db/client';

let seq = 0;
const next = () => `${Date.now().toString(36)}${(seq++).toString(36)}`;

/** A Ctx acting as the demo finance officer, for tests that call module functions directly (no HTTP). */
export async function financeCtx(db: Db): Promise<Ctx> {
  const [u] = await db.select().from(users).where(eq(users.username, 'finance'));
  const actor = {
    userId: u.id,
    username: u.username,
    displayName: u.displayName,
    role: 'finance' as const,
    regionCode: u.regionCode,
    orgId: u.orgId,
    departmentId: null,
    unitId: null,
  };
  return { actor, ip: '127.0.0.1', db };
}

/** The id and department of a demo org node by code (e.g. '104002'). */
export async function orgByCode(db: DbOrTx, code: string) {
  const [row] = await db
    .select({ id: orgUnits.id, departmentId: orgUnits.departmentId })
    .from(orgUnits)
    .where(and(eq(orgUnits.regionCode, '420102'), eq(orgUnits.code, code)));
  if (!row) throw new Error(`no org ${code}`);
  return { id: row.id, departmentId: row.departmentId ?? row.id };
}

export type ProjectOverrides = Partial<typeof projects.$inferInsert> & { unitId: number; departmentId: number };

/** Inserts a project row (default: 2025, budgeted, 100万元, general budget, education field). */
export async function buildProject(db: DbOrTx, o: ProjectOverrides) {
  const [row] = await db
    .insert(projects)
    .values({
      regionCode: '420102',
      year: 2025,
      code: `T${next()}`,
      name: `测试项目${next()}`,
      fieldCode: 'education',
      budgetType: 'general',
      projectKind: 'oneOff',
      startYear: 2025,
      endYear: 2025,
      totalAmount: 100_000_000,
      requestedAmount: 100_000_000,
      approvedAmount: 100_000_000,
      adjustedAmount: 100_000_000,
      status: 'budgeted',
      ...o,
    })
    .returning();
  return row;
}

export interface IndicatorSeed {
  level1: string;
  level2: string;
  name: string;
  operator: string;
  targetValue: string;
  unit: string;
  weight: number;
}

/** A well-formed default indicator set (产出 50 / 效益 30 / 满意度 10). */
export const defaultIndicators: IndicatorSeed[] = [
  {
    level1: 'output',
    level2: 'quantity',
    name: '校舍维修面积',
    operator: '≥',
    targetValue: '5000',
    unit: '平方米',
    weight: 20,
  },
  {
    level1: 'output',
    level2: 'quality',
    name: '工程验收合格率',
    operator: '≥',
    targetValue: '100',
    unit: '%',
    weight: 15,
  },
  {
    level1: 'output',
    level2: 'timeliness',
    name: '项目完成及时率',
    operator: '≥',
    targetValue: '95',
    unit: '%',
    weight: 5,
  },
  {
    level1: 'output',
    level2: 'cost',
    name: '单位维修成本',
    operator: '≤',
    targetValue: '800',
    unit: '元/平方米',
    weight: 10,
  },
  {
    level1: 'benefit',
    level2: 'socialBenefit',
    name: '学校安全隐患消除率',
    operator: '≥',
    targetValue: '100',
    unit: '%',
    weight: 30,
  },
  {
    level1: 'satisfaction',
    level2: 'serviceSatisfaction',
    name: '师生满意度',
    operator: '≥',
    targetValue: '90',
    unit: '%',
    weight: 10,
  },
];

/** Inserts a target version with indicator rows (default: approved, current). */
export async function buildTarget(
  db: DbOrTx,
  project: { id: number; year: number; unitId: number; departmentId: number },
  o: Partial<typeof targets.$inferInsert> = {},
  indicators: IndicatorSeed[] = defaultIndicators,
) {
  const [target] = await db
    .insert(targets)
    .values({
      regionCode: '420102',
      projectId: project.id,
      year: project.year,
      unitId: project.unitId,
      departmentId: project.departmentId,
      overallGoal: '完成年度建设任务，改善办学条件。',
      annualGoal: '完成校舍维修改造，消除安全隐患。',
      status: 'approved',
      ...o,
    })
    .returning();
  const rows = await db
    .insert(targetIndicators)
    .values(
      indicators.map((ind, i) => ({
        regionCode: '420102',
        targetId: target.id,
        sort: i,
        ...ind,
        targetNumber: ind.operator === '定性' ? null : Number(ind.targetValue),
      })),
    )
    .returning();
  return { target, indicators: rows };
}
