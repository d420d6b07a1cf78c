import { Button, Card, Checkbox, Collapse, Form, Input, Modal, message, Select, Space, Table, Tabs, Tag } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { TFeedback } from '../../../../core/contracts/feedback';
import {
  FEEDBACK_STATUS_LABELS,
  type FeedbackStatus,
  LOOP_STAGE_LABELS,
  LOOP_STAGES,
  type LoopStage,
} from '../../../../core/enums';
import { api } from '../../api/request';
import { useAuth } from '../../app/auth';
import { dateTime } from '../../components/format';
import { useAddressFilters } from '../../components/usePagedList';

const stageOptions = LOOP_STAGES.map((s) => ({ value: s, label: LOOP_STAGE_LABELS[s] }));
type Faq = { id: number; stage: LoopStage; title: string; question: string; answer: string };

function FaqTab() {
  const [q, setQ] = useState<string>();
  const [items, setItems] = useState<Faq[]>([]);
  useEffect(
    () =>
      void api.get<{ items: Faq[] }>('/api/feedback/faq', { q, pageSize: 200 }).then(
        (r) => setItems(r.items),
        () => undefined,
      ),
    [q],
  );
  return (
    <>
      <Input.Search placeholder="搜索常见问题" allowClear style={{ width: 320, marginBottom: 16 }} onSearch={setQ} />
      <Collapse
        items={items.map((f) => ({
          key: f.id,
          label: (
            <span>
              <Tag>{LOOP_STAGE_LABELS[f.stage]}</Tag>
              {f.question}
            </span>
          ),
          children: f.answer,
        }))}
      />
    </>
  );
}

export default function FeedbackPage() {
  const [params] = useSearchParams();
  // The cockpit's drill-down names the year in the address.
  const [query, setQuery] = useAddressFilters<{ status?: string; stage?: string; q?: string; year?: number }>({});
  const [data, setData] = useState<{
    items: TFeedback[];
    total: number;
    stats: { open: number; avgResponseHours: number | null; ruleChanges: number };
  } | null>(null);
  const [raising, setRaising] = useState(false);
  const [answering, setAnswering] = useState<TFeedback | null>(null);
  const [form] = Form.useForm();
  const { me } = useAuth();
  const isFinance = me?.role === 'finance' || me?.role === 'admin';
  const load = useCallback(
    () =>
      api.get<NonNullable<typeof data>>('/api/feedback', { ...query, pageSize: 200 }).then(setData, () => undefined),
    [query],
  );
  useEffect(() => void load(), [load]);
  useEffect(() => {
    const id = Number(params.get('id'));
    if (id && isFinance)
      api.get<TFeedback>(`/api/feedback/${id}`).then(
        (t) => {
          setAnswering(t);
          form.setFieldsValue({
            answer: t.answer ?? '',
            publish: t.published,
            ruleChange: t.ruleChange,
            ruleChangeNote: t.ruleChangeNote,
          });
        },
        () => undefined,
      );
  }, [params, isFinance, form]);
  const submit = async () => {
    const v = await form.validateFields();
    if (answering)
      await api.post(`/api/feedback/${answering.id}/answer`, {
        ...v,
        ruleChangeNote: v.ruleChange ? v.ruleChangeNote : null,
        version: answering.version,
      });
    else await api.post('/api/feedback', v);
    message.success(answering ? '已答复' : '已提交，财政部门将尽快答复');
    setAnswering(null);
    setRaising(false);
    load();
  };
  const list = (
    <>
      <Space style={{ marginBottom: 16 }} wrap>
        <Input.Search
          placeholder="标题、问题或单位"
          allowClear
          style={{ width: 260 }}
          onSearch={(q) => setQuery({ ...query, q })}
        />
        <Select
          placeholder="环节"
          allowClear
          options={stageOptions}
          style={{ width: 150 }}
          onChange={(stage) => setQuery({ ...query, stage })}
        />
        <Select
          placeholder="状态"
          allowClear
          style={{ width: 120 }}
          options={Object.entries(FEEDBACK_STATUS_LABELS).map(([value, label]) => ({ value, label }))}
          onChange={(status) => setQuery({ ...query, status })}
        />
        {me?.role === 'unit' && (
          <Button
            type="primary"
            onClick={() => {
              form.resetFields();
              setRaising(true);
            }}
          >
            反映难点堵点
          </Button>
        )}
        <span>
          待答复 {data?.stats.open ?? 0} 个 · 平均响应 {data?.stats.avgResponseHours ?? '—'} 小时 · 转化为制度修订{' '}
          {data?.stats.ruleChanges ?? 0} 个
        </span>
      </Space>
      <Table
        rowKey="id"
        dataSource={data?.items ?? []}
        columns={[
          { title: '提出时间', dataIndex: 'raisedAt', width: 150, render: dateTime },
          { title: '单位', dataIndex: 'unitName', width: 200 },
          { title: '环节', dataIndex: 'stage', width: 110, render: (s: LoopStage) => LOOP_STAGE_LABELS[s] ?? s },
          { title: '问题', dataIndex: 'question' },
          {
            title: '状态',
            dataIndex: 'status',
            width: 90,
            render: (s: FeedbackStatus) => (
              <Tag color={s === 'open' ? 'orange' : 'green'}>{FEEDBACK_STATUS_LABELS[s]}</Tag>
            ),
          },
          { title: '响应（小时）', dataIndex: 'responseHours', width: 100, render: (h: number | null) => h ?? '—' },
          {
            title: '发布与转化',
            width: 140,
            render: (_, r) => (
              <Space>
                {r.published && <Tag color="blue">已发布</Tag>}
                {r.ruleChange && <Tag color="purple">已转制度</Tag>}
              </Space>
            ),
          },
          ...(isFinance
            ? [
                {
                  title: '操作',
                  width: 80,
                  render: (_: unknown, r: TFeedback) =>
                    r.status !== 'closed' && (
                      <a
                        onClick={() => {
                          setAnswering(r);
                          form.setFieldsValue({
                            answer: r.answer ?? '',
                            publish: r.published,
                            ruleChange: r.ruleChange,
                            ruleChangeNote: r.ruleChangeNote,
                          });
                        }}
                      >
                        答复
                      </a>
                    ),
                },
              ]
            : []),
        ]}
        expandable={{
          expandedRowRender: (r) => (
            <div>
              <b>答复：</b>
              {r.answer ?? '尚未答复'}
              {r.ruleChangeNote && (
                <div>
                  <b>制度修订：</b>
                  {r.ruleChangeNote}
                </div>
              )}
            </div>
          ),
        }}
      />
    </>
  );
  return (
    <Card title="难点堵点反馈">
      <Tabs
        items={[
          { key: 'list', label: '反馈清单', children: list },
          { key: 'faq', label: '常见问题', children: <FaqTab /> },
        ]}
      />
      <Modal
        title={answering ? `答复：${answering.title}` : '反映难点堵点'}
        open={raising || !!answering}
        onOk={submit}
        onCancel={() => {
          setRaising(false);
          setAnswering(null);
        }}
        okText="提交"
        width={680}
      >
        <Form form={form} layout="vertical">
          {answering ? (
            <>
              <p>{answering.question}</p>
              <Form.Item name="answer" label="答复" rules={[{ required: true, message: '请填写答复' }]}>
                <Input.TextArea rows={5} maxLength={2000} />
              </Form.Item>
              <Form.Item name="publish" valuePropName="checked">
                <Checkbox>发布到常见问题</Checkbox>
              </Form.Item>
              <Form.Item name="ruleChange" valuePropName="checked">
                <Checkbox>转为制度或操作指引修订</Checkbox>
              </Form.Item>
              <Form.Item name="ruleChangeNote" label="修订内容">
                <Input maxLength={500} />
              </Form.Item>
            </>
          ) : (
            <>
              <Form.Item name="stage" label="所属环节" rules={[{ required: true, message: '请选择环节' }]}>
                <Select options={stageOptions} />
              </Form.Item>
              <Form.Item name="title" label="标题" rules={[{ required: true, message: '请填写标题' }]}>
                <Input maxLength={200} />
              </Form.Item>
              <Form.Item name="question" label="问题描述" rules={[{ required: true, message: '请描述问题' }]}>
                <Input.TextArea rows={5} maxLength={2000} />
              </Form.Item>
            </>
          )}
        </Form>
      </Modal>
    </Card>
  );
}
