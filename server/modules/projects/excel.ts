import { PROJECT_KIND_LABELS, PROJECT_STATUS_LABELS } from '../../../core/contracts/projects';
import type { ProjectSheetKey, TProjectSheetRow } from '../../../core/contracts/projects-import';
import { BUDGET_TYPE_LABELS, labelOf } from '../../../core/enums';
import { formatWan } from '../../../core/money';
import type { SheetColumn } from '../../platform/excel';

const wan = (v: number | null) => (v === null ? '' : formatWan(v));

type ProjectColumn = SheetColumn<TProjectSheetRow> & { key: ProjectSheetKey };

/** Columns of the project list export and of the 项目库导入 template (amounts in 万元; same columns both ways). */
export function projectColumns(fieldName: (code: string) => string): ProjectColumn[] {
  return [
    { key: 'year', header: '年度', width: 8, value: (r) => r.year },
    { key: 'code', header: '项目编码', width: 20, value: (r) => r.code },
    { key: 'name', header: '项目名称', width: 40, value: (r) => r.name },
    { key: 'departmentName', header: '主管部门', width: 28, value: (r) => r.departmentName },
    { key: 'unitName', header: '预算单位', width: 28, value: (r) => r.unitName },
    { key: 'field', header: '重点领域', value: (r) => fieldName(r.fieldCode) },
    { key: 'budgetType', header: '预算类型', width: 18, value: (r) => labelOf(BUDGET_TYPE_LABELS, r.budgetType) },
    { key: 'projectKind', header: '项目类型', value: (r) => labelOf(PROJECT_KIND_LABELS, r.projectKind) },
    { key: 'isNew', header: '新增/延续', value: (r) => (r.isNew ? '新增' : '延续') },
    { key: 'requested', header: '申报金额（万元）', value: (r) => wan(r.requestedAmount) },
    { key: 'approved', header: '年初预算（万元）', value: (r) => wan(r.approvedAmount) },
    { key: 'adjusted', header: '调整后预算（万元）', value: (r) => wan(r.adjustedAmount) },
    { key: 'status', header: '状态', value: (r) => labelOf(PROJECT_STATUS_LABELS, r.status) },
    { key: 'keyProject', header: '重点跟踪', value: (r) => (r.keyProject ? '是' : '') },
    { key: 'startYear', header: '开始年度', value: (r) => r.startYear },
    { key: 'endYear', header: '结束年度', value: (r) => r.endYear },
    { key: 'total', header: '项目总金额（万元）', value: (r) => wan(r.totalAmount) },
  ];
}
