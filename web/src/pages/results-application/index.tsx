import { Button, Card, Col, Empty, Row, Space, Statistic, Tabs } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import type { TResultsLine, TResultsRun, TResultsTotals } from '../../../../core/contracts/results-application';
import { api } from '../../api/request';
import { useAuth } from '../../app/auth';
import { wan } from '../../components/format';
import { YearSelect } from '../../components/ListFilters';
import { useYearParam } from '../../components/useFiscalYears';
import { LinesTab } from './components/LinesTab';
import { RulesTab } from './components/RulesTab';
import { WhatIfTab } from './components/WhatIfTab';

/** 结果应用: this year's results → proposed adjustments of next year's budget, what-if and the rule table. */
export default function ResultsApplicationPage() {
  const { me } = useAuth();
  const canDecide = me?.role === 'finance' || me?.role === 'admin';
  const [year, setYear] = useYearParam('work');
  const [run, setRun] = useState<TResultsRun | null | undefined>(undefined);
  const [lines, setLines] = useState<TResultsLine[]>([]);
  const [totals, setTotals] = useState<TResultsTotals | null>(null);
  const load = useCallback(async () => {
    const r = await api.get<TResultsRun | null>('/api/results-application/runs', { year }).catch(() => null);
    setRun(r);
    setLines(r ? await api.get<TResultsLine[]>(`/api/results-application/runs/${r.id}/lines`).catch(() => []) : []);
    setTotals(await api.get<TResultsTotals>('/api/results-application/totals', { year }).catch(() => null));
  }, [year]);
  useEffect(() => void load(), [load]);
  const generate = async () => {
    await api.post('/api/results-application/runs', { year });
    await load();
  };
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Space>
        工作年度
        <YearSelect value={year} suffix="年" onChange={setYear} />
        <span>（评价结果应用于 {year + 1} 年预算）</span>
      </Space>
      {totals && (
        <Row gutter={16}>
          <Col span={6}>
            <Card>
              <Statistic
                title="结果应用压减（万元）"
                value={wan(totals.cutsFromResults)}
                suffix={<span style={{ fontSize: 14, color: '#888' }}>（{totals.cutProjects}个项目）</span>}
              />
            </Card>
          </Col>
          <Col span={6}>
            <Card>
              <Statistic
                title="事前评估核减（万元）"
                value={wan(totals.exAnteCuts)}
                suffix={<span style={{ fontSize: 14, color: '#888' }}>（{totals.exAnteAssessments}个项目）</span>}
              />
            </Card>
          </Col>
          <Col span={6}>
            <Card>
              <Statistic title="运行监控收回（万元）" value={wan(totals.recoveries)} />
            </Card>
          </Col>
          <Col span={6}>
            <Card>
              <Statistic
                title="优先保障（万元）"
                value={wan(totals.prioritisedAmount)}
                suffix={<span style={{ fontSize: 14, color: '#888' }}>（{totals.prioritisedProjects}个项目）</span>}
              />
            </Card>
          </Col>
        </Row>
      )}
      <Card>
        <Tabs
          items={[
            {
              key: 'lines',
              label: `${year + 1}年预算调整建议`,
              children:
                run === undefined ? null : run ? (
                  <LinesTab run={run} lines={lines} canDecide={canDecide} reload={load} />
                ) : (
                  <Empty description={`尚未生成${year}年度结果应用建议`}>
                    {canDecide && (
                      <Button type="primary" onClick={generate}>
                        生成调整建议
                      </Button>
                    )}
                  </Empty>
                ),
            },
            ...(run
              ? [
                  {
                    key: 'whatif',
                    label: '模拟测算',
                    children: <WhatIfTab runId={run.id} targetYear={run.targetYear} />,
                  },
                ]
              : []),
            { key: 'rules', label: '结果应用规则', children: <RulesTab year={year} canEdit={canDecide} /> },
          ]}
        />
      </Card>
    </Space>
  );
}
