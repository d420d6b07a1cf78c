import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Input, Modal, message, Select, Space, Table, Tag } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { ASSESSMENT_STATUS_LABELS, ASSESSMENT_STATUSES } from '../../../../../core/contracts/ex-ante';
import { api } from '../../../api/request';
import { useAuth } from '../../../app/auth';
import { wan } from '../../../components/format';
import { YearSelect } from '../../../components/ListFilters';
import { useBusy } from '../../../components/useBusy';
import { useDefaultYear } from '../../../components/useFiscalYears';
import { useAddressFilters } from '../../../components/usePagedList';
import { conclusionColor, conclusionLabel, statusColor, statusLabel } from '../shared';

interface Row {
  id: number;
  year: number;
  projectCode: string;
  projectName: string;
  unitName: string;
  departmentName: string;
  status: keyof typeof statusColor;
  requestedAmount: number;
  recommendedAmount: number | null;
  panelScore: number | null;
  conclusion: keyof typeof conclusionColor | null;
}
interface Candidate {
  id: number;
  code: string;
  name: string;
  requestedAmount: number;
  required: boolean;
  reason: string;
}

/** 事前绩效评估 list: scoped by role (experts see only their panels); units and finance open new ones. */
export default function AssessmentListPage() {
  const { me } = useAuth();
  const navigate = useNavigate();
  // A cockpit drill-down names its year and status in the address.
  const [filters, setFilters] = useAddressFilters<{ year: number; status?: string; q?: string }>({
    year: useDefaultYear('budget'),
  });
  const { year, status, q } = filters;
  const set = (patch: Partial<typeof filters>) => setFilters((f) => ({ ...f, ...patch }));
  const [rows, setRows] = useState<Row[]>([]);
  const [creating, setCreating] = useState<Candidate[] | null>(null);
  const [projectId, setProjectId] = useState<number>();
  const [busy, busyWith] = useBusy();
  const load = useCallback(
    () => api.get<Row[]>('/api/ex-ante/assessments', { year, status, q }).then(setRows, () => undefined),
    [year, status, q],
  );
  useEffect(() => void load(), [load]);
  const canCreate = me?.role === 'unit' || me?.role === 'finance' || me?.role === 'admin';
  const openCreate = () =>
    api.get<Candidate[]>('/api/ex-ante/candidates', { year }).then((c) => {
      setProjectId(undefined);
      setCreating(me?.role === 'unit' ? c.filter((x) => x.required) : c);
    });
  const create = async () => {
    if (!projectId) return;
    const row = await api.post<{ id: number }>('/api/ex-ante/assessments', { projectId });
    message.success('已发起事前评估');
    navigate(`/ex-ante/assessments/${row.id}`);
  };
  const chosen = creating?.find((c) => c.id === projectId);
  return (
    <Card
      title="事前绩效评估"
      extra={
        canCreate && (
          <Button type="primary" icon={<PlusOutlined />} onClick={openCreate}>
            发起评估
          </Button>
        )
      }
    >
      <Space style={{ marginBottom: 16 }} wrap>
        <YearSelect value={year} suffix="年" onChange={(y) => set({ year: y })} />
        <Select
          allowClear
          placeholder="状态"
          value={status}
          onChange={(s) => set({ status: s })}
          style={{ width: 150 }}
          options={ASSESSMENT_STATUSES.map((s) => ({ value: s, label: ASSESSMENT_STATUS_LABELS[s] }))}
        />
        <Input.Search
          allowClear
          placeholder="项目名称或编码"
          defaultValue={q}
          onSearch={(v) => set({ q: v || undefined })}
          style={{ width: 240 }}
        />
      </Space>
      <Table<Row>
        rowKey="id"
        dataSource={rows}
        size="middle"
        pagination={{ pageSize: 20 }}
        columns={[
          { title: '项目', render: (_, r) => <Link to={`/ex-ante/assessments/${r.id}`}>{r.projectName}</Link> },
          { title: '申报单位', dataIndex: 'unitName', width: 200 },
          { title: '申请金额（万元）', align: 'right', render: (_, r) => wan(r.requestedAmount) },
          { title: '建议安排（万元）', align: 'right', render: (_, r) => wan(r.recommendedAmount) },
          {
            title: '核减（万元）',
            align: 'right',
            render: (_, r) => (r.recommendedAmount === null ? '—' : wan(r.requestedAmount - r.recommendedAmount)),
          },
          { title: '评分', align: 'right', render: (_, r) => r.panelScore?.toFixed(2) ?? '—' },
          {
            title: '结论',
            render: (_, r) =>
              r.conclusion ? <Tag color={conclusionColor[r.conclusion]}>{conclusionLabel(r.conclusion)}</Tag> : '—',
          },
          { title: '状态', render: (_, r) => <Tag color={statusColor[r.status]}>{statusLabel(r.status)}</Tag> },
        ]}
      />
      <Modal
        title="发起事前绩效评估"
        open={creating !== null}
        onCancel={() => setCreating(null)}
        onOk={() => void busyWith('create', create).catch(() => undefined)}
        confirmLoading={busy === 'create'}
        okButtonProps={{ disabled: !projectId }}
      >
        <Select
          showSearch
          style={{ width: '100%' }}
          placeholder="选择项目"
          aria-label="评估项目"
          optionFilterProp="label"
          value={projectId}
          onChange={setProjectId}
          options={(creating ?? []).map((c) => ({ value: c.id, label: `${c.name}（${wan(c.requestedAmount)}万元）` }))}
        />
        {chosen && (
          <Alert
            style={{ marginTop: 12 }}
            type={chosen.required ? 'warning' : 'info'}
            showIcon
            message={
              chosen.required
                ? `须开展事前评估：${chosen.reason}`
                : `按规则无需评估（${chosen.reason}），发起即为财政指定评估`
            }
          />
        )}
      </Modal>
    </Card>
  );
}
