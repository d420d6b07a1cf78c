import { Button, Card, Form, Input, InputNumber, Modal, Space, Table, Tag } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { BATCH_STATUS_LABELS } from '../../../../../core/contracts/reviews';
import { api } from '../../../api/request';
import { useAuth } from '../../../app/auth';
import { dateTime } from '../../../components/format';
import { ListFilters, YearSelect } from '../../../components/ListFilters';
import { useDefaultYear } from '../../../components/useFiscalYears';
import { useAddressFilters } from '../../../components/usePagedList';
import { UNIT_RESULT_READERS } from '../unit-scope';

interface Batch {
  id: number;
  year: number;
  workYear: number;
  name: string;
  status: string;
  createdAt: string;
}

/** 自评复核: review batches; finance opens a batch for the self-evaluations of a year. */
export default function ReviewBatchListPage() {
  const { me } = useAuth();
  const navigate = useNavigate();
  const [rows, setRows] = useState<Batch[]>([]);
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ year: number; workYear: number; name: string }>();
  // A cockpit drill-down names the evaluated year in the address.
  const [filters, setFilters] = useAddressFilters<{ year?: number }>({});
  const evaluated = useDefaultYear('evaluated');
  const work = useDefaultYear('work');
  const load = useCallback(
    () => api.get<Batch[]>('/api/reviews/batches', { year: filters.year }).then(setRows, () => undefined),
    [filters.year],
  );
  useEffect(() => {
    void load();
  }, [load]);
  const create = async () => {
    const values = await form.validateFields();
    const batch = await api.post<Batch>('/api/reviews/batches', values);
    setOpen(false);
    navigate(`/evaluation/reviews/${batch.id}`);
  };
  const finance = me && ['finance', 'admin'].includes(me.role);
  const readsScreening = !!me && UNIT_RESULT_READERS.includes(me.role);
  return (
    <Card
      title="绩效自评复核"
      extra={
        <Space>
          <Link to="/evaluation/reviews/findings">复核建议台账</Link>
          {readsScreening ? <Link to="/evaluation/reviews/screening">自评全覆盖筛查</Link> : null}
          {finance ? (
            <Button
              type="primary"
              onClick={() => {
                // The default years as they are now (the fiscal years load after the first render).
                form.setFieldsValue({ year: evaluated, workYear: work });
                setOpen(true);
              }}
            >
              新建复核批次
            </Button>
          ) : null}
        </Space>
      }
    >
      <ListFilters>
        <YearSelect
          ariaLabel="被复核自评年度"
          value={filters.year}
          width={140}
          onChange={(year) => setFilters({ year })}
          onClear={() => setFilters({})}
        />
      </ListFilters>
      <Table
        rowKey="id"
        dataSource={rows}
        pagination={false}
        columns={[
          {
            title: '批次名称',
            dataIndex: 'name',
            render: (v: string, r) => <Link to={`/evaluation/reviews/${r.id}`}>{v}</Link>,
          },
          { title: '被复核自评年度', dataIndex: 'year', width: 140, render: (y: number) => `${y}年度` },
          { title: '复核年度', dataIndex: 'workYear', width: 100 },
          {
            title: '状态',
            dataIndex: 'status',
            width: 90,
            render: (s: string) => (
              <Tag color={s === 'open' ? 'blue' : 'green'}>
                {BATCH_STATUS_LABELS[s as keyof typeof BATCH_STATUS_LABELS] ?? s}
              </Tag>
            ),
          },
          { title: '创建时间', dataIndex: 'createdAt', width: 150, render: dateTime },
        ]}
      />
      <Modal forceRender title="新建复核批次" open={open} onOk={create} onCancel={() => setOpen(false)} okText="创建">
        <Form form={form} layout="vertical" initialValues={{ year: evaluated, workYear: work }}>
          <Form.Item name="name" label="批次名称" rules={[{ required: true, message: '请填写批次名称' }]}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item name="year" label="被复核的自评年度" rules={[{ required: true }]}>
            <InputNumber min={2000} max={2100} />
          </Form.Item>
          <Form.Item name="workYear" label="复核年度" rules={[{ required: true }]}>
            <InputNumber min={2000} max={2100} />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
