import { Card, Col, InputNumber, Row, Space, Statistic, Table } from 'antd';
import { useEffect, useState } from 'react';
import { api } from '../../../api/request';
import { wan } from '../../../components/format';

interface DeptRow {
  departmentId: number;
  departmentName: string;
  projects: number;
  budgetBefore: number;
  baselineChange: number;
  change: number;
  budgetAfter: number;
}
interface WhatIf {
  rules: { cutPercents: number[]; unrectifiedCutPercent: number };
  byDepartment: DeptRow[];
  baseline: { change: number; budgetBefore: number };
  total: { change: number; budgetBefore: number; budgetAfter: number };
}

/** What-if: change the cut percentages and see next year's totals by department before accepting. */
export function WhatIfTab({ runId, targetYear }: { runId: number; targetYear: number }) {
  const [cutPercent, setCut] = useState<number | null>(null);
  const [unrectified, setUnrectified] = useState<number | null>(null);
  const [data, setData] = useState<WhatIf | null>(null);
  useEffect(() => {
    const t = setTimeout(() => {
      void api
        .get<WhatIf>(`/api/results-application/runs/${runId}/what-if`, {
          cutPercent: cutPercent ?? undefined,
          unrectifiedCutPercent: unrectified ?? undefined,
        })
        .then(setData, () => undefined);
    }, 250);
    return () => clearTimeout(t);
  }, [runId, cutPercent, unrectified]);
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space>
        “中”等级压减比例（%）
        <InputNumber
          aria-label="压减比例"
          min={0}
          max={100}
          value={cutPercent}
          placeholder={data?.rules.cutPercents.join('/') ?? ''}
          onChange={setCut}
        />
        未整改追加压减（%）
        <InputNumber
          aria-label="追加压减比例"
          min={0}
          max={100}
          value={unrectified}
          placeholder={String(data?.rules.unrectifiedCutPercent ?? '')}
          onChange={setUnrectified}
        />
      </Space>
      {data && (
        <>
          <Row gutter={16}>
            <Col span={8}>
              <Card>
                <Statistic title={`${targetYear}年涉及项目预算（万元）`} value={wan(data.total.budgetBefore)} />
              </Card>
            </Col>
            <Col span={8}>
              <Card>
                <Statistic title="现行规则调整（万元）" value={wan(data.baseline.change)} />
              </Card>
            </Col>
            <Col span={8}>
              <Card>
                <Statistic
                  title="模拟调整（万元）"
                  value={wan(data.total.change)}
                  valueStyle={{ color: data.total.change < data.baseline.change ? '#cf1322' : undefined }}
                />
              </Card>
            </Col>
          </Row>
          <Table<DeptRow>
            rowKey="departmentId"
            size="small"
            pagination={false}
            dataSource={data.byDepartment}
            columns={[
              { title: '主管部门', dataIndex: 'departmentName' },
              { title: '项目数', dataIndex: 'projects', width: 80 },
              { title: '调整前（万元）', dataIndex: 'budgetBefore', align: 'right', render: wan },
              { title: '现行规则（万元）', dataIndex: 'baselineChange', align: 'right', render: wan },
              { title: '模拟调整（万元）', dataIndex: 'change', align: 'right', render: wan },
              { title: '模拟后预算（万元）', dataIndex: 'budgetAfter', align: 'right', render: wan },
            ]}
          />
        </>
      )}
    </Space>
  );
}
