import { DeleteOutlined } from '@ant-design/icons';
import { Button, Input, InputNumber, Select, Table, Tooltip, Typography } from 'antd';
import {
  defaultTaxonomies,
  level1Codes,
  level1Labels,
  level2Labels,
  operators,
} from '../../../../../core/rules/indicator';
import type { TargetFinding } from '../../../../../core/rules/targets/index';
import type { IndicatorRow } from './types';

const taxonomy = defaultTaxonomies.classic2020;

/** The indicator rows of a target: editable while draft/returned, read-only otherwise; findings per row. */
export function IndicatorTable({
  rows,
  editable,
  findings,
  onChange,
  commentFor,
}: {
  rows: IndicatorRow[];
  editable: boolean;
  findings: TargetFinding[];
  onChange: (rows: IndicatorRow[]) => void;
  /** Reviewer mode: a comment input per row. */
  commentFor?: { value: Record<number, string>; set: (id: number, comment: string) => void };
}) {
  const patch = (key: string, p: Partial<IndicatorRow>) =>
    onChange(rows.map((r) => (r.key === key ? { ...r, ...p } : r)));
  const rowFindings = (i: number) => findings.filter((f) => f.indicatorIndex === i);
  const text = (field: 'name' | 'targetValue' | 'unit', width: number) => (v: string, r: IndicatorRow) =>
    editable ? (
      <Input
        size="small"
        style={{ width }}
        value={v}
        aria-label={field}
        onChange={(e) => patch(r.key, { [field]: e.target.value })}
      />
    ) : (
      v
    );
  return (
    <Table
      rowKey="key"
      size="small"
      pagination={false}
      dataSource={rows}
      rowClassName={(_r, i) => (rowFindings(i).some((f) => f.severity === 'error') ? 'row-error' : '')}
      columns={[
        {
          title: '一级指标',
          dataIndex: 'level1',
          width: 120,
          render: (v: string, r) =>
            editable ? (
              <Select
                size="small"
                style={{ width: 110 }}
                value={v}
                onChange={(level1) =>
                  patch(r.key, { level1, level2: taxonomy[level1 as keyof typeof taxonomy][0] ?? '' })
                }
                options={level1Codes
                  .filter((c) => taxonomy[c].length > 0)
                  .map((c) => ({ value: c, label: level1Labels[c] }))}
              />
            ) : (
              level1Labels[v as keyof typeof level1Labels]
            ),
        },
        {
          title: '二级指标',
          dataIndex: 'level2',
          width: 140,
          render: (v: string, r) =>
            editable ? (
              <Select
                size="small"
                style={{ width: 130 }}
                value={v}
                onChange={(level2) => patch(r.key, { level2 })}
                options={(taxonomy[r.level1 as keyof typeof taxonomy] ?? []).map((c) => ({
                  value: c,
                  label: level2Labels[c],
                }))}
              />
            ) : (
              level2Labels[v as keyof typeof level2Labels]
            ),
        },
        { title: '三级指标', dataIndex: 'name', render: text('name', 200) },
        {
          title: '运算符',
          dataIndex: 'operator',
          width: 90,
          render: (v: string, r) =>
            editable ? (
              <Select
                size="small"
                style={{ width: 80 }}
                value={v}
                onChange={(operator) => patch(r.key, { operator })}
                options={operators.map((o) => ({ value: o, label: o }))}
              />
            ) : (
              v
            ),
        },
        { title: '指标值', dataIndex: 'targetValue', width: 110, render: text('targetValue', 100) },
        { title: '计量单位', dataIndex: 'unit', width: 100, render: text('unit', 90) },
        {
          title: '权重',
          dataIndex: 'weight',
          width: 80,
          render: (v: number, r) =>
            editable ? (
              <InputNumber
                size="small"
                aria-label="weight"
                min={0}
                max={100}
                style={{ width: 70 }}
                value={v}
                onChange={(weight) => patch(r.key, { weight: Number(weight ?? 0) })}
              />
            ) : (
              v
            ),
        },
        {
          title: commentFor ? '审核意见' : '问题 / 审核意见',
          key: 'notes',
          width: 260,
          render: (_v, r, i) => (
            <>
              {rowFindings(i).map((f) => (
                <Typography.Text
                  key={f.code + f.message}
                  type={f.severity === 'error' ? 'danger' : 'warning'}
                  style={{ display: 'block', fontSize: 12 }}
                >
                  {f.message}
                </Typography.Text>
              ))}
              {r.reviewComment && !commentFor && (
                <Typography.Text type="danger" style={{ display: 'block', fontSize: 12 }} data-testid="review-comment">
                  审核意见：{r.reviewComment}
                </Typography.Text>
              )}
              {commentFor && r.id !== undefined && (
                <Input.TextArea
                  rows={1}
                  size="small"
                  aria-label={`意见-${r.name}`}
                  placeholder="逐项审核意见（可选）"
                  value={commentFor.value[r.id] ?? ''}
                  onChange={(e) => r.id !== undefined && commentFor.set(r.id, e.target.value)}
                />
              )}
            </>
          ),
        },
        ...(editable
          ? [
              {
                title: '',
                key: 'del',
                width: 40,
                render: (_v: unknown, r: IndicatorRow) => (
                  <Tooltip title="删除">
                    <Button
                      size="small"
                      type="text"
                      danger
                      icon={<DeleteOutlined />}
                      onClick={() => onChange(rows.filter((x) => x.key !== r.key))}
                    />
                  </Tooltip>
                ),
              },
            ]
          : []),
      ]}
    />
  );
}
