import { Button, Form, Input, List, Modal, message, Select, Space, Tag } from 'antd';
import { reviewAreaLabels, reviewAreas } from '../../../../../core/rules/review/review-rules';
import { api } from '../../../api/request';
import { FindingStatusTag, SeverityTag } from '../finding-tags';

export interface Finding {
  id: number;
  origin: string;
  code: string;
  area: string;
  severity: string;
  evidence: string;
  suggestion: string;
  status: 'proposed' | 'accepted' | 'dropped';
  round: number;
}

/** Automated and reviewer findings: accept, edit or drop each; add the reviewer's own suggestions. */
export function Findings({
  sampleId,
  findings,
  editable,
  onChange,
}: {
  sampleId: number;
  findings: Finding[];
  editable: boolean;
  onChange: () => void;
}) {
  const [form] = Form.useForm<{ area: string; severity: string; suggestion: string; evidence: string }>();
  const set = (f: Finding, status: Finding['status'], suggestion?: string) =>
    api.put(`/api/reviews/findings/${f.id}`, { status, ...(suggestion ? { suggestion } : {}) }).then(onChange);
  const edit = (f: Finding) => {
    let text = f.suggestion;
    Modal.confirm({
      title: '修改改进建议',
      content: (
        <Input.TextArea
          aria-label="改进建议"
          rows={4}
          defaultValue={f.suggestion}
          onChange={(e) => (text = e.target.value)}
        />
      ),
      onOk: () => {
        // An emptied text would silently keep the former wording: say so and keep the dialog open.
        if (!text.trim()) {
          message.warning('请填写修改后的改进建议');
          return Promise.reject(new Error('empty'));
        }
        return set(f, 'accepted', text.trim());
      },
    });
  };
  const add = async () => {
    const v = await form.validateFields();
    await api.post(`/api/reviews/samples/${sampleId}/findings`, { ...v, indicatorId: null });
    form.resetFields();
    onChange();
  };
  return (
    <>
      <List
        dataSource={findings}
        renderItem={(f) => (
          <List.Item
            actions={
              editable && f.status !== 'accepted'
                ? [
                    <Button key="a" size="small" type="link" onClick={() => set(f, 'accepted')}>
                      采纳
                    </Button>,
                    <Button key="e" size="small" type="link" onClick={() => edit(f)}>
                      修改后采纳
                    </Button>,
                    ...(f.status === 'proposed'
                      ? [
                          <Button key="d" size="small" type="link" danger onClick={() => set(f, 'dropped')}>
                            剔除
                          </Button>,
                        ]
                      : []),
                  ]
                : editable
                  ? [
                      <Button key="d" size="small" type="link" danger onClick={() => set(f, 'dropped')}>
                        剔除
                      </Button>,
                    ]
                  : []
            }
          >
            <List.Item.Meta
              title={
                <Space size={4} wrap>
                  <SeverityTag severity={f.severity} />
                  <Tag>{reviewAreaLabels[f.area as keyof typeof reviewAreaLabels] ?? f.area}</Tag>
                  <FindingStatusTag status={f.status} />
                  {f.origin === 'reviewer' ? <Tag color="purple">复核人员</Tag> : null}
                  {f.round > 1 ? <Tag>第{f.round}轮</Tag> : null}
                  <span style={{ textDecoration: f.status === 'dropped' ? 'line-through' : undefined }}>
                    {f.suggestion}
                  </span>
                </Space>
              }
              description={f.evidence}
            />
          </List.Item>
        )}
      />
      {editable ? (
        <Form
          form={form}
          layout="inline"
          style={{ marginTop: 12 }}
          initialValues={{ area: 'evidenceSufficiency', severity: 'P1', evidence: '' }}
        >
          <Form.Item name="area">
            <Select
              style={{ width: 210 }}
              options={reviewAreas.map((a) => ({ value: a, label: reviewAreaLabels[a] }))}
            />
          </Form.Item>
          <Form.Item name="severity">
            <Select style={{ width: 80 }} options={['P0', 'P1', 'P2'].map((s) => ({ value: s, label: s }))} />
          </Form.Item>
          <Form.Item name="suggestion" rules={[{ required: true, message: '请填写改进建议' }]}>
            <Input aria-label="新增改进建议" style={{ width: 420 }} placeholder="复核人员的改进建议" />
          </Form.Item>
          <Button onClick={add}>新增意见</Button>
        </Form>
      ) : null}
    </>
  );
}
