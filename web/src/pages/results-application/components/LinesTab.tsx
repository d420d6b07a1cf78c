import { CheckOutlined, DownloadOutlined, FileWordOutlined, ReloadOutlined } from '@ant-design/icons';
import {
  Button,
  Form,
  Input,
  InputNumber,
  List,
  Modal,
  message,
  Popconfirm,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import {
  RESULT_DECISION_LABELS,
  type ResultDecision,
  type TResultsLine,
  type TResultsRun,
} from '../../../../../core/contracts/results-application';
import { parseWan } from '../../../../../core/money';
import {
  evaluationSourceLabels,
  type ResultAction,
  resultActionLabels,
  resultActions,
} from '../../../../../core/rules/results/index';
import { api, download } from '../../../api/request';
import { wan } from '../../../components/format';
import { NAME_CELL_STYLE } from '../../../components/projectColumns';

const actionTag = (a: string | null) => {
  if (!a) return '—';
  const color = a === 'prioritise' ? 'green' : a === 'fundAsNeeded' ? 'blue' : a === 'cut' ? 'orange' : 'red';
  return <Tag color={color}>{resultActionLabels[a as ResultAction] ?? a}</Tag>;
};

/** The proposed adjustment list: evidence chain per line, accept or override with a reason. */
export function LinesTab({
  run,
  lines,
  canDecide,
  reload,
}: {
  run: TResultsRun;
  lines: TResultsLine[];
  canDecide: boolean;
  reload: () => void;
}) {
  const [overriding, setOverriding] = useState<TResultsLine | null>(null);
  const [decision, setDecision] = useState<string | undefined>(undefined);
  // Pending first, biggest cuts first: what finance has to look at comes on the first page.
  const shown = lines
    .filter((l) => !decision || l.decision === decision)
    .sort(
      (a, b) =>
        Number(a.decision !== 'pending') - Number(b.decision !== 'pending') || a.proposedChange - b.proposedChange,
    );
  const [form] = Form.useForm();
  const accept = async (l: TResultsLine) => {
    await api.post(`/api/results-application/lines/${l.id}/accept`, { version: l.version });
    message.success(`已采纳，${l.projectName} ${run.targetYear}年预算已调整`);
    reload();
  };
  const acceptAll = async () => {
    const r = await api.post<{ accepted: number }>(`/api/results-application/runs/${run.id}/accept-all`);
    message.success(`已采纳 ${r.accepted} 项建议`);
    reload();
  };
  const saveOverride = async () => {
    if (!overriding) return;
    const v = await form.validateFields();
    const newBudget = parseWan(v.newBudgetWan);
    if (newBudget === null) return void message.error('金额格式不正确');
    await api.post(`/api/results-application/lines/${overriding.id}/override`, {
      action: v.action,
      newBudget,
      reason: v.reason,
      version: overriding.version,
    });
    message.success('已按调整后的金额应用到下年度预算');
    setOverriding(null);
    reload();
  };
  const columns = [
    { title: '主管部门', dataIndex: 'departmentName', width: 150 },
    {
      title: `${run.targetYear}年项目`,
      dataIndex: 'projectName',
      // The project is what the clerk decides on: show the whole name rather than "12345市民热…".
      render: (v: string) => <span style={NAME_CELL_STYLE}>{v}</span>,
    },
    {
      title: '评价来源',
      dataIndex: 'evaluationKind',
      width: 110,
      render: (k: string) => evaluationSourceLabels[k] ?? k,
    },
    {
      title: '等级',
      dataIndex: 'grade',
      width: 60,
      render: (g: string) => (
        <Tag color={g === '差' ? 'red' : g === '中' ? 'orange' : g === '优' ? 'green' : 'blue'}>{g}</Tag>
      ),
    },
    { title: '未销号整改', dataIndex: 'openRectifications', width: 90 },
    { title: '下年预算（万元）', dataIndex: 'budgetBefore', width: 130, align: 'right' as const, render: wan },
    { title: '建议', dataIndex: 'proposedAction', width: 80, render: actionTag },
    { title: '建议调整（万元）', dataIndex: 'proposedChange', width: 130, align: 'right' as const, render: wan },
    {
      title: '确认',
      width: 170,
      render: (_: unknown, l: TResultsLine) =>
        l.decision === 'pending' ? (
          canDecide ? (
            <Space>
              <Popconfirm title={`采纳后将调整${run.targetYear}年项目预算，确定采纳？`} onConfirm={() => accept(l)}>
                <Button size="small" type="primary">
                  采纳
                </Button>
              </Popconfirm>
              <Button
                size="small"
                onClick={() => {
                  setOverriding(l);
                  form.setFieldsValue({
                    action: l.proposedAction,
                    newBudgetWan: (l.budgetBefore + l.proposedChange) / 1_000_000,
                    reason: '',
                  });
                }}
              >
                调整
              </Button>
            </Space>
          ) : (
            <Tag>待确认</Tag>
          )
        ) : (
          <Space direction="vertical" size={0}>
            <span>
              {RESULT_DECISION_LABELS[l.decision as ResultDecision]} {actionTag(l.finalAction)} {wan(l.finalChange)}
            </span>
            {l.overrideReason && <Typography.Text type="secondary">理由：{l.overrideReason}</Typography.Text>}
          </Space>
        ),
    },
  ];
  return (
    <>
      <Space style={{ marginBottom: 12 }} wrap>
        <Select
          allowClear
          placeholder="确认情况"
          style={{ width: 120 }}
          value={decision}
          onChange={setDecision}
          options={Object.entries(RESULT_DECISION_LABELS).map(([value, label]) => ({ value, label }))}
        />
        {canDecide && (
          <Button
            icon={<ReloadOutlined />}
            onClick={async () => {
              await api.post('/api/results-application/runs', { year: run.year });
              message.success('已重新测算待确认的建议');
              reload();
            }}
          >
            重新测算
          </Button>
        )}
        {canDecide && run.pending > 0 && (
          <Popconfirm title={`将采纳全部 ${run.pending} 项待确认建议并调整下年度预算`} onConfirm={acceptAll}>
            <Button icon={<CheckOutlined />}>全部采纳</Button>
          </Popconfirm>
        )}
        <Button icon={<DownloadOutlined />} onClick={() => download(`/api/results-application/runs/${run.id}/export`)}>
          导出清单
        </Button>
        <Button icon={<FileWordOutlined />} onClick={() => download(`/api/results-application/runs/${run.id}/summary`)}>
          Word 报告
        </Button>
      </Space>
      <Table<TResultsLine>
        rowKey="id"
        size="middle"
        columns={columns}
        scroll={{ x: true }}
        dataSource={shown}
        pagination={{ pageSize: 20, showTotal: (n) => `共 ${n} 项` }}
        expandable={{
          expandedRowRender: (l) => (
            <div>
              <Typography.Paragraph>
                <b>依据：</b>
                {l.reason}
              </Typography.Paragraph>
              <List
                size="small"
                header={<b>证据链</b>}
                dataSource={l.evidence}
                renderItem={(e) => (
                  <List.Item>
                    <Tag>{e.label}</Tag>
                    {e.detail}
                  </List.Item>
                )}
              />
            </div>
          ),
        }}
      />
      <Modal
        open={overriding !== null}
        title={`调整建议：${overriding?.projectName ?? ''}`}
        onOk={saveOverride}
        onCancel={() => setOverriding(null)}
        okText="确认并应用"
      >
        <Form form={form} layout="vertical">
          <Form.Item name="action" label="确认措施" rules={[{ required: true }]}>
            <Select options={resultActions.map((a) => ({ value: a, label: resultActionLabels[a] }))} />
          </Form.Item>
          <Form.Item
            name="newBudgetWan"
            label={`${run.targetYear}年安排金额（万元）`}
            rules={[{ required: true, message: '请填写金额' }]}
          >
            <InputNumber min={0} precision={2} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item
            name="reason"
            label="调整理由"
            rules={[{ required: true, whitespace: true, message: '调整建议须填写理由' }]}
          >
            <Input.TextArea rows={3} maxLength={500} showCount />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
