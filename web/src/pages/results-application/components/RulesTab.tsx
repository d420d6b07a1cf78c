import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Input, InputNumber, message, Select, Space, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { Grade } from '../../../../../core/rules/key-evaluation/types';
import {
  evaluationSourceLabels,
  projectKindLabels,
  type ResultAction,
  type ResultsRuleRow,
  type ResultsRules,
  resultActionLabels,
  resultActions,
  WILDCARD,
} from '../../../../../core/rules/results/index';
import { api } from '../../../api/request';

const any = { value: WILDCARD, label: '任意' };
const opts = (labels: Record<string, string>) => [
  any,
  ...Object.entries(labels).map(([value, label]) => ({ value, label })),
];
const gradeOptions = [any, ...(['优', '良', '中', '差'] as Grade[]).map((g) => ({ value: g, label: g }))];

/** The results application rule table of a region and year (finance edits; saved as a new version). */
export function RulesTab({ year, canEdit }: { year: number; canEdit: boolean }) {
  const [rules, setRules] = useState<ResultsRules | null>(null);
  const [note, setNote] = useState('');
  useEffect(
    () => void api.get<ResultsRules>('/api/rule-sets/results', { year }).then(setRules, () => undefined),
    [year],
  );
  if (!rules) return null;
  const setRow = (i: number, patch: Partial<ResultsRuleRow>) =>
    setRules({ ...rules, table: rules.table.map((r, k) => (k === i ? { ...r, ...patch } : r)) });
  const save = async () => {
    if (!note.trim()) return void message.warning('请填写修改说明');
    await api.put('/api/rule-sets/results', { year, data: rules, note });
    message.success('已保存新版本结果应用规则');
    setNote('');
  };
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Typography.Paragraph type="secondary">
        规则按“评价来源 × 项目类型 × 等级”匹配，越具体的行优先；存在未销号整改事项的项目在基础措施上追加压减。
      </Typography.Paragraph>
      <Table<ResultsRuleRow & { i: number }>
        rowKey="i"
        size="small"
        pagination={false}
        dataSource={rules.table.map((r, i) => ({ ...r, i }))}
        columns={[
          {
            title: '评价来源',
            render: (_, r) => (
              <Select
                disabled={!canEdit}
                style={{ width: 150 }}
                value={r.evaluationKind}
                options={opts(evaluationSourceLabels)}
                onChange={(v) => setRow(r.i, { evaluationKind: v })}
              />
            ),
          },
          {
            title: '项目类型',
            render: (_, r) => (
              <Select
                disabled={!canEdit}
                style={{ width: 130 }}
                value={r.projectKind}
                options={opts(projectKindLabels)}
                onChange={(v) => setRow(r.i, { projectKind: v })}
              />
            ),
          },
          {
            title: '等级',
            render: (_, r) => (
              <Select
                disabled={!canEdit}
                style={{ width: 90 }}
                value={r.grade}
                options={gradeOptions}
                onChange={(v) => setRow(r.i, { grade: v as Grade })}
              />
            ),
          },
          {
            title: '措施',
            render: (_, r) => (
              <Select
                disabled={!canEdit}
                style={{ width: 120 }}
                value={r.action}
                options={resultActions.map((a) => ({ value: a, label: resultActionLabels[a] }))}
                onChange={(v: ResultAction) =>
                  setRow(r.i, { action: v, cutPercent: v === 'cut' ? (r.cutPercent ?? 10) : undefined })
                }
              />
            ),
          },
          {
            title: '压减比例（%）',
            render: (_, r) =>
              r.action === 'cut' ? (
                <InputNumber
                  disabled={!canEdit}
                  min={0}
                  max={100}
                  value={r.cutPercent}
                  onChange={(v) => setRow(r.i, { cutPercent: v ?? 0 })}
                />
              ) : (
                '—'
              ),
          },
          {
            title: '',
            width: 50,
            render: (_, r) =>
              canEdit && (
                <Button
                  type="text"
                  danger
                  icon={<DeleteOutlined />}
                  onClick={() => setRules({ ...rules, table: rules.table.filter((_, k) => k !== r.i) })}
                />
              ),
          },
        ]}
      />
      {canEdit && (
        <Button
          icon={<PlusOutlined />}
          onClick={() =>
            setRules({
              ...rules,
              table: [
                ...rules.table,
                { evaluationKind: WILDCARD, projectKind: WILDCARD, grade: '中', action: 'cut', cutPercent: 10 },
              ],
            })
          }
        >
          新增规则行
        </Button>
      )}
      <Space>
        未销号整改追加压减（%）
        <InputNumber
          disabled={!canEdit}
          min={0}
          max={100}
          value={rules.unrectifiedCutPercent}
          onChange={(v) => setRules({ ...rules, unrectifiedCutPercent: v ?? 0 })}
        />
      </Space>
      {canEdit && (
        <Space>
          <Input
            style={{ width: 360 }}
            placeholder="修改说明（必填）"
            value={note}
            onChange={(e) => setNote(e.target.value)}
          />
          <Button type="primary" onClick={save}>
            保存为新版本
          </Button>
        </Space>
      )}
    </Space>
  );
}
