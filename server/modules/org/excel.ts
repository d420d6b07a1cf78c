import type { TOrgUnit } from '../../../core/contracts/org';
import type { SheetColumn } from '../../platform/excel';

/** Org tree template: the export writes these columns and the import reads them back. */
export function orgColumns(codeOf: (id: number | null) => string): SheetColumn<TOrgUnit>[] {
  return [
    { key: 'kind', header: '类型', value: (r) => (r.kind === 'department' ? '主管部门' : '预算单位') },
    { key: 'code', header: '编码', value: (r) => r.code },
    { key: 'name', header: '名称', width: 36, value: (r) => r.name },
    { key: 'parentCode', header: '上级编码', value: (r) => (r.kind === 'budgetUnit' ? codeOf(r.parentId) : '') },
    { key: 'shortName', header: '简称', value: (r) => r.shortName ?? '' },
    { key: 'sort', header: '排序', value: (r) => r.sort },
  ];
}
