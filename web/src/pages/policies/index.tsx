import { PlusOutlined } from '@ant-design/icons';
import {
  Button,
  Card,
  Checkbox,
  Descriptions,
  Drawer,
  Form,
  Input,
  Modal,
  message,
  Select,
  Space,
  Table,
  Tag,
  Timeline,
} from 'antd';
import { useCallback, useEffect, useState } from 'react';
import type { TPolicy } from '../../../../core/contracts/policies';
import { POLICY_CATEGORIES, POLICY_CATEGORY_LABELS, type PolicyCategory } from '../../../../core/enums';
import { api } from '../../api/request';
import { useAuth } from '../../app/auth';
import { Attachments } from '../../components/Attachments';
import { useBusy } from '../../components/useBusy';

type Detail = TPolicy & { bodyText: string; versions: TPolicy[]; allowedActions: string[] };
const categoryOptions = POLICY_CATEGORIES.map((c) => ({ value: c, label: POLICY_CATEGORY_LABELS[c] }));

export default function PoliciesPage() {
  const [query, setQuery] = useState<{ q?: string; category?: string; includeSuperseded?: boolean }>({});
  const [data, setData] = useState<{ items: TPolicy[]; total: number }>({ items: [], total: 0 });
  const [detail, setDetail] = useState<Detail | null>(null);
  const [editing, setEditing] = useState<{ mode: 'create' | 'edit' | 'revise'; base?: Detail } | null>(null);
  const [form] = Form.useForm();
  const [busy, busyWith] = useBusy();
  const { me } = useAuth();
  const canEdit = me?.role === 'finance' || me?.role === 'admin';
  const load = useCallback(
    () => api.get<typeof data>('/api/policies', { ...query, pageSize: 100 }).then(setData, () => undefined),
    [query],
  );
  useEffect(() => void load(), [load]);
  const open = (id: number) => api.get<Detail>(`/api/policies/${id}`).then(setDetail, () => undefined);
  const save = async () => {
    const v = await form.validateFields();
    const { revisionNote, ...doc } = v;
    const body = { ...doc, validTo: doc.validTo || null };
    if (editing?.mode === 'revise' && editing.base) {
      const r = await api.post<{ id: number }>(`/api/policies/${editing.base.id}/revise`, {
        revision: body,
        revisionNote,
        version: editing.base.version,
      });
      await open(r.id);
    } else if (editing?.mode === 'edit' && editing.base) {
      await api.put(`/api/policies/${editing.base.id}`, { ...body, version: editing.base.version });
      await open(editing.base.id);
    } else await api.post('/api/policies', body);
    message.success('已保存');
    setEditing(null);
    load();
  };
  const extract = async (id: number) => {
    const r = await api.post<{ chars: number }>(`/api/policies/${id}/extract-text`);
    message.success(`已提取全文 ${r.chars} 字，可用于全文检索`);
  };
  return (
    <Card
      title="制度文件库"
      extra={
        canEdit && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => {
              form.resetFields();
              setEditing({ mode: 'create' });
            }}
          >
            新增文件
          </Button>
        )
      }
    >
      <Space style={{ marginBottom: 16 }} wrap>
        <Input.Search
          placeholder="标题、文号或全文关键词"
          allowClear
          style={{ width: 300 }}
          onSearch={(q) => setQuery({ ...query, q })}
        />
        <Select
          placeholder="类别"
          allowClear
          options={categoryOptions}
          style={{ width: 160 }}
          onChange={(category) => setQuery({ ...query, category })}
        />
        {canEdit && (
          <Checkbox onChange={(e) => setQuery({ ...query, includeSuperseded: e.target.checked || undefined })}>
            含已被替代版本
          </Checkbox>
        )}
      </Space>
      <Table
        rowKey="id"
        dataSource={data.items}
        pagination={false}
        onRow={(r) => ({ onClick: () => open(r.id), style: { cursor: 'pointer' } })}
        columns={[
          {
            title: '文件名称',
            dataIndex: 'title',
            render: (t, r) => (
              <Space direction="vertical" size={0}>
                <span>
                  {t}
                  {!r.isCurrent && <Tag style={{ marginLeft: 8 }}>已被替代</Tag>}
                </span>
                {r.excerpt && <span style={{ color: '#888' }}>…{r.excerpt}…</span>}
              </Space>
            ),
          },
          { title: '文号', dataIndex: 'docNo', width: 180 },
          { title: '发文机关', dataIndex: 'issuer', width: 200 },
          { title: '发文日期', dataIndex: 'issuedOn', width: 110 },
          {
            title: '类别',
            dataIndex: 'category',
            width: 120,
            render: (c: PolicyCategory) => POLICY_CATEGORY_LABELS[c] ?? c,
          },
          { title: '版本', dataIndex: 'versionNo', width: 70, render: (v) => `第${v}版` },
        ]}
      />
      <Drawer
        open={!!detail}
        width={720}
        title={detail?.title}
        onClose={() => setDetail(null)}
        extra={
          detail?.allowedActions.includes('revise') && (
            <Space>
              <Button onClick={() => detail && extract(detail.id)} title="支持 .docx、.pdf、.txt">
                从附件提取全文（docx/pdf/txt）
              </Button>
              {detail.allowedActions.includes('edit') && (
                <Button
                  title="更正现行版本的文字、日期等（不生成新版本）"
                  onClick={() => {
                    form.resetFields();
                    form.setFieldsValue(detail);
                    setEditing({ mode: 'edit', base: detail });
                  }}
                >
                  更正
                </Button>
              )}
              <Button
                type="primary"
                onClick={() => {
                  if (!detail) return;
                  form.resetFields();
                  form.setFieldsValue({ ...detail, revisionNote: '' });
                  setEditing({ mode: 'revise', base: detail });
                }}
              >
                修订
              </Button>
            </Space>
          )
        }
      >
        {detail && (
          <>
            <Descriptions column={2} size="small" bordered>
              <Descriptions.Item label="文号">{detail.docNo}</Descriptions.Item>
              <Descriptions.Item label="发文机关">{detail.issuer}</Descriptions.Item>
              <Descriptions.Item label="发文日期">{detail.issuedOn}</Descriptions.Item>
              <Descriptions.Item label="类别">
                {POLICY_CATEGORY_LABELS[detail.category as PolicyCategory]}
              </Descriptions.Item>
              <Descriptions.Item label="有效期">
                {detail.validFrom} 至 {detail.validTo ?? '长期'}
              </Descriptions.Item>
              <Descriptions.Item label="状态">
                {detail.isCurrent ? <Tag color="green">现行有效</Tag> : <Tag>已被替代</Tag>}
              </Descriptions.Item>
              <Descriptions.Item label="摘要" span={2}>
                {detail.summary || '—'}
              </Descriptions.Item>
            </Descriptions>
            <h4 style={{ marginTop: 16 }}>历次版本</h4>
            <Timeline
              items={detail.versions.map((v) => ({
                color: v.isCurrent ? 'green' : 'gray',
                children: (
                  <a onClick={() => open(v.id)}>
                    第{v.versionNo}版 {v.docNo}（{v.issuedOn}）{v.revisionNote ? `：${v.revisionNote}` : ''}
                  </a>
                ),
              }))}
            />
            <h4>文件</h4>
            <Attachments
              ownerEntity="policyDocument"
              ownerId={detail.id}
              canUpload={detail.allowedActions.includes('edit')}
            />
          </>
        )}
      </Drawer>
      <Modal
        title={
          editing?.mode === 'revise'
            ? '修订文件（生成新版本）'
            : editing?.mode === 'edit'
              ? '更正现行版本（不生成新版本）'
              : '新增制度文件'
        }
        open={!!editing}
        onOk={() => busyWith('save', save)}
        confirmLoading={busy === 'save'}
        onCancel={() => setEditing(null)}
        width={720}
        okText="保存"
      >
        <Form form={form} layout="vertical">
          <Form.Item name="title" label="文件名称" rules={[{ required: true, message: '请填写文件名称' }]}>
            <Input maxLength={200} />
          </Form.Item>
          <Space wrap>
            <Form.Item name="docNo" label="文号" rules={[{ required: true, message: '请填写文号' }]}>
              <Input style={{ width: 220 }} />
            </Form.Item>
            <Form.Item name="issuer" label="发文机关" rules={[{ required: true, message: '请填写发文机关' }]}>
              <Input style={{ width: 260 }} />
            </Form.Item>
            <Form.Item name="category" label="类别" rules={[{ required: true, message: '请选择类别' }]}>
              <Select style={{ width: 160 }} options={categoryOptions} />
            </Form.Item>
          </Space>
          <Space wrap>
            <Form.Item
              name="issuedOn"
              label="发文日期（YYYY-MM-DD）"
              rules={[{ required: true, pattern: /^\d{4}-\d{2}-\d{2}$/, message: '格式为 YYYY-MM-DD' }]}
            >
              <Input style={{ width: 160 }} />
            </Form.Item>
            <Form.Item
              name="validFrom"
              label="生效日期"
              rules={[{ required: true, pattern: /^\d{4}-\d{2}-\d{2}$/, message: '格式为 YYYY-MM-DD' }]}
            >
              <Input style={{ width: 160 }} />
            </Form.Item>
            <Form.Item
              name="validTo"
              label="失效日期（可空）"
              rules={[{ pattern: /^\d{4}-\d{2}-\d{2}$/, message: '格式为 YYYY-MM-DD' }]}
            >
              <Input style={{ width: 160 }} />
            </Form.Item>
          </Space>
          <Form.Item name="summary" label="摘要">
            <Input.TextArea rows={3} maxLength={1000} />
          </Form.Item>
          <Form.Item name="bodyText" label="正文（用于全文检索，也可上传文件后提取）">
            <Input.TextArea rows={4} />
          </Form.Item>
          {editing?.mode === 'revise' && (
            <Form.Item name="revisionNote" label="修订说明" rules={[{ required: true, message: '请填写修订说明' }]}>
              <Input maxLength={500} />
            </Form.Item>
          )}
        </Form>
      </Modal>
    </Card>
  );
}
