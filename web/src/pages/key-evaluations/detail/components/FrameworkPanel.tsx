import { Alert, Button, InputNumber, message, Space, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { type EvaluationTemplate, frameworkLabels } from '../../../../../../core/rules/key-evaluation/index';
import { api } from '../../../../api/request';
import type { EvaluationDetail } from '../../types';
import { methodLabel } from './method';

interface Row {
  key: string;
  level: 1 | 2 | 3;
  path: number[];
  name: string;
  weight: number;
  method?: string;
}

function flatten(fw: EvaluationTemplate): Row[] {
  return fw.dimensions.flatMap((d, i) => [
    { key: d.code, level: 1 as const, path: [i], name: frameworkLabels[d.code], weight: d.weight },
    ...d.level2.flatMap((s, j) => [
      { key: `${d.code}.${s.code}`, level: 2 as const, path: [i, j], name: s.name, weight: s.weight },
      ...s.indicators.map((ind, k) => ({
        key: `${d.code}.${s.code}.${ind.code}`,
        level: 3 as const,
        path: [i, j, k],
        name: ind.name,
        weight: ind.weight,
        method: methodLabel(ind.method),
      })),
    ]),
  ]);
}

/** Sets a weight at any of the three levels of a framework copy. */
function withWeight(fw: EvaluationTemplate, path: number[], weight: number): EvaluationTemplate {
  const next = structuredClone(fw);
  const [i, j, k] = path;
  if (j === undefined) next.dimensions[i].weight = weight;
  else if (k === undefined) next.dimensions[i].level2[j].weight = weight;
  else next.dimensions[i].level2[j].indicators[k].weight = weight;
  return next;
}

/** The evaluation's own three-level framework; finance edits weights before field work, validated on save. */
export function FrameworkPanel({ e, onSaved }: { e: EvaluationDetail; onSaved: () => void }) {
  const editable = e.allowedActions.includes('editFramework');
  const [fw, setFw] = useState<EvaluationTemplate>(e.framework);
  useEffect(() => setFw(e.framework), [e.framework]);
  const level1 = fw.dimensions.map((d) => `${frameworkLabels[d.code]}${d.weight}`).join(' / ');
  const ob = fw.dimensions.filter((d) => d.code === 'output' || d.code === 'benefit').reduce((a, d) => a + d.weight, 0);
  const save = async () => {
    await api.put(`/api/key-evaluations/${e.id}/framework`, { framework: fw, version: e.version });
    message.success('指标体系已保存');
    onSaved();
  };
  return (
    <>
      <Space style={{ marginBottom: 12 }} wrap>
        <Typography.Text>
          {fw.name}：{level1}（产出+效益 {ob}）
        </Typography.Text>
        {editable && (
          <>
            <Button onClick={() => setFw(e.framework)}>撤销修改</Button>
            <Button type="primary" onClick={save} data-testid="save-framework">
              保存指标体系
            </Button>
          </>
        )}
      </Space>
      {editable && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title="一级指标权重合计须为100，产出与效益合计不低于规则要求（默认60%）；各级权重须与下级合计一致。"
        />
      )}
      <Table
        size="small"
        rowKey="key"
        pagination={false}
        dataSource={flatten(fw)}
        columns={[
          {
            title: '指标',
            dataIndex: 'name',
            render: (n: string, r) => (
              <span style={{ paddingLeft: (r.level - 1) * 24, fontWeight: r.level === 1 ? 600 : 400 }}>
                {r.level === 1 ? <Tag color="blue">一级</Tag> : r.level === 2 ? <Tag>二级</Tag> : null}
                {n}
              </span>
            ),
          },
          { title: '计分方法', dataIndex: 'method', width: 260, render: (m?: string) => m ?? '' },
          {
            title: '权重',
            dataIndex: 'weight',
            width: 120,
            render: (w: number, r) =>
              editable ? (
                <InputNumber
                  size="small"
                  min={0}
                  max={100}
                  value={w}
                  onChange={(v) => setFw((f) => withWeight(f, r.path, v ?? 0))}
                  data-testid={`weight-${r.key}`}
                />
              ) : (
                w
              ),
          },
        ]}
      />
    </>
  );
}
