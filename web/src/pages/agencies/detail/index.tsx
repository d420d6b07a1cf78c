import { Button, Card, Descriptions, Form, Input, InputNumber, Modal, Select, Space, Table, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import {
  AGENCY_STATUS_LABELS,
  AGENCY_STATUSES,
  AGENCY_TYPE_LABELS,
  ENGAGEMENT_STATUS_LABELS,
} from '../../../../../core/contracts/agencies';
import type { TOrgUnit } from '../../../../../core/contracts/org';
import { type CreditEffect, creditEffectLabels } from '../../../../../core/rules/key-evaluation/index';
import { api } from '../../../api/request';
import { DetailState } from '../../../components/DetailState';
import { dateTime, wan } from '../../../components/format';
import { HistoryButton } from '../../../components/HistoryDrawer';
import { useDetail } from '../../../components/useDetail';
import { useDefaultYear } from '../../../components/useFiscalYears';
import { type Agency, type Engagement, STATUS_COLORS } from '../types';

interface Detail extends Omit<Agency, 'engagements'> {
  services: { id: number; year: number; orgName: string | null; role: string; description: string }[];
  engagements: Engagement[];
  scoreHistory: {
    engagementId: number;
    year: number;
    evaluationName: string;
    score: number;
    paymentPercent: number;
    creditEffect: CreditEffect;
    scoredAt: string;
  }[];
  allowedActions: string[];
}

/** Agency detail: registry data, status changes, conflict-of-interest register, engagements and score history. */
export default function AgencyDetailPage() {
  const id = Number(useParams().id);
  const { data: a, failure, reload: load } = useDetail<Detail>(`/api/agencies/${id}`);
  const [statusOpen, setStatusOpen] = useState(false);
  const [serviceOpen, setServiceOpen] = useState(false);
  const [orgs, setOrgs] = useState<TOrgUnit[]>([]);
  const [form] = Form.useForm();
  const [sForm] = Form.useForm();
  const workYear = useDefaultYear('work');
  useEffect(() => {
    if (serviceOpen)
      void api.get<TOrgUnit[]>('/api/org/units').then(
        (all) => setOrgs(all.filter((o) => o.kind === 'department' || o.kind === 'budgetUnit')),
        () => undefined,
      );
  }, [serviceOpen]);
  if (!a) return <DetailState failure={failure} listPath="/agencies" onRetry={load} />;
  const can = (x: string) => a.allowedActions.includes(x);
  const setStatus = async () => {
    await api.post(`/api/agencies/${id}/status`, await form.validateFields());
    setStatusOpen(false);
    await load();
  };
  const addService = async () => {
    await api.post(`/api/agencies/${id}/services`, await sForm.validateFields());
    setServiceOpen(false);
    await load();
  };
  return (
    <Space direction="vertical" style={{ width: '100%' }} size={16}>
      <Card
        title={a.name}
        extra={
          <Space>
            {can('setStatus') && <Button onClick={() => setStatusOpen(true)}>调整状态</Button>}
            {can('addService') && <Button onClick={() => setServiceOpen(true)}>登记其他服务</Button>}
            <HistoryButton entity="agency" entityId={a.id} />
          </Space>
        }
      >
        <Descriptions size="small" column={3}>
          <Descriptions.Item label="类型">
            {AGENCY_TYPE_LABELS[a.type as keyof typeof AGENCY_TYPE_LABELS]}
          </Descriptions.Item>
          <Descriptions.Item label="信用等级">{a.creditLevel}</Descriptions.Item>
          <Descriptions.Item label="状态">
            <Tag color={STATUS_COLORS[a.status]}>
              {AGENCY_STATUS_LABELS[a.status as keyof typeof AGENCY_STATUS_LABELS]}
            </Tag>
            {a.statusReason}
          </Descriptions.Item>
          <Descriptions.Item label="从业人员">{a.staffCount}人</Descriptions.Item>
          <Descriptions.Item label="联系人">{a.contactPerson || '—'}</Descriptions.Item>
          <Descriptions.Item label="电话">{a.contactPhone || '—'}</Descriptions.Item>
          <Descriptions.Item label="资质" span={3}>
            {a.qualifications}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card title="考评历史">
        <Table
          size="small"
          rowKey="engagementId"
          pagination={false}
          dataSource={a.scoreHistory}
          locale={{ emptyText: '暂无考评记录' }}
          columns={[
            { title: '年度', dataIndex: 'year', width: 70 },
            {
              title: '评价项目',
              dataIndex: 'evaluationName',
              render: (n: string, h) => <Link to={`/agencies/engagements/${h.engagementId}`}>{n}</Link>,
            },
            { title: '考评得分', dataIndex: 'score', width: 90 },
            { title: '支付比例', dataIndex: 'paymentPercent', width: 90, render: (p: number) => `${p}%` },
            {
              title: '信用影响',
              dataIndex: 'creditEffect',
              width: 180,
              render: (c: CreditEffect) => creditEffectLabels[c],
            },
            { title: '考评时间', dataIndex: 'scoredAt', width: 150, render: dateTime },
          ]}
        />
      </Card>
      <Card title="受托评价">
        <Table
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={a.engagements}
          columns={[
            {
              title: '评价项目',
              dataIndex: 'evaluationName',
              render: (n: string, g) => <Link to={`/agencies/engagements/${g.id}`}>{n}</Link>,
            },
            { title: '合同金额（万元）', dataIndex: 'fee', width: 130, align: 'right', render: wan },
            { title: '应付（万元）', dataIndex: 'payable', width: 110, align: 'right', render: wan },
            { title: '已付（万元）', dataIndex: 'paid', width: 110, align: 'right', render: wan },
            { title: '状态', dataIndex: 'status', width: 90, render: (s: string) => ENGAGEMENT_STATUS_LABELS[s] ?? s },
          ]}
        />
      </Card>
      <Card title="为单位提供的其他服务（利益冲突登记）">
        <Table
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={a.services}
          locale={{ emptyText: '暂无登记' }}
          columns={[
            { title: '年度', dataIndex: 'year', width: 70 },
            { title: '服务对象', dataIndex: 'orgName' },
            { title: '服务内容', dataIndex: 'role', width: 160 },
            { title: '说明', dataIndex: 'description' },
          ]}
        />
      </Card>
      <Modal
        title="调整机构状态"
        open={statusOpen}
        onCancel={() => setStatusOpen(false)}
        onOk={setStatus}
        destroyOnHidden
      >
        <Form form={form} layout="vertical">
          <Form.Item name="status" label="状态" rules={[{ required: true }]}>
            <Select options={AGENCY_STATUSES.map((s) => ({ value: s, label: AGENCY_STATUS_LABELS[s] }))} />
          </Form.Item>
          <Form.Item name="reason" label="理由" rules={[{ required: true, message: '请填写理由' }]}>
            <Input.TextArea rows={3} maxLength={500} />
          </Form.Item>
        </Form>
      </Modal>
      <Modal
        title="登记机构为单位提供的其他服务"
        open={serviceOpen}
        onCancel={() => setServiceOpen(false)}
        onOk={addService}
        destroyOnHidden
      >
        <Form form={sForm} layout="vertical" initialValues={{ year: workYear }}>
          <Form.Item name="year" label="年度" rules={[{ required: true }]}>
            <InputNumber min={2000} max={2100} />
          </Form.Item>
          <Form.Item name="orgId" label="服务对象（部门或单位）" rules={[{ required: true, message: '请选择' }]}>
            <Select showSearch optionFilterProp="label" options={orgs.map((o) => ({ value: o.id, label: o.name }))} />
          </Form.Item>
          <Form.Item name="role" label="服务内容" rules={[{ required: true, message: '请填写' }]}>
            <Input maxLength={40} placeholder="如：财务收支审计、代理记账、工程造价咨询" />
          </Form.Item>
          <Form.Item name="description" label="说明">
            <Input maxLength={500} />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}
