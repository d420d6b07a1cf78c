import { Alert, Button, Card, Descriptions, message, Space, Tabs, Tag } from 'antd';
import { useParams } from 'react-router';
import { PROJECT_STATUS_LABELS, type ProjectStatus } from '../../../../../core/contracts/projects';
import { api, download } from '../../../api/request';
import { askReason } from '../../../components/askReason';
import { DetailState } from '../../../components/DetailState';
import { wan } from '../../../components/format';
import { HistoryButton } from '../../../components/HistoryDrawer';
import { useBusy } from '../../../components/useBusy';
import { useDetail } from '../../../components/useDetail';
import { statusColor, statusLabel } from '../shared';
import { ApplicationTab } from './components/ApplicationTab';
import { ConclusionTab } from './components/ConclusionTab';
import { CostTab } from './components/CostTab';
import { PanelTab } from './components/PanelTab';
import { ScoreTab } from './components/ScoreTab';
import type { Detail } from './types';

/** One assessment: application, cost-benefit analysis, panel, the expert's sheet, conclusion and gate. */
export default function AssessmentDetailPage() {
  const id = Number(useParams().id);
  const { data: d, failure, reload: load } = useDetail<Detail>(`/api/ex-ante/assessments/${id}`);
  const [busy, busyWith] = useBusy();
  if (!d) return <DetailState failure={failure} listPath="/ex-ante/assessments" onRetry={load} />;
  const can = (a: string) => d.allowedActions.includes(a);
  const act = (path: string, body: unknown, done: string) =>
    busyWith(path, async () => {
      await api.post(`/api/ex-ante/assessments/${d.id}/${path}`, body);
      message.success(done);
      await load();
    });
  const returnIt = () => {
    askReason({
      title: '退回申报材料',
      label: '退回原因',
      placeholder: '退回原因',
      onOk: (reason) => act('return', { reason }, '已退回'),
    });
  };
  const tabs = [
    { key: 'application', label: '申报材料', children: <ApplicationTab d={d} reload={load} /> },
    { key: 'cost', label: '成本效益分析', children: <CostTab d={d} reload={load} /> },
    { key: 'panel', label: '专家评审', children: <PanelTab d={d} reload={load} /> },
    ...(d.panel.some((s) => s.mine)
      ? [{ key: 'score', label: '我的评分', children: <ScoreTab d={d} reload={load} /> }]
      : []),
    { key: 'conclusion', label: '评估结论', children: <ConclusionTab d={d} reload={load} /> },
  ];
  return (
    <Card
      title={
        <span>
          {d.projectName} <Tag color={statusColor[d.status]}>{statusLabel(d.status)}</Tag>
        </span>
      }
      extra={
        <Space>
          {can('submit') && (
            <Button
              type="primary"
              loading={busy === 'submit'}
              onClick={() => void act('submit', undefined, '已提交财政部门').catch(() => undefined)}
            >
              提交申报
            </Button>
          )}
          {can('return') && <Button onClick={returnIt}>退回</Button>}
          {can('enterLibrary') && (
            <Button
              type="primary"
              loading={busy === 'enter-library'}
              onClick={() => void act('enter-library', {}, '项目已按建议安排金额入库').catch(() => undefined)}
            >
              按建议金额入库
            </Button>
          )}
          {can('report') && (
            <Button onClick={() => download(`/api/ex-ante/assessments/${d.id}/report`)}>下载评估报告</Button>
          )}
          <HistoryButton entity="exAnteAssessment" entityId={d.id} />
        </Space>
      }
    >
      <Descriptions size="small" column={4} style={{ marginBottom: 12 }}>
        <Descriptions.Item label="项目编码">{d.projectCode}</Descriptions.Item>
        <Descriptions.Item label="申报单位">{d.unitName}</Descriptions.Item>
        <Descriptions.Item label="主管部门">{d.departmentName}</Descriptions.Item>
        <Descriptions.Item label="申请金额">{wan(d.requestedAmount)} 万元</Descriptions.Item>
        <Descriptions.Item label="评估依据" span={2}>
          {d.need.reason}
        </Descriptions.Item>
        <Descriptions.Item label="项目状态">
          <span data-testid="project-status">
            {PROJECT_STATUS_LABELS[d.project.status as ProjectStatus] ?? d.project.status}
          </span>
        </Descriptions.Item>
        <Descriptions.Item label="入库安排金额">
          <span data-testid="project-approved">{wan(d.project.approvedAmount)}</span>
          {d.project.approvedAmount === null ? null : ' 万元'}
        </Descriptions.Item>
      </Descriptions>
      <Alert
        style={{ marginBottom: 12 }}
        type={d.gate.open ? 'success' : 'warning'}
        showIcon
        message={
          d.gate.open
            ? `入库闸门：${d.gate.message}${d.recommendedAmount !== null ? `，预算安排不得超过建议安排金额${wan(d.recommendedAmount)}万元` : ''}`
            : `入库闸门：${d.gate.message}`
        }
      />
      {d.missing.length > 0 && (
        <Alert style={{ marginBottom: 12 }} type="info" showIcon message={`提交前还需完善：${d.missing.join('；')}`} />
      )}
      <Tabs
        items={tabs}
        defaultActiveKey={
          d.panel.some((s) => s.mine)
            ? 'score'
            : d.status === 'scoring' || d.status === 'concluded'
              ? 'conclusion'
              : 'application'
        }
      />
    </Card>
  );
}
