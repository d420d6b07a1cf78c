import { Button, Card, Input, InputNumber, List, message, Space, Table, Tabs, Tag } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { TEMPLATE_KIND_LABELS, type TTemplateVersion } from '../../../../../core/contracts/ex-ante';
import type { TemplateKind } from '../../../../../core/rules/ex-ante/rules';
import type { ScoringTemplate } from '../../../../../core/rules/ex-ante/template-types';
import { api } from '../../../api/request';
import { useAuth } from '../../../app/auth';
import { dateTime } from '../../../components/format';

/** 评分模板: five dimensions with points, weights and guidance; finance saves new versions. */
export default function TemplatesPage() {
  const [current, setCurrent] = useState<TTemplateVersion[]>([]);
  const load = useCallback(
    () => api.get<TTemplateVersion[]>('/api/ex-ante/templates', { year: 2026 }).then(setCurrent, () => undefined),
    [],
  );
  useEffect(() => void load(), [load]);
  return (
    <Card title="事前评估评分模板">
      <Tabs
        items={current.map((v) => ({
          key: v.kind,
          label: TEMPLATE_KIND_LABELS[v.kind],
          children: <Editor version={v} onSaved={load} />,
        }))}
      />
    </Card>
  );
}

function Editor({ version, onSaved }: { version: TTemplateVersion; onSaved: () => void }) {
  const { me } = useAuth();
  const editable = me?.role === 'finance' || me?.role === 'admin';
  const [t, setT] = useState<ScoringTemplate>(version.template);
  const [note, setNote] = useState('');
  const [history, setHistory] = useState<TTemplateVersion[]>([]);
  useEffect(() => setT(version.template), [version]);
  useEffect(
    () =>
      void api
        .get<TTemplateVersion[]>(`/api/ex-ante/templates/${version.kind}/versions`)
        .then(setHistory, () => undefined),
    [version],
  );
  const setPoint = (dc: string, pc: string, patch: { weight?: number; guidance?: string }) =>
    setT({
      ...t,
      dimensions: t.dimensions.map((d) =>
        d.code !== dc ? d : { ...d, points: d.points.map((p) => (p.code === pc ? { ...p, ...patch } : p)) },
      ),
    });
  const setDim = (dc: string, weight: number) =>
    setT({ ...t, dimensions: t.dimensions.map((d) => (d.code === dc ? { ...d, weight } : d)) });
  const save = async () => {
    await api.put(`/api/ex-ante/templates/${version.kind as TemplateKind}`, {
      name: t.name,
      dimensions: t.dimensions,
      note: note || '调整评分标准',
    });
    message.success('已保存为新版本');
    onSaved();
  };
  const rows = t.dimensions.flatMap((d) => d.points.map((p, i) => ({ d, p, first: i === 0, span: d.points.length })));
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <div>
        当前版本：{version.versionNo === 0 ? <Tag>系统默认</Tag> : <Tag color="blue">第 {version.versionNo} 版</Tag>}{' '}
        {t.name}
      </div>
      <Table
        size="small"
        rowKey={(r) => r.p.code}
        pagination={false}
        dataSource={rows}
        columns={[
          { title: '一级维度', onCell: (r) => ({ rowSpan: r.first ? r.span : 0 }), render: (_, r) => r.d.name },
          {
            title: '维度权重',
            width: 100,
            onCell: (r) => ({ rowSpan: r.first ? r.span : 0 }),
            render: (_, r) =>
              editable ? (
                <InputNumber size="small" min={0} value={r.d.weight} onChange={(v) => setDim(r.d.code, v ?? 0)} />
              ) : (
                r.d.weight
              ),
          },
          { title: '评分要点', render: (_, r) => r.p.name },
          {
            title: '分值',
            width: 90,
            render: (_, r) =>
              editable ? (
                <InputNumber
                  size="small"
                  min={0}
                  value={r.p.weight}
                  onChange={(v) => setPoint(r.d.code, r.p.code, { weight: v ?? 0 })}
                />
              ) : (
                r.p.weight
              ),
          },
          {
            title: '评分标准',
            render: (_, r) =>
              editable ? (
                <Input.TextArea
                  autoSize
                  value={r.p.guidance}
                  onChange={(e) => setPoint(r.d.code, r.p.code, { guidance: e.target.value })}
                />
              ) : (
                r.p.guidance
              ),
          },
        ]}
      />
      {editable && (
        <Space>
          <Input placeholder="修订说明" value={note} onChange={(e) => setNote(e.target.value)} style={{ width: 320 }} />
          <Button type="primary" onClick={save}>
            保存为新版本
          </Button>
        </Space>
      )}
      <List
        size="small"
        header="版本历史"
        dataSource={history}
        locale={{ emptyText: '尚无修订，使用系统默认模板' }}
        renderItem={(h) => (
          <List.Item>
            第 {h.versionNo} 版 · {dateTime(h.createdAt)} · {h.note}
          </List.Item>
        )}
      />
    </Space>
  );
}
