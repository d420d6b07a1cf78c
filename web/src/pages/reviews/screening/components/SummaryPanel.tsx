import { Alert, Col, Row, Statistic, Typography } from 'antd';
import { dateTime } from '../../../../components/format';
import type { ScreeningSummary } from '../types';

const CARDS: { key: 'forms' | 'flagged' | 'withP0' | 'unitsWithP0'; title: string; testId: string }[] = [
  { key: 'forms', title: '已筛查自评表', testId: 'screening-forms' },
  { key: 'flagged', title: '发现问题', testId: 'screening-flagged' },
  { key: 'withP0', title: '含P0问题', testId: 'screening-with-p0' },
  { key: 'unitsWithP0', title: '涉及P0问题单位', testId: 'screening-units-p0' },
];

/**
 * The filtered set's counts and when the screening ran, or that the year was never screened. The server counts over
 * the filtered forms, so an empty answer only means "not run" when nothing but the year narrows it.
 */
export function SummaryPanel({
  summary,
  narrowed,
  canRun,
}: {
  summary: ScreeningSummary;
  narrowed: boolean;
  canRun: boolean;
}) {
  const screened = summary.screenedAt !== null;
  if (!screened && !narrowed)
    return (
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        data-testid="screening-not-run"
        message="本年度尚未运行全覆盖筛查"
        description={
          canRun
            ? '点击“运行筛查”，对本年度全部已提交的自评表运行自动检查。'
            : '财政部门运行筛查后，这里显示各自评表的自动检查结果。'
        }
      />
    );
  return (
    <>
      {screened && summary.changedSince > 0 ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="screening-changed"
          message={`有 ${summary.changedSince} 份自评表在筛查后提交或修改，请重新运行筛查`}
        />
      ) : null}
      <Row gutter={32} align="bottom" style={{ marginBottom: 16 }}>
        {CARDS.map((c) => (
          <Col key={c.key}>
            <Statistic title={c.title} value={summary[c.key]} data-testid={c.testId} />
          </Col>
        ))}
        {screened ? (
          <Col>
            <Typography.Text type="secondary" data-testid="screening-time">
              筛查时间：{dateTime(summary.screenedAt)}
            </Typography.Text>
          </Col>
        ) : null}
      </Row>
    </>
  );
}
