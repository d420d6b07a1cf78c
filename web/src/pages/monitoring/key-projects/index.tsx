import { Button, Card, DatePicker, Drawer, Form, Input, InputNumber, message, Select, Space, Table, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { useCallback, useEffect, useState } from 'react';
import { KEY_RECORD_KIND_LABELS, type KeyRecordKind } from '../../../../../core/contracts/monitoring';
import { parseYuan } from '../../../../../core/money';
import { api } from '../../../api/request';
import { useAuth } from '../../../app/auth';
import { Attachments } from '../../../components/Attachments';
import { dateTime, wan } from '../../../components/format';

interface KeyProject {
  id: number;
  code: string;
  name: string;
  unitName: string;
  departmentName: string;
  adjustedAmount: number | null;
  records: number;
  siteVisits: number;
  lastPaid: number | null;
}
interface KeyRecord {
  id: number;
  kind: KeyRecordKind;
  month: number | null;
  paid: number | null;
  visitDate: string | null;
  participants: string;
  content: string;
  createdByName: string;
  createdAt: string;
}

/** 重点项目跟踪: monthly execution, tracking notes and site visits with attachments. */
export default function KeyProjectsPage() {
  const { me } = useAuth();
  const [rows, setRows] = useState<KeyProject[]>([]);
  const [current, setCurrent] = useState<KeyProject | null>(null);
  const [records, setRecords] = useState<KeyRecord[]>([]);
  const [form] = Form.useForm<{
    kind: KeyRecordKind;
    month?: number;
    paidYuan?: number;
    visitDate?: Dayjs;
    participants?: string;
    content: string;
  }>();
  const kind = Form.useWatch('kind', form);
  const load = useCallback(
    async () => setRows(await api.get<KeyProject[]>('/api/monitoring/key-projects', { year: 2025 })),
    [],
  );
  useEffect(() => {
    void load();
  }, [load]);
  const openProject = async (p: KeyProject) => {
    setCurrent(p);
    setRecords((await api.get<{ records: KeyRecord[] }>(`/api/monitoring/projects/${p.id}/key-records`)).records);
  };
  const add = async () => {
    if (!current) return;
    const v = await form.validateFields();
    await api.post(`/api/monitoring/projects/${current.id}/key-records`, {
      kind: v.kind,
      month: v.month,
      paid: v.paidYuan === undefined ? undefined : parseYuan(String(v.paidYuan)),
      visitDate: v.visitDate?.format('YYYY-MM-DD'),
      participants: v.participants ?? '',
      content: v.content,
    });
    message.success('已登记');
    form.resetFields();
    await openProject(current);
    await load();
  };
  const kinds =
    me?.role === 'unit' ? (['monthly'] as KeyRecordKind[]) : (Object.keys(KEY_RECORD_KIND_LABELS) as KeyRecordKind[]);
  return (
    <Card title="2025年重点跟踪项目">
      <Table<KeyProject>
        rowKey="id"
        size="small"
        dataSource={rows}
        columns={[
          { title: '项目编码', dataIndex: 'code' },
          { title: '项目名称', dataIndex: 'name', render: (v, r) => <a onClick={() => openProject(r)}>{v}</a> },
          { title: '主管部门', dataIndex: 'departmentName' },
          { title: '单位', dataIndex: 'unitName' },
          { title: '调整后预算（万元）', align: 'right', render: (_, r) => wan(r.adjustedAmount) },
          { title: '已支付（万元）', align: 'right', render: (_, r) => wan(r.lastPaid) },
          { title: '跟踪记录', dataIndex: 'records', align: 'right' },
          { title: '实地核查', dataIndex: 'siteVisits', align: 'right' },
        ]}
      />
      <Drawer title={current?.name} open={current !== null} width={760} onClose={() => setCurrent(null)}>
        {me?.role !== 'leader' && (
          <Card size="small" title="新增跟踪记录" style={{ marginBottom: 16 }}>
            <Form form={form} layout="inline" initialValues={{ kind: kinds[0] }}>
              <Form.Item name="kind">
                <Select
                  style={{ width: 120 }}
                  options={kinds.map((k) => ({ value: k, label: KEY_RECORD_KIND_LABELS[k] }))}
                />
              </Form.Item>
              {kind === 'monthly' && (
                <>
                  <Form.Item name="month" rules={[{ required: true, message: '月份' }]}>
                    <InputNumber min={1} max={12} placeholder="月份" />
                  </Form.Item>
                  <Form.Item name="paidYuan" rules={[{ required: true, message: '累计支付' }]}>
                    <InputNumber min={0} precision={2} placeholder="累计支付（元）" style={{ width: 160 }} />
                  </Form.Item>
                </>
              )}
              {kind === 'siteVisit' && (
                <>
                  <Form.Item name="visitDate" rules={[{ required: true, message: '核查日期' }]}>
                    <DatePicker placeholder="核查日期" />
                  </Form.Item>
                  <Form.Item name="participants">
                    <Input placeholder="参加人员" />
                  </Form.Item>
                </>
              )}
              <Form.Item
                name="content"
                rules={[{ required: true, message: '请填写内容' }]}
                style={{ width: '100%', marginTop: 8 }}
              >
                <Input.TextArea rows={2} placeholder="进展、意见或核查情况" />
              </Form.Item>
              <Button type="primary" onClick={add} style={{ marginTop: 8 }}>
                登记
              </Button>
            </Form>
          </Card>
        )}
        <Space direction="vertical" style={{ width: '100%' }}>
          {records.map((r) => (
            <Card
              key={r.id}
              size="small"
              title={
                <Space>
                  <Tag>{KEY_RECORD_KIND_LABELS[r.kind]}</Tag>
                  {r.kind === 'monthly' ? `${r.month}月 累计支付 ${wan(r.paid)} 万元` : r.visitDate}
                </Space>
              }
              extra={`${r.createdByName} ${dateTime(r.createdAt)}`}
            >
              <div>{r.content}</div>
              {r.participants && <div style={{ color: '#888' }}>参加人员：{r.participants}</div>}
              {r.kind === 'siteVisit' && (
                <Attachments
                  ownerEntity="monitoringKeyRecord"
                  ownerId={r.id}
                  canUpload={me?.role === 'finance' || me?.role === 'admin'}
                />
              )}
            </Card>
          ))}
        </Space>
      </Drawer>
    </Card>
  );
}
