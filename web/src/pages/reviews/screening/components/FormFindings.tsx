import { Alert, List, Space, Spin, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { type ReviewCheckCode, reviewCheckLabels } from '../../../../../../core/rules/review/review-rules';
import { api } from '../../../../api/request';
import { SeverityTag } from '../../finding-tags';

interface Finding {
  code: ReviewCheckCode;
  severity: string;
  indicatorName: string | null;
  evidence: string;
  suggestion: string;
}

/**
 * A screened form's findings with their texts, computed when the row is opened (POST …/screening/forms/:id): what the
 * row's counts stand for, so a unit sees what to put right before the review group reads the form.
 */
export function FormFindings({ selfEvaluationId }: { selfEvaluationId: number }) {
  const [findings, setFindings] = useState<Finding[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    api.post<{ findings: Finding[] }>(`/api/reviews/screening/forms/${selfEvaluationId}`).then(
      (r) => setFindings(r.findings),
      (e: Error) => setError(e.message),
    );
  }, [selfEvaluationId]);
  if (error) return <Alert type="error" showIcon message={error} />;
  if (!findings) return <Spin size="small" />;
  return (
    <List
      size="small"
      data-testid={`form-findings-${selfEvaluationId}`}
      dataSource={findings}
      locale={{ emptyText: '按现行规则未发现问题（筛查后自评表或规则已变化时，请重新运行筛查）' }}
      renderItem={(f) => (
        <List.Item>
          <Space direction="vertical" size={0}>
            <Space>
              <SeverityTag severity={f.severity} />
              <Typography.Text strong>{reviewCheckLabels[f.code] ?? f.code}</Typography.Text>
              {f.indicatorName ? <Typography.Text type="secondary">【{f.indicatorName}】</Typography.Text> : null}
            </Space>
            <Typography.Text>{f.evidence}</Typography.Text>
            <Typography.Text type="secondary">建议：{f.suggestion}</Typography.Text>
          </Space>
        </List.Item>
      )}
    />
  );
}
