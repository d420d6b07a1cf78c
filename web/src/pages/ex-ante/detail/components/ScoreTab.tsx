import { Alert, Button, Card, Input, InputNumber, message, Space, Table } from 'antd';
import { useEffect, useState } from 'react';
import { templatePoints } from '../../../../../../core/rules/ex-ante/template-types';
import { api } from '../../../../api/request';
import { useBusy } from '../../../../components/useBusy';
import type { Detail } from '../types';

/** The expert's own score sheet: every point scored within its weight, with a comment. */
export function ScoreTab({ d, reload }: { d: Detail; reload: () => void }) {
  const mine = d.panel.find((s) => s.mine);
  const editable = d.allowedActions.includes('score');
  const [scores, setScores] = useState<Record<string, number | null>>({});
  const [comments, setComments] = useState<Record<string, string>>({});
  const [overall, setOverall] = useState('');
  const [busy, busyWith] = useBusy<'save' | 'submit'>();
  useEffect(() => {
    setScores(mine?.scores ?? {});
    setComments(mine?.comments ?? {});
    setOverall(mine?.overallComment ?? '');
  }, [mine]);
  const points = templatePoints(d.template);
  const total = points.reduce((acc, p) => acc + (scores[p.code] ?? 0), 0);
  const send = async (submit: boolean) => {
    const clean = Object.fromEntries(
      Object.entries(scores).filter((e): e is [string, number] => typeof e[1] === 'number'),
    );
    await api.put(`/api/ex-ante/assessments/${d.id}/scores`, {
      scores: clean,
      comments,
      overallComment: overall,
      submit,
    });
    message.success(submit ? '评分已提交' : '评分已暂存');
    reload();
  };
  if (!mine) return <Alert type="info" message="您不在本项目专家组中" />;
  return (
    <Card size="small" title={`我的评分（合计 ${total.toFixed(2)} 分）`}>
      {!editable && <Alert type="success" showIcon message="评分已提交" style={{ marginBottom: 12 }} />}
      <Table
        size="small"
        rowKey="code"
        pagination={false}
        dataSource={points}
        columns={[
          { title: '评分要点', dataIndex: 'name', width: 160 },
          { title: '分值', dataIndex: 'weight', width: 60 },
          { title: '评分标准', dataIndex: 'guidance' },
          {
            title: '得分',
            width: 110,
            render: (_, p) => (
              <InputNumber
                aria-label={`得分-${p.code}`}
                min={0}
                max={p.weight}
                step={0.5}
                precision={2}
                disabled={!editable}
                value={scores[p.code]}
                onChange={(v) => setScores({ ...scores, [p.code]: v })}
              />
            ),
          },
          {
            title: '评分意见',
            width: 220,
            render: (_, p) => (
              <Input
                aria-label={`意见-${p.code}`}
                disabled={!editable}
                value={comments[p.code]}
                onChange={(e) => setComments({ ...comments, [p.code]: e.target.value })}
              />
            ),
          },
        ]}
      />
      <Input.TextArea
        aria-label="总体意见"
        placeholder="总体意见"
        rows={3}
        style={{ marginTop: 12 }}
        disabled={!editable}
        value={overall}
        onChange={(e) => setOverall(e.target.value)}
      />
      {editable && (
        <Space style={{ marginTop: 12 }}>
          <Button
            onClick={() => void busyWith('save', () => send(false)).catch(() => undefined)}
            loading={busy === 'save'}
            disabled={busy === 'submit'}
          >
            暂存
          </Button>
          <Button
            type="primary"
            onClick={() => void busyWith('submit', () => send(true)).catch(() => undefined)}
            loading={busy === 'submit'}
            disabled={busy === 'save'}
          >
            提交评分
          </Button>
        </Space>
      )}
    </Card>
  );
}
