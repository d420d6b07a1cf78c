import { Button, Input, InputNumber, message, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { frameworkLabels, ratioFormulas } from '../../../../../../core/rules/key-evaluation/index';
import { api } from '../../../../api/request';
import { Attachments } from '../../../../components/Attachments';
import type { EvaluationDetail, FlatIndicator } from '../../types';
import { methodLabel } from './method';

type Raw = Record<string, number | string | undefined>;

/** Turns the row's typed values into the API input for its method; null while incomplete. */
function toInput(ind: FlatIndicator, raw: Raw | undefined): Record<string, unknown> | null {
  if (!raw) return null;
  const num = (k: string) => (typeof raw[k] === 'number' ? (raw[k] as number) : undefined);
  const m = ind.method;
  if (m.type === 'ratio')
    return num('numerator') !== undefined && num('denominator') !== undefined
      ? { type: 'ratio', numerator: num('numerator'), denominator: num('denominator') }
      : null;
  if (m.type === 'bands') return num('value') !== undefined ? { type: 'bands', value: num('value') } : null;
  if (m.type === 'deduction')
    return num('occurrences') !== undefined ? { type: 'deduction', occurrences: num('occurrences') } : null;
  if (m.type === 'judgement') return num('score') !== undefined ? { type: 'judgement', score: num('score') } : null;
  const text = String(raw.survey ?? '').trim();
  if (!text) return null;
  const values = text
    .split(/[,，\s]+/)
    .filter(Boolean)
    .map(Number);
  return values.length > 1 ? { type: 'survey', responses: values } : { type: 'survey', averagePercent: values[0] };
}

function fromInput(input: Record<string, unknown> | undefined): Raw {
  if (!input) return {};
  if (input.type === 'survey') return { survey: String(input.averagePercent ?? '') };
  return input as Raw;
}

/** Indicator-by-indicator scoring with evidence notes and files (the engaged agency or the finance team). */
export function ScoringPanel({ e, onSaved }: { e: EvaluationDetail; onSaved: () => void }) {
  const editable = e.allowedActions.includes('score');
  const [raw, setRaw] = useState<Record<string, Raw>>({});
  const [notes, setNotes] = useState<Record<string, string>>({});
  useEffect(() => {
    setRaw(
      Object.fromEntries(
        e.indicators.map((i) => [i.code, fromInput(e.inputs[i.code] as Record<string, unknown> | undefined)]),
      ),
    );
    setNotes(e.indicatorNotes);
  }, [e]);
  const set = (code: string, k: string, v: number | string | null) =>
    setRaw((r) => ({ ...r, [code]: { ...r[code], [k]: v ?? undefined } }));
  const save = async () => {
    const inputs: Record<string, unknown> = {};
    for (const ind of e.indicators) {
      const input = toInput(ind, raw[ind.code]);
      if (input) inputs[ind.code] = input;
    }
    await api.put(`/api/key-evaluations/${e.id}/scores`, { inputs, notes, version: e.version });
    message.success('评分已保存');
    onSaved();
  };
  const numberBox = (code: string, k: string, placeholder: string, width = 90) => (
    <InputNumber
      size="small"
      placeholder={placeholder}
      value={raw[code]?.[k] as number | undefined}
      onChange={(v) => set(code, k, v)}
      style={{ width }}
      disabled={!editable}
      data-testid={`in-${code}-${k}`}
    />
  );
  const inputCell = (ind: FlatIndicator) => {
    const m = ind.method;
    if (m.type === 'ratio')
      return (
        <Space size={4}>
          {numberBox(ind.code, 'numerator', ratioFormulas[m.formula].numerator, 110)}/
          {numberBox(ind.code, 'denominator', ratioFormulas[m.formula].denominator, 110)}
        </Space>
      );
    if (m.type === 'bands') return numberBox(ind.code, 'value', `取值（${m.unit}）`);
    if (m.type === 'deduction') return numberBox(ind.code, 'occurrences', '问题次数');
    if (m.type === 'judgement') return numberBox(ind.code, 'score', `0–${ind.weight}`);
    return (
      <Input
        size="small"
        placeholder="平均满意度%或逐份结果,逗号分隔"
        value={String(raw[ind.code]?.survey ?? '')}
        onChange={(ev) => set(ind.code, 'survey', ev.target.value)}
        style={{ width: 220 }}
        disabled={!editable}
        data-testid={`in-${ind.code}-survey`}
      />
    );
  };
  return (
    <>
      <Space style={{ marginBottom: 12 }}>
        <Typography.Text>
          总分：<b data-testid="total-score">{e.totalScore === null ? '未完成' : e.totalScore.toFixed(2)}</b>
          {e.grade && <Tag style={{ marginLeft: 8 }}>{e.grade}</Tag>}
        </Typography.Text>
        {editable && (
          <Button type="primary" onClick={save} data-testid="save-scores">
            保存评分
          </Button>
        )}
      </Space>
      <Table
        size="small"
        rowKey="code"
        pagination={false}
        dataSource={e.indicators}
        expandable={{
          expandedRowRender: (ind) => (
            <Attachments
              ownerEntity="keyEvaluation"
              ownerId={e.id}
              slot={`evidence:${ind.code}`}
              canUpload={editable}
            />
          ),
        }}
        columns={[
          {
            title: '一级',
            dataIndex: 'level1',
            width: 60,
            render: (c: keyof typeof frameworkLabels) => frameworkLabels[c],
          },
          {
            title: '三级指标',
            dataIndex: 'name',
            render: (n: string, ind) => <Tooltip title={ind.guidance}>{n}</Tooltip>,
          },
          { title: '分值', dataIndex: 'weight', width: 60 },
          {
            title: '计分方法',
            width: 180,
            render: (_, ind) => <Typography.Text type="secondary">{methodLabel(ind.method)}</Typography.Text>,
          },
          { title: '评价数据', width: 260, render: (_, ind) => inputCell(ind) },
          { title: '得分', width: 70, render: (_, ind) => e.indicatorScores[ind.code]?.toFixed(2) ?? '—' },
          {
            title: '评分依据',
            render: (_, ind) => (
              <Input
                size="small"
                value={notes[ind.code] ?? ''}
                onChange={(ev) => setNotes((n) => ({ ...n, [ind.code]: ev.target.value }))}
                disabled={!editable}
                maxLength={500}
              />
            ),
          },
        ]}
      />
    </>
  );
}
