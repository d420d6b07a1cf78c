import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  Col,
  Descriptions,
  Form,
  Input,
  InputNumber,
  List,
  message,
  Row,
  Select,
  Table,
  Tag,
} from 'antd';
import { useEffect } from 'react';
import {
  COST_BASES,
  COST_BASIS_LABELS,
  TEMPLATE_KIND_LABELS,
  TEMPLATE_KINDS,
} from '../../../../../../core/contracts/ex-ante';
import { api } from '../../../../api/request';
import { Attachments } from '../../../../components/Attachments';
import { yuan } from '../../../../components/format';
import { fenToYuan, yuanToFen } from '../../shared';
import type { Detail } from '../types';

interface LineForm {
  name: string;
  quantity: number;
  unit: string;
  unitPrice: number;
  basis: string;
  basisNote: string;
}

/** The unit's application: texts, cost lines (quantity × unit price), materials checklist with uploads. */
export function ApplicationTab({ d, reload }: { d: Detail; reload: () => void }) {
  const editable = d.allowedActions.includes('editApplication');
  const [form] = Form.useForm();
  useEffect(() => {
    form.setFieldsValue({
      ...d,
      historyUnitCost: fenToYuan(d.historyUnitCost),
      costLines: d.cost.lines.map((l) => ({ ...l, unitPrice: fenToYuan(l.unitPrice) })),
    });
  }, [d, form]);
  const lines: LineForm[] = Form.useWatch('costLines', form) ?? [];
  const total = lines.reduce((acc, l) => acc + Math.round((l?.quantity ?? 0) * (yuanToFen(l?.unitPrice) ?? 0)), 0);
  const save = async () => {
    const v = await form.validateFields();
    await api.put(`/api/ex-ante/assessments/${d.id}/application`, {
      necessity: v.necessity ?? '',
      implementationPlan: v.implementationPlan ?? '',
      expectedBenefits: v.expectedBenefits ?? '',
      targetsDraft: v.targetsDraft ?? '',
      mainOutput: v.mainOutput ?? '',
      outputQuantity: v.outputQuantity ?? null,
      outputUnit: v.outputUnit ?? '',
      historyUnitCost: yuanToFen(v.historyUnitCost),
      templateKind: v.templateKind,
      costLines: (v.costLines ?? []).map((l: LineForm) => {
        const unitPrice = yuanToFen(l.unitPrice) ?? 0;
        return {
          ...l,
          unit: l.unit ?? '',
          basisNote: l.basisNote ?? '',
          unitPrice,
          amount: Math.round(l.quantity * unitPrice),
        };
      }),
      version: d.version,
    });
    message.success('申报材料已保存');
    reload();
  };
  if (!editable) return <ReadOnly d={d} />;
  return (
    <Form form={form} layout="vertical">
      {d.returnReason && d.status === 'returned' && (
        <Alert type="warning" showIcon message={`退回原因：${d.returnReason}`} style={{ marginBottom: 12 }} />
      )}
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item name="necessity" label="立项必要性">
            <Input.TextArea rows={4} />
          </Form.Item>
          <Form.Item name="implementationPlan" label="实施方案">
            <Input.TextArea rows={4} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="expectedBenefits" label="预期效益">
            <Input.TextArea rows={4} />
          </Form.Item>
          <Form.Item name="targetsDraft" label="绩效目标（草案）">
            <Input.TextArea rows={4} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col span={6}>
          <Form.Item name="mainOutput" label="主要产出">
            <Input />
          </Form.Item>
        </Col>
        <Col span={4}>
          <Form.Item name="outputQuantity" label="产出数量">
            <InputNumber min={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={4}>
          <Form.Item name="outputUnit" label="计量单位">
            <Input />
          </Form.Item>
        </Col>
        <Col span={5}>
          <Form.Item name="historyUnitCost" label="历史单位成本（元）">
            <InputNumber min={0} precision={2} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={5}>
          <Form.Item name="templateKind" label="评分表类型">
            <Select options={TEMPLATE_KINDS.map((k) => ({ value: k, label: TEMPLATE_KIND_LABELS[k] }))} />
          </Form.Item>
        </Col>
      </Row>
      <Card size="small" title={`成本测算明细（合计 ${yuan(total)} 元 / 申请金额 ${yuan(d.requestedAmount)} 元）`}>
        <Form.List name="costLines">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f) => (
                <Row gutter={8} key={f.key}>
                  <Col span={6}>
                    <Form.Item name={[f.name, 'name']} rules={[{ required: true, message: '请填写成本项目' }]}>
                      <Input placeholder="成本项目" />
                    </Form.Item>
                  </Col>
                  <Col span={3}>
                    <Form.Item name={[f.name, 'quantity']} rules={[{ required: true, message: '数量' }]}>
                      <InputNumber placeholder="数量" min={0} style={{ width: '100%' }} />
                    </Form.Item>
                  </Col>
                  <Col span={2}>
                    <Form.Item name={[f.name, 'unit']}>
                      <Input placeholder="单位" />
                    </Form.Item>
                  </Col>
                  <Col span={4}>
                    <Form.Item name={[f.name, 'unitPrice']} rules={[{ required: true, message: '单价' }]}>
                      <InputNumber placeholder="单价（元）" min={0} precision={2} style={{ width: '100%' }} />
                    </Form.Item>
                  </Col>
                  <Col span={3}>
                    <Form.Item name={[f.name, 'basis']} initialValue="market">
                      <Select options={COST_BASES.map((b) => ({ value: b, label: COST_BASIS_LABELS[b] }))} />
                    </Form.Item>
                  </Col>
                  <Col span={5}>
                    <Form.Item name={[f.name, 'basisNote']}>
                      <Input placeholder="依据说明" />
                    </Form.Item>
                  </Col>
                  <Col span={1}>
                    <Button icon={<DeleteOutlined />} onClick={() => remove(f.name)} aria-label="删除明细" />
                  </Col>
                </Row>
              ))}
              <Button icon={<PlusOutlined />} onClick={() => add({ basis: 'market', unit: '', basisNote: '' })}>
                添加成本明细
              </Button>
            </>
          )}
        </Form.List>
      </Card>
      <Materials d={d} canUpload />
      <Button type="primary" onClick={save} style={{ marginTop: 16 }}>
        保存申报材料
      </Button>
    </Form>
  );
}

function Materials({ d, canUpload }: { d: Detail; canUpload: boolean }) {
  return (
    <Card size="small" title="申报材料清单" style={{ marginTop: 16 }}>
      <List
        dataSource={d.materials}
        renderItem={(m) => (
          <List.Item data-testid={`material-${m.code}`}>
            <div style={{ width: '100%' }}>
              {m.required ? <Tag color="red">必备</Tag> : <Tag>可选</Tag>}
              {m.label} {m.uploaded > 0 ? <Tag color="green">已上传 {m.uploaded}</Tag> : <Tag>未上传</Tag>}
              <Attachments ownerEntity="exAnteAssessment" ownerId={d.id} slot={m.code} canUpload={canUpload} />
            </div>
          </List.Item>
        )}
      />
    </Card>
  );
}

function ReadOnly({ d }: { d: Detail }) {
  return (
    <>
      <Descriptions bordered column={1} size="small">
        <Descriptions.Item label="立项必要性">{d.necessity || '—'}</Descriptions.Item>
        <Descriptions.Item label="实施方案">{d.implementationPlan || '—'}</Descriptions.Item>
        <Descriptions.Item label="预期效益">{d.expectedBenefits || '—'}</Descriptions.Item>
        <Descriptions.Item label="绩效目标（草案）">{d.targetsDraft || '—'}</Descriptions.Item>
      </Descriptions>
      <Table
        style={{ marginTop: 16 }}
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={d.cost.lines}
        columns={[
          { title: '成本项目', dataIndex: 'name' },
          { title: '数量', render: (_, l) => `${l.quantity}${l.unit}` },
          { title: '单价（元）', align: 'right', render: (_, l) => yuan(l.unitPrice) },
          { title: '金额（元）', align: 'right', render: (_, l) => yuan(l.amount) },
          {
            title: '测算依据',
            render: (_, l) => `${COST_BASIS_LABELS[l.basis]}${l.basisNote ? `：${l.basisNote}` : ''}`,
          },
        ]}
      />
      <Materials d={d} canUpload={false} />
    </>
  );
}
