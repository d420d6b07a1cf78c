import { Card, Checkbox, Select, Space, Table, type TableColumnType, Tag } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { Link } from 'react-router';
import { api } from '../../../api/request';
import { wan } from '../../../components/format';
import { useAddressFilters } from '../../../components/usePagedList';
import { type EntryRow, type Round, rateOf, StatusTag, WarningTag } from '../components/shared';

interface HeatRow {
  departmentId: number;
  departmentName: string;
  total: number;
  red: number;
  yellow: number;
  green: number;
  blue: number;
  unfilled: number;
}

const HEAT = { red: '#ff4d4f', yellow: '#faad14', blue: '#1677ff', green: '#52c41a' } as const;

/** Background of a heat cell: the colour, more opaque the larger its share of the department's projects (热力). */
function heatShade(color: keyof typeof HEAT, v: number, total: number) {
  const share = total ? v / total : 0;
  const alpha = Math.round(Math.min(1, share * 2.5) * 200 + (v ? 30 : 0))
    .toString(16)
    .padStart(2, '0');
  return `${HEAT[color]}${alpha}`;
}

/**
 * A count column of the heat table. The shade is the cell's own background (not a padded box inside it), and header
 * and body share one alignment and a fixed width, so the columns line up.
 */
function heatColumn(title: string, color: keyof typeof HEAT): TableColumnType<HeatRow> {
  return {
    title,
    dataIndex: color,
    width: 96,
    align: 'right',
    onCell: (r) => ({ style: { background: heatShade(color, r[color], r.total) } }),
  };
}

/** 预警清单 with filters and the per-department heat table of a round. */
export default function WarningsPage() {
  const [rounds, setRounds] = useState<Round[]>([]);
  // A cockpit drill-down names the year, a department and a colour in the address (the year's latest round).
  const [q, setQ] = useAddressFilters<{
    year?: number;
    roundId?: number;
    departmentId?: number;
    color?: string;
    basis?: string;
    keyOnly?: boolean;
  }>({});
  const [rows, setRows] = useState<EntryRow[]>([]);
  const [heat, setHeat] = useState<HeatRow[]>([]);
  const [round, setRound] = useState<Round | null>(null);
  useEffect(() => {
    void api.get<Round[]>('/api/monitoring/rounds').then(setRounds);
  }, []);
  const load = useCallback(async () => {
    const w = await api.get<{ round: Round | null; rows: EntryRow[] }>('/api/monitoring/warnings', {
      ...q,
      keyOnly: q.keyOnly || undefined,
    });
    setRows(w.rows);
    setRound(w.round);
    setHeat((await api.get<{ rows: HeatRow[] }>('/api/monitoring/heat', { roundId: w.round?.id })).rows);
  }, [q]);
  useEffect(() => {
    void load();
  }, [load]);
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      <Card
        title={`预警清单${round ? ` · ${round.name}` : ''}`}
        extra={
          <Space>
            {q.departmentId && (
              <Tag closable onClose={() => setQ((x) => ({ ...x, departmentId: undefined }))}>
                {heat.find((h) => h.departmentId === q.departmentId)?.departmentName ?? '指定部门'}
              </Tag>
            )}
            <Select
              placeholder="监控轮次"
              style={{ width: 180 }}
              value={q.roundId ?? round?.id}
              onChange={(v) => setQ((x) => ({ ...x, roundId: v }))}
              options={rounds.map((r) => ({ value: r.id, label: r.name }))}
            />
            <Select
              allowClear
              placeholder="预警等级"
              style={{ width: 120 }}
              value={q.color}
              onChange={(v) => setQ((x) => ({ ...x, color: v }))}
              options={[
                { value: 'red', label: '红色' },
                { value: 'yellow', label: '黄色' },
                { value: 'blue', label: '蓝色' },
              ]}
            />
            <Select
              allowClear
              placeholder="预警类型"
              style={{ width: 140 }}
              value={q.basis}
              onChange={(v) => setQ((x) => ({ ...x, basis: v }))}
              options={[
                { value: 'execution', label: '预算执行预警' },
                { value: 'indicator', label: '目标完成预警' },
              ]}
            />
            <Checkbox onChange={(e) => setQ((x) => ({ ...x, keyOnly: e.target.checked }))}>仅重点项目</Checkbox>
          </Space>
        }
      >
        <Table<EntryRow>
          rowKey="id"
          size="small"
          dataSource={rows}
          columns={[
            { title: '预警', render: (_, r) => <WarningTag color={r.warningColor} /> },
            {
              title: '项目',
              dataIndex: 'projectName',
              render: (v, r) => <Link to={`/monitoring/entries/${r.id}`}>{v}</Link>,
            },
            { title: '主管部门', dataIndex: 'departmentName' },
            { title: '单位', dataIndex: 'unitName' },
            { title: '调整后预算（万元）', align: 'right', render: (_, r) => wan(r.adjustedBudget) },
            { title: '执行率', align: 'right', render: (_, r) => rateOf(r.paid, r.adjustedBudget) },
            { title: '执行预警', render: (_, r) => <WarningTag color={r.executionColor} short /> },
            { title: '目标预警', render: (_, r) => <WarningTag color={r.indicatorColor} short /> },
            { title: '状态', render: (_, r) => <StatusTag status={r.status} /> },
          ]}
        />
      </Card>
      <Card title="分部门预警热力表" size="small">
        <Table<HeatRow>
          rowKey="departmentId"
          size="small"
          pagination={false}
          tableLayout="fixed"
          scroll={{ x: 720 }}
          dataSource={heat}
          columns={[
            { title: '主管部门', dataIndex: 'departmentName', ellipsis: true },
            { title: '监控项目', dataIndex: 'total', width: 96, align: 'right' },
            heatColumn('红色', 'red'),
            heatColumn('黄色', 'yellow'),
            heatColumn('蓝色', 'blue'),
            heatColumn('绿色', 'green'),
            { title: '未填报', dataIndex: 'unfilled', width: 96, align: 'right' },
          ]}
        />
      </Card>
    </Space>
  );
}
