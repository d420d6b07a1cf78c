import { Form, Input, InputNumber, Select, Space, Table, Tag, Tooltip } from 'antd';
import { type Level1, type Level2, level1Labels, level2Labels } from '../../../../../core/rules/indicator';
import type { IndicatorScore } from '../../../../../core/rules/scoring/index';
import { Attachments } from '../../../components/Attachments';
import { claimError } from './draft-checks';
import type { IndicatorRow } from './types';

const FLAG_LABELS: Record<string, string> = {
  overAchieved: '超额完成（目标可能偏低）',
  missingActual: '未填实际值',
  claimedAboveRule: '得分高于规则得分',
  missingClaim: '请在等级区间内填写得分',
};

/** Indicator rows of the form: target beside actual, live score, deviation reason and evidence per row. */
export function IndicatorTable({
  formId,
  rows,
  scores,
  editable,
  onChange,
}: {
  formId: number;
  rows: IndicatorRow[];
  scores: IndicatorScore[];
  editable: boolean;
  onChange: (id: number, patch: Partial<IndicatorRow>) => void;
}) {
  return (
    <Table
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={rows}
      scroll={{ x: 1300 }}
      expandable={{
        expandedRowRender: (r) => (
          <Attachments ownerEntity="selfEvaluation" ownerId={formId} slot={String(r.id)} canUpload={editable} />
        ),
        rowExpandable: () => true,
      }}
      columns={[
        { title: '一级指标', dataIndex: 'level1', width: 90, render: (v: string) => level1Labels[v as Level1] ?? v },
        { title: '二级指标', dataIndex: 'level2', width: 110, render: (v: string) => level2Labels[v as Level2] ?? v },
        { title: '三级指标', dataIndex: 'name', width: 180 },
        {
          title: '年度指标值',
          width: 110,
          render: (_, r) => `${r.operator === '定性' ? '' : r.operator}${r.targetValue}${r.unit}`,
        },
        {
          title: '实际完成值',
          width: 150,
          render: (_, r) =>
            r.operator === '定性' ? (
              <Select
                aria-label={`实际完成值-${r.name}`}
                disabled={!editable}
                value={r.qualitativeLevel ?? undefined}
                style={{ width: 130 }}
                placeholder="完成等级"
                onChange={(v) => onChange(r.id, { qualitativeLevel: v })}
                options={['达成', '部分达成', '未达成'].map((v) => ({ value: v, label: v }))}
              />
            ) : (
              <InputNumber
                aria-label={`实际完成值-${r.name}`}
                disabled={!editable}
                value={r.actualNumber}
                min={0}
                style={{ width: 130 }}
                addonAfter={r.unit || undefined}
                onChange={(v) => onChange(r.id, { actualNumber: v })}
              />
            ),
        },
        { title: '分值', dataIndex: 'weight', width: 60 },
        {
          title: '得分',
          width: 150,
          render: (_, r, i) => {
            const s = scores[i];
            const band = s?.band;
            // No min/max on the input: a score typed outside the band stays as typed and is refused with the reason.
            const error = claimError(r, band);
            const hint = editable && band ? `可填 ${band.min}–${band.max} 分` : undefined;
            return (
              <span>
                {r.operator === '定性' ? (
                  <Form.Item
                    style={{ marginBottom: 0 }}
                    validateStatus={error ? 'error' : undefined}
                    help={error ?? hint}
                  >
                    <Space size={4}>
                      <Tooltip title={band ? `区间 ${band.min}～${band.max}` : '先选择完成等级'}>
                        <InputNumber
                          aria-label={`得分-${r.name}`}
                          disabled={!editable || !r.qualitativeLevel}
                          value={r.claimedScore}
                          step={0.5}
                          style={{ width: 80 }}
                          onChange={(v) => onChange(r.id, { claimedScore: v })}
                        />
                      </Tooltip>
                      <b>{s?.score ?? 0}</b>
                    </Space>
                  </Form.Item>
                ) : (
                  <b>{s?.score ?? 0}</b>
                )}
                {(s?.flags ?? [])
                  .filter((f) => f !== 'claimOutsideBand')
                  .map((f) => (
                    <Tag key={f} color={f === 'overAchieved' ? 'gold' : 'red'} style={{ marginLeft: 4 }}>
                      {FLAG_LABELS[f] ?? f}
                    </Tag>
                  ))}
              </span>
            );
          },
        },
        {
          title: '偏差原因分析及改进措施',
          render: (_, r) => (
            <Input.TextArea
              aria-label={`偏差原因-${r.name}`}
              disabled={!editable}
              autoSize
              maxLength={500}
              value={r.deviationReason}
              onChange={(e) => onChange(r.id, { deviationReason: e.target.value })}
            />
          ),
        },
        {
          title: '佐证',
          dataIndex: 'evidenceCount',
          width: 60,
          render: (n: number) => (n ? `${n} 份` : <Tag color="red">无</Tag>),
        },
      ]}
    />
  );
}
