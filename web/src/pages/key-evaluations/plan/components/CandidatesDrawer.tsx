import { Button, Drawer, InputNumber, Space, Table, Tabs, Tag } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { BUDGET_TYPE_LABELS, type BudgetType } from '../../../../../../core/enums';
import { api } from '../../../../api/request';
import { wan } from '../../../../components/format';
import type { PlanDefaults } from './PlanModal';

interface Candidates {
  evaluatedYear: number;
  projects: {
    projectId: number;
    name: string;
    unitName: string | null;
    budgetType: string;
    isPolicy: boolean;
    amount: number;
    reasons: string[];
    planned: boolean;
  }[];
  departments: {
    departmentId: number;
    name: string;
    amount: number;
    projectCount: number;
    reasons: string[];
    planned: boolean;
  }[];
}

/** Candidate objects suggested by the rules (large amounts, wide coverage, long-running, poor results, completed). */
export function CandidatesDrawer({
  year,
  open,
  onClose,
  onPick,
}: {
  year: number;
  open: boolean;
  onClose: () => void;
  onPick: (d: PlanDefaults) => void;
}) {
  const [minAmountWan, setMinAmountWan] = useState(500);
  const [minYears, setMinYears] = useState(3);
  const [data, setData] = useState<Candidates | null>(null);
  const load = useCallback(
    () =>
      api
        .get<Candidates>('/api/key-evaluations/candidates', { year, minAmountWan, minYears })
        .then(setData, () => undefined),
    [year, minAmountWan, minYears],
  );
  useEffect(() => {
    if (open) void load();
  }, [open, load]);
  const planned = (p: boolean) => (p ? <Tag color="green">已列入</Tag> : null);
  return (
    <Drawer
      title={`${year}年评价候选对象（评价${data?.evaluatedYear ?? year - 1}年度资金）`}
      open={open}
      onClose={onClose}
      width={960}
    >
      <Space style={{ marginBottom: 12 }}>
        资金量大：≥
        <InputNumber value={minAmountWan} min={0} onChange={(v) => setMinAmountWan(v ?? 0)} />
        万元；实施周期长：≥
        <InputNumber value={minYears} min={1} onChange={(v) => setMinYears(v ?? 1)} />年
      </Space>
      <Tabs
        items={[
          {
            key: 'projects',
            label: `项目（${data?.projects.length ?? 0}）`,
            children: (
              <Table
                size="small"
                rowKey="projectId"
                dataSource={data?.projects ?? []}
                pagination={{ pageSize: 12 }}
                locale={{ emptyText: '上年度暂无符合条件的项目' }}
                columns={[
                  { title: '项目名称', dataIndex: 'name' },
                  { title: '单位', dataIndex: 'unitName', width: 160 },
                  {
                    title: '预算类型',
                    dataIndex: 'budgetType',
                    width: 120,
                    render: (b: BudgetType) => BUDGET_TYPE_LABELS[b],
                  },
                  { title: '金额（万元）', dataIndex: 'amount', width: 110, align: 'right', render: wan },
                  {
                    title: '推荐理由',
                    dataIndex: 'reasons',
                    render: (r: string[]) => r.map((x) => <Tag key={x}>{x}</Tag>),
                  },
                  {
                    title: '操作',
                    width: 90,
                    render: (_, p) =>
                      planned(p.planned) ?? (
                        <Button
                          size="small"
                          type="link"
                          onClick={() =>
                            onPick({
                              objectType: 'project',
                              projectId: p.projectId,
                              projectName: p.name,
                              budgetType: p.budgetType,
                              kind: p.isPolicy ? 'policy' : 'project',
                              reasons: p.reasons,
                            })
                          }
                        >
                          列入计划
                        </Button>
                      ),
                  },
                ]}
              />
            ),
          },
          {
            key: 'departments',
            label: `部门整体（${data?.departments.length ?? 0}）`,
            children: (
              <Table
                size="small"
                rowKey="departmentId"
                dataSource={data?.departments ?? []}
                pagination={false}
                columns={[
                  { title: '部门', dataIndex: 'name' },
                  { title: '项目数', dataIndex: 'projectCount', width: 80 },
                  { title: '项目预算（万元）', dataIndex: 'amount', width: 140, align: 'right', render: wan },
                  {
                    title: '操作',
                    width: 90,
                    render: (_, d) =>
                      planned(d.planned) ?? (
                        <Button
                          size="small"
                          type="link"
                          onClick={() =>
                            onPick({
                              objectType: 'department',
                              departmentId: d.departmentId,
                              kind: 'departmentOverall',
                              budgetType: 'general',
                              reasons: d.reasons,
                            })
                          }
                        >
                          列入计划
                        </Button>
                      ),
                  },
                ]}
              />
            ),
          },
        ]}
      />
    </Drawer>
  );
}
