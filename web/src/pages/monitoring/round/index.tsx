import { Button, Card, Descriptions, Input, Modal, message, Progress, Select, Space, Table, Tag } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { ENTRY_STATUS_LABELS } from '../../../../../core/contracts/monitoring';
import { api, download } from '../../../api/request';
import { useAuth } from '../../../app/auth';
import { DetailState } from '../../../components/DetailState';
import { wan } from '../../../components/format';
import { ImportButton } from '../../../components/ImportButton';
import { useDetail } from '../../../components/useDetail';
import { type EntryRow, type Round, rateOf, StatusTag, WarningTag } from '../components/shared';

interface Coverage {
  departmentId: number;
  departmentName: string;
  inScope: number;
  filled: number;
  submitted: number;
  approved: number;
}
type RoundDetail = Round & {
  departments: Coverage[];
  totals: Omit<Coverage, 'departmentId' | 'departmentName'>;
  allowedActions: string[];
};

/** One round: live coverage per department, the entries, review, reminders, import / export. */
export default function RoundPage() {
  const { id } = useParams();
  const { me } = useAuth();
  const { data: round, failure, reload } = useDetail<RoundDetail>(`/api/monitoring/rounds/${id}`);
  const [rows, setRows] = useState<EntryRow[]>([]);
  const [filter, setFilter] = useState<{ status?: string; color?: string }>({});
  const [selected, setSelected] = useState<number[]>([]);
  const loadRows = useCallback(async () => {
    setRows(await api.get<EntryRow[]>(`/api/monitoring/rounds/${id}/entries`, filter));
    setSelected([]);
  }, [id, filter]);
  // The entries are asked for once the round itself is known to exist (and again when the filter changes).
  const found = round !== null;
  useEffect(() => {
    if (found) void loadRows().catch(() => undefined);
  }, [found, loadRows]);
  const load = async () => {
    await Promise.all([reload(), loadRows()]);
  };
  if (!round) return <DetailState failure={failure} listPath="/monitoring/rounds" onRetry={reload} />;
  const reviewer = me?.role === 'department' || me?.role === 'finance';
  const review = (action: 'approve' | 'return') => {
    let comment = '';
    Modal.confirm({
      title: action === 'approve' ? `审核通过选中的 ${selected.length} 张监控表？` : '退回选中的监控表',
      content: action === 'return' && (
        <Input.TextArea
          rows={3}
          placeholder="退回意见（必填）"
          onChange={(e) => {
            comment = e.target.value;
          }}
        />
      ),
      onOk: async () => {
        await api.post('/api/monitoring/entries/review', { ids: selected, action, comment });
        message.success('已处理');
        await load();
      },
    });
  };
  const remind = async () => {
    const r = await api.post<{ reminded: number }>(`/api/monitoring/rounds/${id}/remind`);
    message.success(`已向 ${r.reminded} 个单位发送催报待办`);
  };
  const close = () =>
    Modal.confirm({
      title: '关闭本轮监控？关闭后单位不能再填报。',
      onOk: async () => {
        await api.post(`/api/monitoring/rounds/${id}/close`);
        await load();
      },
    });
  const t = round.totals;
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      <Card
        title={`${round.name}绩效运行监控`}
        extra={round.status === 'open' ? <Tag color="processing">填报中</Tag> : <Tag>已关闭</Tag>}
      >
        <Descriptions column={4}>
          <Descriptions.Item label="填报截止">{round.deadline}</Descriptions.Item>
          <Descriptions.Item label="序时进度">{((round.month * 100) / 12).toFixed(2)}%</Descriptions.Item>
          <Descriptions.Item label="纳入监控项目">{t.inScope} 个</Descriptions.Item>
          <Descriptions.Item label="覆盖率（已提交）">
            <Progress
              percent={t.inScope ? Math.round((t.submitted * 1000) / t.inScope) / 10 : 0}
              size="small"
              style={{ width: 160 }}
            />
          </Descriptions.Item>
        </Descriptions>
        <Space wrap>
          {round.allowedActions.includes('remind') && <Button onClick={remind}>催报未填报单位</Button>}
          <Button onClick={() => download(`/api/monitoring/rounds/${id}/export`)}>导出预算执行（模板）</Button>
          {round.allowedActions.includes('import') && (
            <ImportButton
              url={`/api/monitoring/rounds/${id}/import`}
              label="导入预算执行"
              onDone={() => {
                message.success('导入成功');
                void load();
              }}
            />
          )}
          {round.allowedActions.includes('sync') && (
            <Button
              onClick={async () => {
                const r = await api.post<{ added: number }>(`/api/monitoring/rounds/${id}/sync`);
                message.success(`新纳入 ${r.added} 个项目`);
                await load();
              }}
            >
              同步监控范围
            </Button>
          )}
          {round.allowedActions.includes('recompute') && (
            <Button
              onClick={async () => {
                const r = await api.post<{ changedEntries: number; changedIndicators: number }>(
                  `/api/monitoring/rounds/${id}/recompute`,
                );
                message.success(
                  `预警已按现行规则重算：${r.changedEntries} 张监控表、${r.changedIndicators} 个指标的预警有变化`,
                );
                await load();
              }}
            >
              按现行规则重算预警
            </Button>
          )}
          {round.allowedActions.includes('close') && (
            <Button danger onClick={close}>
              关闭本轮
            </Button>
          )}
        </Space>
      </Card>
      <Card title="分部门覆盖情况" size="small">
        <Table<Coverage>
          rowKey="departmentId"
          size="small"
          pagination={false}
          dataSource={round.departments}
          columns={[
            { title: '主管部门', dataIndex: 'departmentName' },
            { title: '纳入项目', dataIndex: 'inScope' },
            { title: '已填报', dataIndex: 'filled' },
            { title: '已提交', dataIndex: 'submitted' },
            { title: '已审核', dataIndex: 'approved' },
            {
              title: '覆盖率',
              render: (_, r) => (
                <Progress percent={r.inScope ? Math.round((r.submitted * 1000) / r.inScope) / 10 : 0} size="small" />
              ),
            },
          ]}
        />
      </Card>
      <Card
        title="项目监控表"
        extra={
          <Space>
            <Select
              allowClear
              placeholder="状态"
              style={{ width: 150 }}
              onChange={(v) => setFilter((f) => ({ ...f, status: v }))}
              options={Object.entries(ENTRY_STATUS_LABELS).map(([value, label]) => ({ value, label }))}
            />
            <Select
              allowClear
              placeholder="预警"
              style={{ width: 120 }}
              onChange={(v) => setFilter((f) => ({ ...f, color: v }))}
              options={[
                { value: 'red', label: '红色' },
                { value: 'yellow', label: '黄色' },
                { value: 'blue', label: '蓝色' },
                { value: 'green', label: '绿色' },
              ]}
            />
            {reviewer && (
              <Button type="primary" disabled={!selected.length} onClick={() => review('approve')}>
                审核通过
              </Button>
            )}
            {reviewer && (
              <Button danger disabled={!selected.length} onClick={() => review('return')}>
                退回
              </Button>
            )}
          </Space>
        }
      >
        <Table<EntryRow>
          rowKey="id"
          size="small"
          dataSource={rows}
          rowSelection={
            reviewer ? { selectedRowKeys: selected, onChange: (k) => setSelected(k as number[]) } : undefined
          }
          columns={[
            {
              title: '项目',
              dataIndex: 'projectName',
              render: (v, r) => <Link to={`/monitoring/entries/${r.id}`}>{v}</Link>,
            },
            { title: '单位', dataIndex: 'unitName' },
            {
              title: '调整后预算（万元）',
              align: 'right',
              render: (_, r) => wan(r.projectAdjustedAmount ?? r.adjustedBudget),
            },
            { title: '实际执行（万元）', align: 'right', render: (_, r) => wan(r.paid) },
            { title: '执行率', align: 'right', render: (_, r) => rateOf(r.paid, r.adjustedBudget) },
            { title: '预警', render: (_, r) => <WarningTag color={r.warningColor} /> },
            { title: '状态', render: (_, r) => <StatusTag status={r.status} /> },
          ]}
        />
      </Card>
    </Space>
  );
}
