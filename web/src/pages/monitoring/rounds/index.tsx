import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, DatePicker, Form, InputNumber, Modal, Radio, Space, Statistic, Table, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { useCallback, useEffect, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { api } from '../../../api/request';
import { useAuth } from '../../../app/auth';
import { wan } from '../../../components/format';
import { YearSelect } from '../../../components/ListFilters';
import { useYearParam } from '../../../components/useFiscalYears';
import type { Round } from '../components/shared';

/** 监控轮次: finance opens rounds; everyone sees them with the recovered total of the year. */
export default function RoundsPage() {
  const { me } = useAuth();
  const navigate = useNavigate();
  const [year, setYear] = useYearParam('work');
  const [rounds, setRounds] = useState<Round[]>([]);
  const [recovered, setRecovered] = useState<number | null>(null);
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ year: number; periodKind: 'quarter' | 'months'; period: number; deadline: Dayjs }>();
  const load = useCallback(async () => {
    setRounds(await api.get<Round[]>('/api/monitoring/rounds'));
    setRecovered((await api.get<{ total: number }>('/api/monitoring/recoveries', { year })).total);
  }, [year]);
  useEffect(() => {
    void load();
  }, [load]);
  const finance = me?.role === 'finance' || me?.role === 'admin';
  const submit = async () => {
    const v = await form.validateFields();
    const created = await api.post<Round>('/api/monitoring/rounds', {
      ...v,
      deadline: v.deadline.format('YYYY-MM-DD'),
    });
    setOpen(false);
    navigate(`/monitoring/rounds/${created.id}`);
  };
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      <Card>
        <Space size={48}>
          <YearSelect value={year} suffix="年" onChange={setYear} />
          <Statistic title={`${year}年监控轮次`} value={rounds.filter((r) => r.year === year).length} suffix="轮" />
          <Statistic title={`${year}年累计收回资金`} value={recovered === null ? '—' : wan(recovered)} suffix="万元" />
        </Space>
      </Card>
      <Card
        title="监控轮次"
        extra={
          finance && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => {
                // The year shown on the page, not the one of the first opening (initialValues apply once).
                form.setFieldsValue({ year });
                setOpen(true);
              }}
            >
              发起监控
            </Button>
          )
        }
      >
        <Table<Round>
          rowKey="id"
          dataSource={rounds}
          pagination={false}
          columns={[
            { title: '年度', dataIndex: 'year', width: 80 },
            {
              title: '监控期间',
              dataIndex: 'name',
              render: (v, r) => <Link to={`/monitoring/rounds/${r.id}`}>{v}</Link>,
            },
            { title: '序时进度', dataIndex: 'month', render: (m: number) => `${((m * 100) / 12).toFixed(2)}%` },
            { title: '填报截止', dataIndex: 'deadline' },
            {
              title: '状态',
              dataIndex: 'status',
              render: (s: string) => (s === 'open' ? <Tag color="processing">填报中</Tag> : <Tag>已关闭</Tag>),
            },
          ]}
        />
      </Card>
      <Modal
        forceRender
        title="发起绩效运行监控"
        open={open}
        onOk={submit}
        onCancel={() => setOpen(false)}
        okText="发起"
      >
        <Form form={form} layout="vertical" initialValues={{ year, periodKind: 'months', period: 10 }}>
          <Form.Item name="year" label="年度" rules={[{ required: true }]}>
            <InputNumber min={2000} max={2100} />
          </Form.Item>
          <Form.Item name="periodKind" label="监控期间类型">
            <Radio.Group
              options={[
                { value: 'quarter', label: '季度' },
                { value: 'months', label: '1—N月' },
              ]}
            />
          </Form.Item>
          <Form.Item name="period" label="季度 / 截至月份" rules={[{ required: true, message: '请填写' }]}>
            <InputNumber min={1} max={12} />
          </Form.Item>
          <Form.Item name="deadline" label="填报截止日期" rules={[{ required: true, message: '请选择截止日期' }]}>
            <DatePicker />
          </Form.Item>
          <p style={{ color: '#888' }}>本年度全部已批复（绩效目标已审核）的项目将自动纳入监控范围。</p>
        </Form>
      </Modal>
    </Space>
  );
}
