import type { TableColumnsType } from 'antd';
import { Link } from 'react-router';

interface ProjectRow {
  id: number;
  projectCode: string;
  projectName: string;
  unitName: string;
}

/**
 * Keeps a long Chinese name readable: without it the browser shrinks the one column without a width to a
 * character per line once the fixed-width columns take the row. Lists using it scroll sideways (`scroll.x`).
 */
export const NAME_CELL_STYLE = { display: 'inline-block', minWidth: 200 } as const;

/** The leading 项目编码 / 项目名称 (linked to the row's page) / 预算单位 columns of a project-based list. */
export function projectColumns<T extends ProjectRow>(
  href: (row: T) => string,
  widths: { code: number; unit: number },
): TableColumnsType<T> {
  return [
    { title: '项目编码', dataIndex: 'projectCode', width: widths.code },
    {
      title: '项目名称',
      dataIndex: 'projectName',
      render: (v: string, r) => (
        <Link to={href(r)} style={NAME_CELL_STYLE}>
          {v}
        </Link>
      ),
    },
    { title: '预算单位', dataIndex: 'unitName', width: widths.unit },
  ];
}
