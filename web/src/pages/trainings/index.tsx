import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, DatePicker, Form, Input, Modal, message, Select, Space, Statistic, Table, Tag } from 'antd';
import dayjs from 'dayjs';
import { useCallback, useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { TTraining, TTrainingCoverage } from '../../../../core/contracts/trainings';
import { TRAINING_MODE_LABELS, TRAINING_MODES, type TrainingMode } from '../../../../core/enums';
import { api } from '../../api/request';
import { useAuth } from '../../app/auth';

const YEARS = [2024, 2025, 2026].map((y) => ({ value: y, label: `${y}年` }));

export default function TrainingsPage() {
  const [params, setParams] = useSearchParams();
  const year = Number(params.get('year') ?? 2025);
  const [list, setList] = useState<{ items: TTraining[]; total: number }>({ items: [], total: 0 });
  const [coverage, setCoverage] = useState<TTrainingCoverage | null>(null);
  const [units, setUnits] = useState<{ value: number; label: string }[]>([]);
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm();
  const { me } = useAuth();
  const canEdit = me?.role === 'finance' || me?.role === 'admin';
  const load = useCallback(() => {
    api.get<typeof list>('/api/trainings', { year, pageSize: 100 }).then(setList, () => undefined);
    api.get<TTrainingCoverage>('/api/trainings/coverage', { year }).then(setCoverage, () => undefined);
  }, [year]);
  useEffect(() => void load(), [load]);
  useEffect(() => {
    if (canEdit)
      api.get<{ id: number; code: string; name: string; kind: string }[]>('/api/org/units').then(
        (all) =>
          setUnits(
            all.filter((u) => u.kind === 'budgetUnit').map((u) => ({ value: u.id, label: `${u.code} ${u.name}` })),
          ),
        () => undefined,
      );
  }, [canEdit]);
  const save = async () => {
    const v = await form.validateFields();
    await api.post('/api/trainings', { ...v, heldOn: v.heldOn.format('YYYY-MM-DD'), unitIds: v.unitIds ?? [] });
    message.success('已保存');
    setOpen(false);
    load();
  };
  return (
    <Card
      title="政策宣讲与培训"
      extra={
        <Space>
          <Select
            value={year}
            options={YEARS}
            style={{ width: 110 }}
            onChange={(y) => setParams({ year: String(y) })}
          />
          {canEdit && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => {
                form.resetFields();
                setOpen(true);
              }}
            >
              新增宣讲
            </Button>
          )}
        </Space>
      }
    >
      <Space size={48} style={{ marginBottom: 16 }}>
        <Statistic title="宣讲场次" value={coverage?.sessions ?? 0} suffix="场" />
        <Statistic
          title="覆盖预算单位"
          value={coverage?.unitsReached ?? 0}
          suffix={`/ ${coverage?.budgetUnits ?? 0} 个`}
        />
        <Statistic title="未覆盖单位" value={coverage?.notReached.length ?? 0} suffix="个" />
      </Space>
      <Table
        rowKey="id"
        dataSource={list.items}
        pagination={false}
        columns={[
          { title: '日期', dataIndex: 'heldOn', width: 110 },
          { title: '主题', dataIndex: 'title' },
          {
            title: '形式',
            dataIndex: 'mode',
            width: 110,
            render: (m: TrainingMode) => <Tag>{TRAINING_MODE_LABELS[m] ?? m}</Tag>,
          },
          { title: '对象', dataIndex: 'audience', ellipsis: true },
          { title: '参训单位', dataIndex: 'unitCount', width: 100 },
        ]}
        expandable={{
          expandedRowRender: (r) => (
            <div>
              内容：{r.topic || '—'}；地点：{r.location || '—'}；主讲：{r.speaker || '—'}
            </div>
          ),
        }}
      />
      {coverage && coverage.notReached.length > 0 && (
        <Card size="small" title="尚未覆盖的预算单位" style={{ marginTop: 16 }}>
          {coverage.notReached.map((u) => (
            <Tag key={u.id}>{u.name}</Tag>
          ))}
        </Card>
      )}
      <Modal title="新增宣讲培训" open={open} onOk={save} onCancel={() => setOpen(false)} width={720} okText="保存">
        <Form form={form} layout="vertical">
          <Form.Item name="title" label="主题" rules={[{ required: true, message: '请填写主题' }]}>
            <Input maxLength={200} />
          </Form.Item>
          <Space>
            <Form.Item name="mode" label="形式" rules={[{ required: true, message: '请选择形式' }]}>
              <Select
                style={{ width: 160 }}
                options={TRAINING_MODES.map((m) => ({ value: m, label: TRAINING_MODE_LABELS[m] }))}
              />
            </Form.Item>
            <Form.Item
              name="heldOn"
              label="日期"
              rules={[{ required: true, message: '请选择日期' }]}
              initialValue={dayjs()}
            >
              <DatePicker />
            </Form.Item>
          </Space>
          <Form.Item name="topic" label="内容提要">
            <Input.TextArea rows={3} maxLength={1000} />
          </Form.Item>
          <Form.Item name="location" label="地点">
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="audience" label="对象">
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="speaker" label="主讲">
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item name="unitIds" label="参训单位">
            <Select mode="multiple" options={units} optionFilterProp="label" maxTagCount={8} />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
