import { Button, Table, Typography } from 'antd';
import { useState } from 'react';
import { type AuditChange, auditChanges } from './audit-diff';

/**
 * What an audit event changed: 字段 / 修改前 / 修改后 for the changed keys only, with a 「原始数据」 toggle for the
 * stored JSON. Used by the audit log and the document history drawer.
 */
export function AuditChanges({ before, after, entity }: { before: unknown; after: unknown; entity?: string }) {
  const [raw, setRaw] = useState(false);
  const changes = auditChanges(before, after, entity);
  if (before == null && after == null) return <Typography.Text type="secondary">未记录数据变更</Typography.Text>;
  return (
    <div>
      {changes.length === 0 ? (
        <Typography.Text type="secondary">前后数据无差异</Typography.Text>
      ) : (
        <Table<AuditChange>
          rowKey="key"
          size="small"
          pagination={false}
          tableLayout="fixed"
          dataSource={changes}
          columns={[
            { title: '字段', dataIndex: 'label', width: 160 },
            { title: '修改前', dataIndex: 'before', render: cell },
            { title: '修改后', dataIndex: 'after', render: cell },
          ]}
        />
      )}
      <Button type="link" size="small" style={{ paddingInline: 0 }} onClick={() => setRaw((v) => !v)}>
        {raw ? '收起原始数据' : '原始数据'}
      </Button>
      {raw && (
        <pre style={{ maxHeight: 300, overflow: 'auto', margin: 0, fontSize: 12 }}>
          {JSON.stringify({ 修改前: before ?? null, 修改后: after ?? null }, null, 2)}
        </pre>
      )}
    </div>
  );
}

const cell = (text: string) => <span style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>{text}</span>;
