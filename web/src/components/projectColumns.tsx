import type { TableColumnsType } from 'antd';
import { Link } from 'react-router';

interface ProjectRow {
  id: number;
  projectCode: string;
  projectName: string;
  unitName: string;
}

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
      render: (v: string, r) => <Link to={href(r)}>{v}</Link>,
    },
    { title: '预算单位', dataIndex: 'unitName', width: widths.unit },
  ];
}
