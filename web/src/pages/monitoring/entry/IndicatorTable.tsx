import { Input, InputNumber, Select, Table } from 'antd';
import { type Level1, level1Labels } from '../../../../../core/rules/indicator';
import { deviationReasonLabels, likelihoodLabels, type WarningColor } from '../../../../../core/rules/monitoring/types';
import { WarningTag } from '../components/shared';

export interface IndicatorRow {
  targetIndicatorId: number;
  level1: string;
  name: string;
  operator: string;
  targetValue: string;
  unit: string;
  currentValue: number | null;
  expectedValue: number | null;
  currentText: string;
  likelihood: 'certain' | 'possible' | 'impossible';
  reasons: string[];
  note: string;
  color: WarningColor | null;
}

const likelihoodOptions = Object.entries(likelihoodLabels).map(([value, label]) => ({ value, label }));
const reasonOptions = Object.entries(deviationReasonLabels).map(([value, label]) => ({ value, label }));

/** Target progress per indicator; editable while the unit may save. */
export function IndicatorTable({
  rows,
  editable,
  onChange,
}: {
  rows: IndicatorRow[];
  editable: boolean;
  onChange: (i: number, patch: Partial<IndicatorRow>) => void;
}) {
  return (
    <Table<IndicatorRow>
      rowKey="targetIndicatorId"
      size="small"
      pagination={false}
      dataSource={rows}
      scroll={{ x: 1200 }}
      columns={[
        { title: '一级指标', dataIndex: 'level1', width: 90, render: (v: string) => level1Labels[v as Level1] ?? v },
        { title: '三级指标', dataIndex: 'name', width: 180 },
        {
          title: '年度指标值',
          width: 120,
          render: (_, r) => `${r.operator === '定性' ? '' : r.operator}${r.targetValue}${r.unit}`,
        },
        {
          title: '当前完成值',
          width: 140,
          render: (_, r, i) =>
            r.operator === '定性' ? (
              <Input
                data-field="current-text"
                disabled={!editable}
                value={r.currentText}
                onChange={(e) => onChange(i, { currentText: e.target.value })}
                aria-label={`当前完成值-${r.name}`}
              />
            ) : (
              <InputNumber
                data-field="current-number"
                min={0}
                disabled={!editable}
                value={r.currentValue}
                onChange={(v) => onChange(i, { currentValue: v })}
                aria-label={`当前完成值-${r.name}`}
              />
            ),
        },
        {
          title: '预计全年完成值',
          width: 130,
          render: (_, r, i) =>
            r.operator === '定性' ? (
              '—'
            ) : (
              <InputNumber
                min={0}
                disabled={!editable}
                value={r.expectedValue}
                onChange={(v) => onChange(i, { expectedValue: v })}
              />
            ),
        },
        {
          title: '完成可能性',
          width: 130,
          render: (_, r, i) => (
            <Select
              disabled={!editable}
              value={r.likelihood}
              options={likelihoodOptions}
              style={{ width: 110 }}
              onChange={(v) => onChange(i, { likelihood: v })}
              aria-label={`完成可能性-${r.name}`}
            />
          ),
        },
        {
          title: '偏差原因',
          width: 200,
          render: (_, r, i) => (
            <Select
              mode="multiple"
              disabled={!editable || r.likelihood === 'certain'}
              value={r.reasons}
              options={reasonOptions}
              style={{ width: 180 }}
              onChange={(v) => onChange(i, { reasons: v })}
              aria-label={`偏差原因-${r.name}`}
            />
          ),
        },
        {
          title: '偏差说明',
          width: 200,
          render: (_, r, i) => (
            <Input
              disabled={!editable || r.likelihood === 'certain'}
              value={r.note}
              onChange={(e) => onChange(i, { note: e.target.value })}
              aria-label={`偏差说明-${r.name}`}
            />
          ),
        },
        { title: '预警', width: 100, fixed: 'right', render: (_, r) => <WarningTag color={r.color} /> },
      ]}
    />
  );
}
