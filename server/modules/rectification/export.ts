import { and, eq } from 'drizzle-orm';
import { businessDate, formatBusinessInstant } from '../../../core/business-time';
import type {
  RectificationSource,
  RectificationStatus,
  Severity,
  TRectificationListQuery,
  TRectificationRow,
} from '../../../core/contracts/rectification';
import {
  RECTIFICATION_SOURCE_LABELS,
  RECTIFICATION_STATUS_LABELS,
  SEVERITY_LABELS,
} from '../../../core/contracts/rectification';
import { orgUnits } from '../../db/schema/index';
import type { Ctx } from '../../platform/context';
import { buildDocx, paragraph, table, title } from '../../platform/docx';
import { found } from '../../platform/errors';
import { type SheetColumn, writeSheet } from '../../platform/excel';
import { assertCanReadList } from './policy';
import * as repo from './repo';

const columns: SheetColumn<TRectificationRow>[] = [
  { key: 'id', header: '编号', width: 8, value: (r) => r.id },
  { key: 'year', header: '年度', width: 8, value: (r) => r.year },
  {
    key: 'source',
    header: '整改来源',
    width: 14,
    value: (r) => RECTIFICATION_SOURCE_LABELS[r.source as RectificationSource],
  },
  { key: 'department', header: '主管部门', width: 20, value: (r) => r.departmentName },
  { key: 'unit', header: '整改单位', width: 24, value: (r) => r.unitName },
  { key: 'project', header: '关联项目', width: 26, value: (r) => r.projectName ?? '' },
  { key: 'problem', header: '问题描述', width: 40, value: (r) => r.problem },
  { key: 'requirement', header: '整改要求', width: 40, value: (r) => r.requirement },
  { key: 'severity', header: '严重程度', width: 10, value: (r) => SEVERITY_LABELS[r.severity as Severity] },
  { key: 'deadline', header: '整改期限', width: 12, value: (r) => r.deadline },
  { key: 'responsible', header: '责任人', width: 10, value: (r) => r.responsiblePerson ?? '' },
  {
    key: 'status',
    header: '状态',
    width: 12,
    value: (r) => RECTIFICATION_STATUS_LABELS[r.status as RectificationStatus],
  },
  { key: 'overdue', header: '是否逾期', width: 10, value: (r) => (r.overdue ? '逾期' : '') },
  {
    key: 'closedAt',
    header: '销号时间',
    width: 18,
    value: (r) => (r.closedAt ? formatBusinessInstant(r.closedAt, 'date') : ''),
  },
];

/** The filtered list as xlsx (整改清单). */
export async function exportRectifications(ctx: Ctx, q: Partial<TRectificationListQuery>) {
  assertCanReadList(ctx.actor);
  const rows = await repo.findAll(ctx.db, repo.listWhere(ctx.actor, q));
  return writeSheet('整改清单', columns, rows, '整改清单');
}

/** Per-unit rectification notice (整改通知书) listing the unit's open items of the year, as Word. */
export async function unitNotice(ctx: Ctx, unitId: number, year: number) {
  assertCanReadList(ctx.actor);
  const [unit] = await ctx.db
    .select({ name: orgUnits.name })
    .from(orgUnits)
    .where(and(eq(orgUnits.id, unitId), eq(orgUnits.regionCode, ctx.actor.regionCode)));
  const u = found(unit, '单位');
  const rows = (await repo.findAll(ctx.db, repo.listWhere(ctx.actor, { year, unitId }))).filter(
    (r) => r.status !== 'closed',
  );
  const blocks = [
    title('预算绩效管理问题整改通知书'),
    paragraph(`${u.name}：`, { indent: false }),
    paragraph(
      rows.length
        ? `根据${year}年度预算绩效管理工作中发现的问题，现将你单位尚未销号的整改事项${rows.length}项通知如下。请压实整改责任，完善相关管理制度和业务流程，细化量化绩效指标，于整改期限前完成整改，并通过系统上传佐证材料、提交销号申请。逾期未完成整改的，将在下年度预算安排中按结果应用规则予以压减。`
        : `经核查，你单位${year}年度整改事项已全部完成销号，请继续巩固整改成果。`,
    ),
    ...(rows.length
      ? [
          table(
            ['序号', '整改来源', '关联项目', '问题描述', '整改要求', '整改期限', '状态'],
            rows.map((r, i) => [
              i + 1,
              RECTIFICATION_SOURCE_LABELS[r.source as RectificationSource],
              r.projectName ?? '—',
              r.problem,
              r.requirement,
              r.overdue ? `${r.deadline}（已逾期）` : r.deadline,
              RECTIFICATION_STATUS_LABELS[r.status as RectificationStatus],
            ]),
            [6, 12, 16, 24, 24, 10, 8],
          ),
        ]
      : []),
    paragraph('特此通知。'),
    paragraph('财政局预算绩效管理科', { align: 'right' }),
    paragraph(businessDate(), { align: 'right' }),
  ];
  return { filename: `${u.name}整改通知书.docx`, buffer: await buildDocx(blocks, { title: '整改通知书' }) };
}
