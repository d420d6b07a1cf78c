import { Button, Card, Col, Modal, Row, Select, Space, Statistic, Table, Tag } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import {
  REVIEW_SAMPLE_STATUS_LABELS,
  type ReviewSampleStatus,
  SAMPLE_REASON_LABELS,
  type SampleReason,
} from '../../../../../core/contracts/reviews';
import { reviewAreaLabels, reviewAreas } from '../../../../../core/rules/review/review-rules';
import { api, download } from '../../../api/request';
import { DetailState } from '../../../components/DetailState';
import { HistoryButton } from '../../../components/HistoryDrawer';
import { useDetail } from '../../../components/useDetail';
import { GradeTag } from '../../self-evaluation/shared';
import { ledgerUrl } from '../ledger-url';
import { BatchCloseButtons, BatchCloseNotice, BulkPassButton } from './BatchClose';
import { SamplingForm } from './SamplingForm';
import { type BatchDetail, SAMPLE_COLORS } from './types';

/** One review batch: sampling, assignment, samples with their findings, per-unit statistics and feedback sheets. */
export default function ReviewBatchPage() {
  const id = Number(useParams().id);
  const { data: d, failure, reload: load } = useDetail<BatchDetail>(`/api/reviews/batches/${id}`);
  const [selected, setSelected] = useState<number[]>([]);
  if (!d) return <DetailState failure={failure} listPath="/evaluation/reviews" onRetry={load} />;
  const can = (a: string) => d.allowedActions.includes(a);
  const assign = async () => {
    const { reviewers, agencies } = await api.get<{
      reviewers: { id: number; displayName: string; role: string }[];
      agencies: { id: number; name: string }[];
    }>('/api/reviews/reviewers');
    let choice = '';
    Modal.confirm({
      title: `分配 ${selected.length} 个样本`,
      content: (
        <Select
          style={{ width: '100%' }}
          placeholder="复核人员或第三方机构"
          onChange={(v: string) => (choice = v)}
          options={[
            ...reviewers.map((r) => ({
              value: `u${r.id}`,
              label: `${r.displayName}（${r.role === 'expert' ? '专家' : '财政'}）`,
            })),
            ...agencies.map((a) => ({ value: `a${a.id}`, label: `${a.name}（第三方机构）` })),
          ]}
        />
      ),
      onOk: async () => {
        const num = Number(choice.slice(1));
        await api.post(`/api/reviews/batches/${id}/assign`, {
          sampleIds: selected,
          reviewerUserId: choice.startsWith('u') ? num : null,
          agencyOrgId: choice.startsWith('a') ? num : null,
        });
        setSelected([]);
        void load();
      },
    });
  };
  const s = d.summary ?? d.stats;
  /** The batch's accepted suggestions in the 复核建议台账, narrowed further by `more`. */
  const ledger = (more: Record<string, string | number>) =>
    ledgerUrl({ workYear: d.workYear, batchId: id, status: 'accepted', ...more });
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Card
        title={
          <Space>
            {d.name}
            {d.status === 'closed' ? <Tag color="green">已办结</Tag> : null}
          </Space>
        }
        extra={
          <Space>
            <BatchCloseButtons batch={d} onDone={() => void load()} />
            <Button onClick={() => download(`/api/reviews/batches/${id}/feedback.docx`)}>反馈单（Word）</Button>
            <Button onClick={() => download(`/api/reviews/batches/${id}/feedback.xlsx`)}>反馈单（Excel）</Button>
            <Button data-testid="samples-export" onClick={() => download(`/api/reviews/batches/${id}/samples.xlsx`)}>
              复核结果汇总表
            </Button>
            <HistoryButton entity="reviewBatch" entityId={id} />
          </Space>
        }
      >
        <BatchCloseNotice batch={d} />
        <Row gutter={16} style={{ marginTop: 8 }}>
          {(
            [
              ['抽查项目', s.sampled],
              ['抽查单位', s.unitsReviewed],
              ['反馈单位', s.unitsWithSuggestions],
              ['改进建议（条）', s.suggestions],
              ['退回整改', s.returns],
              ['整改完成', s.closed],
            ] as const
          ).map(([label, value]) => (
            <Col span={4} key={label}>
              <Statistic title={label} value={value} />
            </Col>
          ))}
        </Row>
        {can('sample') ? (
          <div style={{ marginTop: 16 }}>
            <SamplingForm batchId={id} onDone={() => void load()} />
          </div>
        ) : null}
      </Card>
      <Card
        title="抽查样本"
        extra={
          <Space>
            {can('bulkPass') && selected.length ? (
              <BulkPassButton
                batchId={id}
                samples={d.samples}
                selected={selected}
                onDone={() => {
                  setSelected([]);
                  void load();
                }}
              />
            ) : null}
            {can('assign') && selected.length ? <Button onClick={assign}>分配复核人员</Button> : null}
          </Space>
        }
      >
        <Table
          rowKey="id"
          size="small"
          dataSource={d.samples}
          rowSelection={
            can('assign') || can('bulkPass')
              ? { selectedRowKeys: selected, onChange: (k) => setSelected(k as number[]) }
              : undefined
          }
          pagination={{ pageSize: 20, showTotal: (t) => `共 ${t} 项` }}
          columns={[
            {
              title: '项目名称',
              dataIndex: 'projectName',
              render: (v: string, r) => <Link to={`/evaluation/reviews/samples/${r.id}`}>{v}</Link>,
            },
            {
              title: '预算单位',
              dataIndex: 'unitName',
              width: 200,
              render: (v: string, r) => <Link to={`/evaluation/reviews/units/${r.unitId}`}>{v}</Link>,
            },
            {
              title: '抽取原因',
              dataIndex: 'reasons',
              width: 200,
              render: (v: string) =>
                v.split(',').map((x) => <Tag key={x}>{SAMPLE_REASON_LABELS[x as SampleReason] ?? x}</Tag>),
            },
            {
              title: '执行率',
              dataIndex: 'executionRate',
              width: 80,
              render: (v: number | null) => (v === null ? '—' : `${v}%`),
            },
            {
              title: '自评',
              width: 90,
              render: (_, r) => (
                <Space size={4}>
                  {r.selfTotal}
                  <GradeTag grade={r.selfGrade} />
                </Space>
              ),
            },
            {
              title: '复核',
              width: 90,
              render: (_, r) =>
                r.reviewTotal === null ? (
                  '—'
                ) : (
                  <Space size={4}>
                    {r.reviewTotal}
                    <GradeTag grade={r.reviewGrade} />
                  </Space>
                ),
            },
            { title: '待确认/已采纳', width: 110, render: (_, r) => `${r.proposedCount} / ${r.findingCount}` },
            {
              title: '状态',
              dataIndex: 'status',
              width: 110,
              render: (v: string) => (
                <Tag color={SAMPLE_COLORS[v]}>{REVIEW_SAMPLE_STATUS_LABELS[v as ReviewSampleStatus]}</Tag>
              ),
            },
          ]}
        />
      </Card>
      <Card title="各单位改进建议统计" extra={<Link to={ledger({})}>在复核建议台账中查看</Link>}>
        <Table
          rowKey="unitId"
          size="small"
          dataSource={d.stats.perUnit}
          pagination={{ pageSize: 15 }}
          columns={[
            { title: '预算单位', dataIndex: 'unitName' },
            ...reviewAreas.map((area) => ({
              title: reviewAreaLabels[area],
              dataIndex: area,
              width: area === 'executionGradeMatch' ? 200 : 150,
              render: (v: number, r: { unitId: number }) => <Link to={ledger({ unitId: r.unitId, area })}>{v}</Link>,
            })),
            {
              title: '合计',
              dataIndex: 'suggestions',
              width: 80,
              render: (v: number, r) => <Link to={ledger({ unitId: r.unitId })}>{v}</Link>,
            },
            {
              title: '操作',
              width: 120,
              render: (_, r) => (
                <a onClick={() => download(`/api/reviews/batches/${id}/feedback.docx`, { unitId: r.unitId })}>
                  下载反馈单
                </a>
              ),
            },
          ]}
        />
      </Card>
    </Space>
  );
}
