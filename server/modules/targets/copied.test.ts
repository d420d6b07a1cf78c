import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orgUnits, users } from '../../db/schema/index';
import { createTestApp, type TestApp } from '../../test/app';
import { buildProject, buildTarget, defaultIndicators } from '../../test/factories';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

const COPIED = '智慧课堂示范教室建成数量';
const OTHER_FIELD = '基层医疗卫生机构远程会诊开通数';

/** The org of a demo account (its unit) with the unit's department. */
async function orgOf(username: string) {
  const [row] = await t.database.db
    .select({ id: orgUnits.id, departmentId: orgUnits.departmentId })
    .from(users)
    .innerJoin(orgUnits, eq(orgUnits.id, users.orgId))
    .where(eq(users.username, username));
  return { id: row.id, departmentId: row.departmentId ?? row.id };
}

/** Another unit's current 2026 target in the given field, with one custom indicator name. */
async function otherUnitTarget(fieldCode: string, name: string) {
  const org = await orgOf('unit2');
  const project = await buildProject(t.database.db, {
    year: 2026,
    startYear: 2026,
    endYear: 2026,
    fieldCode,
    unitId: org.id,
    departmentId: org.departmentId,
  });
  const indicators = defaultIndicators.map((i, k) => (k === 0 ? { ...i, name } : i));
  await buildTarget(t.database.db, project, {}, indicators);
}

describe('target check: indicator copied from another unit’s project', () => {
  it('warns on a name used verbatim by another unit’s target of the same year and field, not across fields', async () => {
    await otherUnitTarget('education', COPIED);
    await otherUnitTarget('health', OTHER_FIELD);
    const unit = await t.as('unit');
    const created = await unit.post('/api/projects', {
      year: 2026,
      name: '智慧课堂建设项目',
      fieldCode: 'education',
      budgetType: 'general',
      projectKind: 'oneOff',
      startYear: 2026,
      endYear: 2026,
      totalAmount: 50_000_000,
      requestedAmount: 50_000_000,
    });
    expect(created.statusCode, created.body).toBe(200);
    const id = (await unit.post('/api/targets', { projectId: created.json().id })).json().id as number;
    const indicators = defaultIndicators.map((i, k) =>
      k === 0 ? { ...i, name: ' 智慧课堂 示范教室建成数量' } : k === 1 ? { ...i, name: OTHER_FIELD } : i,
    );
    const saved = await unit.put(`/api/targets/${id}`, { annualGoal: '建成智慧课堂示范教室', indicators });
    expect(saved.statusCode, saved.body).toBe(200);

    const detail = (await unit.get(`/api/targets/${id}`)).json() as {
      findings: { code: string; severity: string; indicatorIndex?: number; message: string }[];
    };
    const copied = detail.findings.filter((f) => f.code === 'copiedFromOtherProject');
    const first = copied.find((f) => f.indicatorIndex === 0);
    expect(first).toMatchObject({ severity: 'warning' });
    expect(first?.message).toContain('示范教室建成数量”与其他单位项目的指标完全相同');
    // the same name in another field's project is not a copy
    expect(copied.some((f) => f.indicatorIndex === 1)).toBe(false);
    // a warning never blocks the submission
    expect((await unit.post(`/api/targets/${id}/submit`)).json().status).toBe('submitted');
  });
});
