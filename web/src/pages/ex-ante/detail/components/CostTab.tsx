import {
  Alert,
  Button,
  Card,
  Col,
  Descriptions,
  InputNumber,
  message,
  Row,
  Space,
  Statistic,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useEffect, useState } from 'react';
import { COST_BASIS_LABELS } from '../../../../../../core/contracts/ex-ante';
import { api } from '../../../../api/request';
import { wan, yuan } from '../../../../components/format';
import { fenToYuan, yuanToFen } from '../../shared';
import type { Detail } from '../types';

/** 成本效益分析: cost lines against benchmarks (left) next to unit cost and benefits (right). */
export function CostTab({ d, reload }: { d: Detail; reload: () => void }) {
  const canReview = d.allowedActions.includes('reviewCost');
  const [bench, setBench] = useState<Record<number, number | null>>({});
  const [unitBench, setUnitBench] = useState<number | null>(null);
  useEffect(() => {
    setBench(Object.fromEntries(d.cost.lines.map((l) => [l.id, fenToYuan(l.benchmarkUnitPrice)])));
    setUnitBench(fenToYuan(d.benchmarkUnitCost));
  }, [d]);
  const save = async () => {
    await api.put(`/api/ex-ante/assessments/${d.id}/cost-review`, {
      benchmarkUnitCost: yuanToFen(unitBench),
      lines: d.cost.lines.map((l) => ({ id: l.id, benchmarkUnitPrice: yuanToFen(bench[l.id]) })),
    });
    message.success('成本标准已保存');
    reload();
  };
  return (
    <Row gutter={16}>
      <Col span={15}>
        <Card
          size="small"
          title="成本测算与对标"
          extra={
            canReview && (
              <Button type="primary" onClick={save}>
                保存对标标准
              </Button>
            )
          }
        >
          <Table
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={d.cost.lines}
            columns={[
              { title: '成本项目', dataIndex: 'name' },
              { title: '数量', render: (_, l) => `${l.quantity}${l.unit}` },
              { title: '单价（元）', align: 'right', render: (_, l) => yuan(l.unitPrice) },
              { title: '金额（万元）', align: 'right', render: (_, l) => wan(l.amount) },
              { title: '依据', render: (_, l) => COST_BASIS_LABELS[l.basis] },
              {
                title: '标准单价（元）',
                render: (_, l) =>
                  canReview ? (
                    <InputNumber
                      size="small"
                      min={0}
                      precision={2}
                      value={bench[l.id]}
                      onChange={(v) => setBench({ ...bench, [l.id]: v })}
                    />
                  ) : (
                    yuan(l.benchmarkUnitPrice)
                  ),
              },
              {
                title: '对标',
                render: (_, l) =>
                  l.issues.length > 0 ? (
                    <Tag color="red" title={l.issues.map((i) => i.message).join('；')}>
                      偏高
                    </Tag>
                  ) : l.benchmarkUnitPrice === null ? (
                    <Tag>未对标</Tag>
                  ) : (
                    <Tag color="green">合理</Tag>
                  ),
              },
            ]}
            summary={() => (
              <Table.Summary.Row>
                <Table.Summary.Cell index={0} colSpan={3}>
                  合计
                </Table.Summary.Cell>
                <Table.Summary.Cell index={3} align="right">
                  {wan(d.cost.total)}
                </Table.Summary.Cell>
                <Table.Summary.Cell index={4} colSpan={3}>
                  申请金额 {wan(d.requestedAmount)} 万元
                </Table.Summary.Cell>
              </Table.Summary.Row>
            )}
          />
        </Card>
      </Col>
      <Col span={9}>
        <Card size="small" title="单位成本对比">
          <Space size="large" wrap>
            <Statistic title={`单位成本（元/${d.outputUnit || '单位'}）`} value={yuan(d.cost.unitCost)} />
            <Statistic title="历史单位成本（元）" value={yuan(d.historyUnitCost)} />
            <Statistic title="标准单位成本（元）" value={yuan(d.benchmarkUnitCost)} />
          </Space>
          {canReview && (
            <div style={{ marginTop: 12 }}>
              标准单位成本（元）：
              <InputNumber min={0} precision={2} value={unitBench} onChange={setUnitBench} aria-label="标准单位成本" />
            </div>
          )}
          {d.cost.unitCostIssues.map((i) => (
            <Alert key={i.message} type="warning" showIcon message={i.message} style={{ marginTop: 8 }} />
          ))}
          {d.cost.flaggedLines > 0 && (
            <Alert
              type="error"
              showIcon
              message={`${d.cost.flaggedLines}项成本单价高于标准`}
              style={{ marginTop: 8 }}
            />
          )}
        </Card>
        <Card size="small" title="效益分析" style={{ marginTop: 16 }}>
          <Descriptions column={1} size="small">
            <Descriptions.Item label="主要产出">
              {d.mainOutput ? `${d.mainOutput} ${d.outputQuantity ?? ''}${d.outputUnit}` : '—'}
            </Descriptions.Item>
            <Descriptions.Item label="预期效益">
              <Typography.Paragraph ellipsis={{ rows: 4, expandable: true }}>
                {d.expectedBenefits || '—'}
              </Typography.Paragraph>
            </Descriptions.Item>
            <Descriptions.Item label="绩效目标">{d.targetsDraft || '—'}</Descriptions.Item>
          </Descriptions>
        </Card>
      </Col>
    </Row>
  );
}
