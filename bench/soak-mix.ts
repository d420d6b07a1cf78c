/**
 * The soak's mix of operations: list and detail reads by several roles, inbox reads, and writes (a feedback ticket,
 * a draft target save, a draft project). Ids come from the running server (lists queried at setup), never constants.
 */

export interface Op {
  name: string;
  weight: number;
  role: string;
  method: 'GET' | 'POST' | 'PUT';
  /** Path (and body) for the n-th call of this op. */
  build(n: number): { path: string; body?: unknown };
}

export type Call = (role: string, method: string, path: string, body?: unknown) => Promise<Response>;

const INDICATORS = [
  ['output', 'quantity', '培训人次', '≥', '500', '人次', 30],
  ['output', 'quality', '培训合格率', '≥', '95', '%', 20],
  ['output', 'timeliness', '按期完成率', '=', '100', '%', 10],
  ['output', 'cost', '人均培训成本', '≤', '800', '元', 10],
  ['benefit', 'socialBenefit', '参训人员技能提升率', '≥', '80', '%', 20],
  ['satisfaction', 'serviceSatisfaction', '参训人员满意度', '≥', '90', '%', 10],
].map(([level1, level2, name, operator, targetValue, unit, weight]) => ({
  level1,
  level2,
  name,
  operator,
  targetValue,
  unit,
  weight,
}));

const pick = <T>(list: T[], n: number) => list[n % list.length];

async function ids(call: Call, role: string, path: string) {
  const res = await call(role, 'GET', path);
  if (res.status !== 200) throw new Error(`soak setup: ${role} GET ${path} → ${res.status}`);
  const body = (await res.json()) as { items?: { id: number }[] } | { id: number }[];
  const rows = Array.isArray(body) ? body : (body.items ?? []);
  if (rows.length === 0) throw new Error(`soak setup: ${role} GET ${path} returned no rows`);
  return rows.map((r) => r.id);
}

/** A draft project of the unit account with its draft target, for the draft-save writes. */
async function draftTarget(call: Call, k: number) {
  const project = await call('unit', 'POST', '/api/projects', {
    year: 2026,
    name: `压力测试培训项目${k}`,
    fieldCode: 'education',
    budgetType: 'general',
    projectKind: 'oneOff',
    startYear: 2026,
    endYear: 2026,
    totalAmount: 50_000_000,
    requestedAmount: 50_000_000,
  });
  if (project.status !== 200) throw new Error(`soak setup: project ${project.status} ${await project.text()}`);
  const { id: projectId } = (await project.json()) as { id: number };
  const target = await call('unit', 'POST', '/api/targets', { projectId });
  if (target.status !== 200) throw new Error(`soak setup: target ${target.status} ${await target.text()}`);
  return ((await target.json()) as { id: number }).id;
}

/** Builds the mix against the running server. */
export async function buildMix(call: Call, drafts: number): Promise<Op[]> {
  const list = '/api/projects?year=2025&page=1&pageSize=20';
  const financeProjects = await ids(call, 'finance', list);
  const unitProjects = await ids(call, 'unit', list);
  const targetIds: number[] = [];
  for (let k = 0; k < drafts; k++) targetIds.push(await draftTarget(call, k));
  const get = (name: string, weight: number, role: string, path: string | ((n: number) => string)): Op => ({
    name,
    weight,
    role,
    method: 'GET',
    build: (n) => ({ path: typeof path === 'string' ? path : path(n) }),
  });
  return [
    get('项目列表（财政）', 10, 'finance', list),
    get('项目列表（单位）', 8, 'unit', list),
    get('项目列表（主管部门）', 6, 'department', list),
    get('项目详情（财政）', 10, 'finance', (n) => `/api/projects/${pick(financeProjects, n)}`),
    get('项目详情（单位）', 6, 'unit', (n) => `/api/projects/${pick(unitProjects, n)}`),
    get('绩效目标列表（主管部门）', 6, 'department', '/api/targets?year=2025'),
    get('指标库检索（财政）', 5, 'finance', '/api/indicators?year=2025&q=%E7%8E%87&page=1&pageSize=20'),
    get('整改清单（单位）', 4, 'unit', '/api/rectifications?year=2025&page=1&pageSize=20'),
    get('待办（单位）', 8, 'unit', '/api/inbox'),
    get('待办计数（主管部门）', 6, 'department', '/api/inbox/counts'),
    get('首页统计（领导）', 4, 'leader', '/api/dashboard/home'),
    get('事前评估（专家）', 3, 'expert', '/api/ex-ante/assessments'),
    get('重点评价（财政）', 3, 'finance', '/api/key-evaluations'),
    {
      name: '提交意见反馈（单位）',
      weight: 6,
      role: 'unit',
      method: 'POST',
      build: (n) => ({
        path: '/api/feedback',
        body: { stage: 'targets', title: `压力测试反馈${n}`, question: '绩效目标的数量指标如何设置更合理？' },
      }),
    },
    {
      name: '保存目标草稿（单位）',
      weight: 6,
      role: 'unit',
      method: 'PUT',
      build: (n) => ({
        path: `/api/targets/${pick(targetIds, n)}`,
        body: { annualGoal: `年度目标第${n}次修改`, indicators: INDICATORS },
      }),
    },
  ];
}

/** Chooses an op by weight with a deterministic sequence (n-th call). */
export function chooser(ops: Op[]) {
  const total = ops.reduce((a, o) => a + o.weight, 0);
  let seed = 7;
  return () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    let r = (seed / 2 ** 31) * total;
    for (const o of ops) {
      r -= o.weight;
      if (r < 0) return o;
    }
    return ops[ops.length - 1];
  };
}
