// 自评复核结果汇总表: a batch's samples as the caller sees them (scoped like the batch page), with self and review
// scores, the deviation and the accepted suggestions, as the xlsx a bureau files with its review report.
import { REVIEW_SAMPLE_STATUS_LABELS, SAMPLE_REASON_LABELS } from '../../../core/contracts/reviews';
import { labelOf } from '../../../core/enums';
import { formatWan } from '../../../core/money';
import type { Ctx } from '../../platform/context';
import { writeSheet } from '../../platform/excel';
import { batchWithSamples } from './batches';
import { deviationOf } from './samples';

const reasons = (codes: string) =>
  codes
    .split(',')
    .filter(Boolean)
    .map((c) => labelOf(SAMPLE_REASON_LABELS, c))
    .join('、');

export async function samplesXlsx(ctx: Ctx, batchId: number) {
  const { batch, samples } = await batchWithSamples(ctx, batchId, {});
  const rows = samples.map((s, i) => ({
    ...s,
    no: i + 1,
    deviation: s.reviewTotal === null ? null : deviationOf(s.selfTotal, s.reviewTotal),
  }));
  type Row = (typeof rows)[number];
  const buffer = await writeSheet<Row>(
    '复核结果',
    [
      { key: 'no', header: '序号', width: 6, value: (r) => r.no },
      { key: 'unit', header: '预算单位', width: 28, value: (r) => r.unitName },
      { key: 'code', header: '项目编码', width: 20, value: (r) => r.projectCode },
      { key: 'project', header: '项目名称', width: 32, value: (r) => r.projectName },
      { key: 'reasons', header: '抽取原因', width: 22, value: (r) => reasons(r.reasons) },
      { key: 'budget', header: '全年预算（万元）', width: 16, value: (r) => formatWan(r.annualBudget) },
      { key: 'rate', header: '执行率（%）', width: 12, value: (r) => r.executionRate ?? '' },
      { key: 'self', header: '自评得分', width: 10, value: (r) => r.selfTotal },
      { key: 'selfGrade', header: '自评等级', width: 10, value: (r) => r.selfGrade },
      { key: 'review', header: '复核得分', width: 10, value: (r) => r.reviewTotal ?? '' },
      { key: 'reviewGrade', header: '复核等级', width: 10, value: (r) => r.reviewGrade ?? '' },
      {
        key: 'deviation',
        header: '偏差率（%）',
        width: 12,
        value: (r) => (r.deviation === null ? '' : Math.round(r.deviation * 10000) / 100),
      },
      { key: 'accepted', header: '已采纳建议（条）', width: 16, value: (r) => r.findingCount },
      { key: 'returned', header: '退回整改次数', width: 14, value: (r) => r.returnedCount },
      { key: 'status', header: '复核状态', width: 12, value: (r) => labelOf(REVIEW_SAMPLE_STATUS_LABELS, r.status) },
    ],
    rows,
    `${batch.name}-自评复核结果汇总表`,
  );
  return { buffer, batch };
}
