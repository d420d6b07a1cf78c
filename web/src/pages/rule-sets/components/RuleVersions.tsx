import { Table } from 'antd';
import { dateTime } from '../../../components/format';

export interface RuleVersion {
  id: number;
  versionNo: number;
  note: string | null;
  createdAt: string;
}

/** Stored versions of an area for the year, newest first. */
export function RuleVersions({ versions }: { versions: RuleVersion[] }) {
  return (
    <Table<RuleVersion>
      style={{ marginTop: 24 }}
      rowKey="id"
      size="small"
      dataSource={versions}
      pagination={false}
      locale={{ emptyText: '尚无本地版本，当前使用国家默认规则' }}
      columns={[
        { title: '版本', dataIndex: 'versionNo', width: 80 },
        { title: '修改理由', dataIndex: 'note' },
        { title: '时间', dataIndex: 'createdAt', width: 180, render: dateTime },
      ]}
    />
  );
}
