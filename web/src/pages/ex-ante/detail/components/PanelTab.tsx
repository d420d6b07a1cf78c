import { Alert, Button, Card, InputNumber, message, Progress, Select, Space, Table, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { TEMPLATE_KIND_LABELS, TEMPLATE_KINDS } from '../../../../../../core/contracts/ex-ante';
import type { TExpert } from '../../../../../../core/contracts/experts';
import { templatePoints } from '../../../../../../core/rules/ex-ante/template-types';
import { api } from '../../../../api/request';
import { fieldOptions, useFields } from '../../shared';
import type { Detail } from '../types';

/** Panel assembly (finance: pick or draw, conflicts refused) and scoring progress with the score matrix. */
export function PanelTab({ d, reload }: { d: Detail; reload: () => void }) {
  const canForm = d.allowedActions.includes('formPanel');
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {canForm && <PanelForm d={d} reload={reload} />}
      <Card size="small" title="评分进度">
        <Progress
          percent={d.progress.total ? Math.round((d.progress.submitted / d.progress.total) * 100) : 0}
          format={() => `${d.progress.submitted}/${d.progress.total}`}
        />
        {d.preview && (
          <Alert
            style={{ marginTop: 8 }}
            type={d.preview.complete ? 'success' : 'info'}
            showIcon
            message={`${d.preview.complete ? '专家组评分' : '已提交专家的暂计评分'}：${d.preview.score.toFixed(2)} 分${d.preview.droppedExpertIds.length ? '（已去掉最高分和最低分）' : ''}`}
          />
        )}
      </Card>
      <ScoreMatrix d={d} />
    </Space>
  );
}

function PanelForm({ d, reload }: { d: Detail; reload: () => void }) {
  const fields = useFields();
  const [pool, setPool] = useState<TExpert[]>([]);
  const [ids, setIds] = useState<number[]>(d.panel.map((p) => p.expertId));
  const [kind, setKind] = useState(d.templateKind);
  const [field, setField] = useState(d.fieldCode);
  const [count, setCount] = useState(3);
  const [seed, setSeed] = useState<number>();
  useEffect(() => void api.get<TExpert[]>('/api/experts', { active: 'true' }).then(setPool, () => undefined), []);
  const draw = async () => {
    const r = await api.post<{ seed: number; experts: TExpert[]; excluded: { name: string }[] }>('/api/ex-ante/draw', {
      assessmentId: d.id,
      count,
      fieldCode: field,
    });
    setIds(r.experts.map((e) => e.id));
    setSeed(r.seed);
    message.info(
      `已随机抽取（种子 ${r.seed}）${r.excluded.length ? `，回避：${r.excluded.map((x) => x.name).join('、')}` : ''}`,
    );
  };
  const save = async () => {
    await api.put(`/api/ex-ante/assessments/${d.id}/panel`, { expertIds: ids, templateKind: kind, drawSeed: seed });
    message.success('专家组已组建');
    reload();
  };
  return (
    <Card size="small" title="组建专家组">
      <Space wrap>
        <Select
          aria-label="评分表"
          value={kind}
          onChange={setKind}
          style={{ width: 140 }}
          options={TEMPLATE_KINDS.map((k) => ({ value: k, label: TEMPLATE_KIND_LABELS[k] }))}
        />
        <Select
          aria-label="抽取领域"
          value={field}
          onChange={setField}
          style={{ width: 140 }}
          options={fieldOptions(fields)}
        />
        <InputNumber aria-label="抽取人数" min={1} max={15} value={count} onChange={(v) => setCount(v ?? 3)} />
        <Button onClick={draw}>随机抽取</Button>
      </Space>
      <Select
        mode="multiple"
        aria-label="专家组成员"
        style={{ width: '100%', marginTop: 12 }}
        placeholder="选择专家（同单位、同部门专家应回避）"
        value={ids}
        onChange={setIds}
        optionFilterProp="label"
        options={pool.map((e) => ({
          value: e.id,
          label: `${e.name}（${e.employer}${e.userId ? '' : '，未关联账号'}）`,
          disabled: e.userId === null,
        }))}
      />
      <Button type="primary" style={{ marginTop: 12 }} onClick={save} disabled={ids.length < 3}>
        确认专家组
      </Button>
    </Card>
  );
}

function ScoreMatrix({ d }: { d: Detail }) {
  const points = templatePoints(d.template);
  return (
    <Card size="small" title="评分明细">
      <Table
        size="small"
        rowKey="code"
        pagination={false}
        scroll={{ x: true }}
        dataSource={points}
        columns={[
          { title: '维度', render: (_, p) => d.template.dimensions.find((x) => x.code === p.dimensionCode)?.name },
          { title: '评分要点', dataIndex: 'name' },
          { title: '分值', dataIndex: 'weight', align: 'right' },
          ...d.panel.map((s) => ({
            title: (
              <span>
                {s.expertName}
                {s.isLeader && (
                  <Tag color="gold" style={{ marginLeft: 4 }}>
                    组长
                  </Tag>
                )}
                <Tag color={s.status === 'submitted' ? 'green' : 'default'}>
                  {s.status === 'submitted' ? '已提交' : '评分中'}
                </Tag>
              </span>
            ),
            key: `e${s.expertId}`,
            align: 'right' as const,
            render: (_: unknown, p: { code: string }) => (
              <span title={s.comments[p.code]}>{s.scores[p.code] ?? '—'}</span>
            ),
          })),
          { title: '平均', align: 'right', render: (_, p) => d.preview?.pointScores[p.code]?.toFixed(2) ?? '—' },
        ]}
      />
    </Card>
  );
}
