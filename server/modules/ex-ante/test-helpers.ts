import type { ScoringTemplate } from '../../../core/rules/ex-ante/template-types';
import type { Client, TestApp } from '../../test/app';
import { buildProject, orgByCode } from '../../test/factories';
import { multipart } from '../../test/multipart';

export const WAN = 1_000_000;
export const REQUESTED = 600 * WAN;
/** Two lines adding up to 600万元. */
export const LINES = [
  {
    name: '交互式智慧黑板',
    quantity: 200,
    unit: '台',
    unitPrice: 18_000_00,
    amount: 360_000_000,
    basis: 'market' as const,
  },
  {
    name: '教室网络改造',
    quantity: 300,
    unit: '间',
    unitPrice: 8_000_00,
    amount: 240_000_000,
    basis: 'quota' as const,
  },
];

const sessions = new WeakMap<TestApp, Map<string, Client>>();
/** One signed-in client per user and test app (logins are rate-limited). */
export async function as(t: TestApp, username: string) {
  const cache = sessions.get(t) ?? new Map<string, Client>();
  sessions.set(t, cache);
  const hit = cache.get(username);
  if (hit) return hit;
  const c = await t.as(username);
  cache.set(username, c);
  return c;
}

/** A 2026 new project of unit 104002 (the `unit` account) that needs a finance assessment (≥ 500万元). */
export async function newProject(t: TestApp, unitCode = '104002', o: Record<string, unknown> = {}) {
  const unit = await orgByCode(t.database.db, unitCode);
  return buildProject(t.database.db, {
    unitId: unit.id,
    departmentId: unit.departmentId,
    year: 2026,
    startYear: 2026,
    endYear: 2026,
    status: 'pendingAssessment',
    isNew: true,
    requestedAmount: REQUESTED,
    totalAmount: REQUESTED,
    approvedAmount: null,
    adjustedAmount: null,
    ...o,
  });
}

export function application(version: number, lines = LINES) {
  return {
    necessity: '现有教学设备老化，不能满足信息化教学需要。',
    implementationPlan: '一季度采购，二季度安装，三季度验收。',
    expectedBenefits: '覆盖全区 20 所学校、1.2 万名学生。',
    targetsDraft: '设备验收合格率100%；师生满意度≥90%。',
    mainOutput: '交互式智慧黑板',
    outputQuantity: 200,
    outputUnit: '台',
    historyUnitCost: 17_500_00,
    templateKind: 'project',
    costLines: lines,
    version,
  };
}

/** The unit opens, fills, uploads the required materials and submits; returns the assessment id. */
export async function applyAndSubmit(_t: TestApp, unit: Client, projectId: number) {
  const created = await unit.post('/api/ex-ante/assessments', { projectId });
  if (created.statusCode !== 200) throw new Error(created.body);
  const id = created.json().id as number;
  const saved = await unit.put(`/api/ex-ante/assessments/${id}/application`, application(created.json().version));
  if (saved.statusCode !== 200) throw new Error(saved.body);
  for (const slot of ['feasibility', 'costBasis']) {
    const up = await unit.request(
      multipart('/api/attachments', Buffer.from('材料内容'), `${slot}.txt`, {
        ownerEntity: 'exAnteAssessment',
        ownerId: String(id),
        slot,
      }),
    );
    if (up.statusCode !== 200) throw new Error(up.body);
  }
  const submitted = await unit.post(`/api/ex-ante/assessments/${id}/submit`);
  if (submitted.statusCode !== 200) throw new Error(submitted.body);
  return id;
}

/** Pool ids of the experts linked to the given accounts. */
export async function expertIds(finance: Client, usernames: string[]) {
  const pool = (await finance.get('/api/experts')).json() as { id: number; username: string | null }[];
  return usernames.map((u) => {
    const e = pool.find((x) => x.username === u);
    if (!e) throw new Error(`no expert ${u}`);
    return e.id;
  });
}

/** A full sheet at `ratio` of every point's weight (half-point steps), with a comment per point. */
export function fullSheet(template: ScoringTemplate, ratio: number) {
  const scores: Record<string, number> = {};
  const comments: Record<string, string> = {};
  for (const d of template.dimensions)
    for (const p of d.points) {
      scores[p.code] = Math.round(p.weight * ratio * 2) / 2;
      comments[p.code] = '意见';
    }
  return { scores, comments, overallComment: '总体可行', submit: true };
}

/** Each expert signs in and submits a sheet at the given ratio. */
export async function scoreAll(t: TestApp, id: number, usernames: string[], ratios: number[]) {
  for (const [i, u] of usernames.entries()) {
    const c = await as(t, u);
    const d = (await c.get(`/api/ex-ante/assessments/${id}`)).json();
    const res = await c.put(`/api/ex-ante/assessments/${id}/scores`, fullSheet(d.template, ratios[i]));
    if (res.statusCode !== 200) throw new Error(res.body);
  }
}
