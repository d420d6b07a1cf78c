import { asc } from 'drizzle-orm';
import { orgUnits, projects, reviewFindings } from '../../db/schema/index';
import type { Ctx } from '../../platform/context';
import { buildDocx, heading, paragraph, table, title } from '../../platform/docx';
import { found } from '../../platform/errors';
import { writeSheet } from '../../platform/excel';
import { areaLabel, findingRows, findingWhere, severityLabel, withIndicatorNames } from './findings-list';
import * as repo from './repo';

/** 复核意见反馈单: the accepted suggestions of a batch, grouped per unit (scoped to what the caller sees). */
export async function feedbackOf(ctx: Ctx, batchId: number, unitId?: number) {
  const batch = found(await repo.findBatch(ctx.db, ctx.actor.regionCode, batchId), '复核批次');
  const rows = await findingRows(ctx.db)
    .where(findingWhere(ctx.actor, { batchId, unitId, status: 'accepted' }))
    .orderBy(asc(orgUnits.code), asc(projects.code), asc(reviewFindings.severity), asc(reviewFindings.id));
  const items = await withIndicatorNames(ctx.db, rows);
  const units = new Map<number, { unitId: number; unitName: string; items: typeof items }>();
  for (const r of items) {
    const u = units.get(r.unitId) ?? { unitId: r.unitId, unitName: r.unitName, items: [] };
    u.items.push(r);
    units.set(r.unitId, u);
  }
  return { batch, units: [...units.values()] };
}

/** Word feedback sheet: one section per unit with a numbered suggestion table (仿宋/黑体, page numbers). */
export async function feedbackDocx(ctx: Ctx, batchId: number, unitId?: number) {
  const { batch, units } = await feedbackOf(ctx, batchId, unitId);
  const blocks: Parameters<typeof buildDocx>[0] = [title(`${batch.year}年度绩效自评复核意见反馈单`)];
  if (units.length === 0) blocks.push(paragraph('本批次暂无已采纳的复核意见。'));
  for (const u of units) {
    blocks.push(heading(`${u.unitName}：`));
    blocks.push(
      paragraph(
        `经复核，你单位${batch.year}年度项目支出绩效自评存在以下问题，现反馈改进建议 ${u.items.length} 条，请对照整改，并在下一年度自评中加以改进。`,
      ),
    );
    blocks.push(
      table(
        ['序号', '项目名称', '复核要点', '等级', '问题描述', '改进建议'],
        u.items.map((r, i) => [
          i + 1,
          r.projectName,
          areaLabel(r.area),
          r.severity,
          r.indicatorName ? `【${r.indicatorName}】${r.evidence}` : r.evidence,
          r.suggestion,
        ]),
        [6, 16, 14, 6, 29, 29],
      ),
    );
  }
  blocks.push(paragraph(`${batch.name}`, { align: 'right', indent: false }));
  return { buffer: await buildDocx(blocks, { title: '绩效自评复核意见反馈单' }), batch };
}

/** The same feedback as xlsx, one row per suggestion. */
export async function feedbackXlsx(ctx: Ctx, batchId: number, unitId?: number) {
  const { batch, units } = await feedbackOf(ctx, batchId, unitId);
  const rows = units.flatMap((u) => u.items.map((r, i) => ({ ...r, no: i + 1 })));
  type Row = (typeof rows)[number];
  const buffer = await writeSheet<Row>(
    '复核意见反馈',
    [
      { key: 'unit', header: '预算单位', width: 28, value: (r) => r.unitName },
      { key: 'no', header: '序号', width: 6, value: (r) => r.no },
      { key: 'project', header: '项目名称', width: 30, value: (r) => r.projectName },
      { key: 'area', header: '复核要点', width: 22, value: (r) => areaLabel(r.area) },
      { key: 'severity', header: '问题等级', width: 14, value: (r) => severityLabel(r.severity) },
      { key: 'indicator', header: '相关指标', width: 20, value: (r) => r.indicatorName ?? '' },
      { key: 'evidence', header: '问题描述', width: 50, value: (r) => r.evidence },
      { key: 'suggestion', header: '改进建议', width: 50, value: (r) => r.suggestion },
      { key: 'origin', header: '来源', width: 10, value: (r) => (r.origin === 'rule' ? '规则检查' : '复核人员') },
    ],
    rows,
  );
  return { buffer, batch };
}
