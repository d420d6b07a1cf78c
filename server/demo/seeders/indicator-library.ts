/**
 * Demo indicator library (指标库) for 2025 and 2026: the starter catalog (common + field indicators, enabled);
 * 2026 is derived from 2025, plus a few industry indicators proposed by departments awaiting finance approval.
 */
import { libraryIndicators } from '../../db/schema/index';
import { type IndicatorTemplate, indicatorLibrary } from '../catalog/indicators';
import { projectTemplates } from '../catalog/projects';
import type { SeedContext } from './types';

const scoringNotes: Record<string, string> = {
  '≥': '完成值达到目标值得满分，未达到按完成比例计分',
  '>': '完成值超过目标值得满分，未超过按完成比例计分',
  '=': '完成值等于目标值得满分，存在偏差按偏差程度扣分',
  '≤': '实际值不超过目标值得满分，超出按超出比例扣分',
  '<': '实际值低于目标值得满分，超出按超出比例扣分',
  定性: '达成得满分，部分达成得一半分值，未达成不得分',
};

/** Project kinds (comma list) of the templates that use an indicator; '' = all kinds. */
function kindsOf(name: string): string {
  const kinds = new Set(projectTemplates.filter((t) => t.indicatorNames.includes(name)).map((t) => t.kind));
  return kinds.size === 0 || kinds.size === 3 ? '' : [...kinds].sort().join(',');
}

function row(s: SeedContext, year: number, t: IndicatorTemplate) {
  return {
    regionCode: s.regionCode,
    year,
    fieldCode: t.fieldCode,
    industry: t.industry,
    category: t.category,
    layer: t.layer,
    level1: t.level1,
    level2: t.level2,
    name: t.name,
    operator: t.operator,
    unit: t.unit,
    recommendedValue: t.recommendedValue,
    basis: t.basis,
    explanation: t.explanation,
    calculation: t.calculation,
    dataSource: t.dataSource,
    scoringNote: scoringNotes[t.operator] ?? '',
    projectKinds: kindsOf(t.name),
    status: 'enabled',
  };
}

// biome-ignore format: one proposal per line reads as a table
const proposals: { dept: string; t: IndicatorTemplate; status: 'proposed' | 'returned'; comment?: string }[] = [
  { dept: '104', status: 'proposed', t: { fieldCode: 'education', industry: '义务教育', category: '政府购买服务', level1: 'output', level2: 'quantity', name: '课后服务特色课程开设数', operator: '≥', unit: '门', recommendedValue: '60', basis: '计划标准', explanation: '学校在课后服务时段开设的科技、体艺等特色课程门数', calculation: '按课程安排表统计', dataSource: '课后服务课程安排表', layer: 'industry' } },
  { dept: '105', status: 'proposed', t: { fieldCode: 'health', industry: '基层医疗', category: '政府购买服务', level1: 'benefit', level2: 'socialBenefit', name: '重点人群家庭医生签约率', operator: '≥', unit: '%', recommendedValue: '75', basis: '行业标准', explanation: '老年人、慢病患者等重点人群签约家庭医生的比例', calculation: '重点人群签约人数/重点人群总数×100%', dataSource: '家庭医生签约服务系统', layer: 'industry' } },
  { dept: '106', status: 'proposed', t: { fieldCode: 'socialSecurity', industry: '养老服务', category: '基础设施建设', level1: 'satisfaction', level2: 'serviceSatisfaction', name: '助餐服务老年人满意度', operator: '≥', unit: '%', recommendedValue: '90', basis: '其他标准', explanation: '接受社区助餐服务的老年人对就餐服务的满意程度', calculation: '满意样本数/有效样本数×100%', dataSource: '问卷调查', layer: 'industry' } },
  { dept: '117', status: 'proposed', t: { fieldCode: 'safety', industry: '应急管理', category: '物资储备', level1: 'output', level2: 'timeliness', name: '应急物资轮换更新及时率', operator: '=', unit: '%', recommendedValue: '100', basis: '计划标准', explanation: '到期应急物资按轮换计划及时更新的比例', calculation: '按期轮换批次/应轮换批次×100%', dataSource: '应急物资台账', layer: 'industry' } },
  { dept: '201', status: 'proposed', t: { fieldCode: 'governance', industry: '基层治理', category: '政府购买服务', level1: 'output', level2: 'timeliness', name: '网格事件按期处置率', operator: '≥', unit: '%', recommendedValue: '95', basis: '历史标准', explanation: '网格员上报事件在规定时限内处置完毕的比例', calculation: '按期处置事件数/上报事件数×100%', dataSource: '网格化管理信息平台', layer: 'industry' } },
  { dept: '109', status: 'returned', comment: '与“城市道路维修完成率”含义重复，请合并或说明区别后重新提出', t: { fieldCode: 'urbanManagement', industry: '市政设施', category: '运行维护', level1: 'output', level2: 'quality', name: '道路维修工作完成情况', operator: '定性', unit: '', recommendedValue: '较好', basis: '其他标准', explanation: '道路维修工作总体完成情况', calculation: '综合判断', dataSource: '工作台账', layer: 'industry' } },
];

/** Inserts the 2025 and 2026 libraries; returns name → id per year for target rows to cite. */
export async function seedIndicatorLibrary(s: SeedContext) {
  const ids = new Map<number, Map<string, number>>();
  const y2025 = await s.tx
    .insert(libraryIndicators)
    .values(indicatorLibrary.map((t) => row(s, 2025, t)))
    .returning({ id: libraryIndicators.id, name: libraryIndicators.name });
  const by2025 = new Map<string, number>();
  for (const r of y2025) if (!by2025.has(r.name)) by2025.set(r.name, r.id);
  ids.set(2025, by2025);
  const derived = indicatorLibrary.map((t) => ({ ...row(s, 2026, t), derivedFromId: by2025.get(t.name) ?? null }));
  const extra = proposals.map((p) => ({
    ...row(s, 2026, p.t),
    status: p.status,
    proposedByOrgId: s.orgIds.get(p.dept) ?? null,
    reviewComment: p.comment ?? null,
  }));
  const y2026 = await s.tx
    .insert(libraryIndicators)
    .values([...derived, ...extra])
    .returning({ id: libraryIndicators.id, name: libraryIndicators.name, status: libraryIndicators.status });
  const by2026 = new Map<string, number>();
  for (const r of y2026) if (r.status === 'enabled' && !by2026.has(r.name)) by2026.set(r.name, r.id);
  ids.set(2026, by2026);
  return ids;
}
