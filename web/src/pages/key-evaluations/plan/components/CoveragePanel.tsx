import { Card, Col, Row, Statistic, Tag } from 'antd';
import { BUDGET_TYPE_LABELS, BUDGET_TYPES } from '../../../../../../core/enums';
import { evaluationKindLabels, evaluationKinds } from '../../../../../../core/rules/key-evaluation/index';
import type { Coverage } from '../../types';

/** Coverage of evaluation kinds and budget types in the year's plan (a zero shows as a grey tag). */
export function CoveragePanel({ coverage }: { coverage: Coverage | null }) {
  if (!coverage) return null;
  return (
    <Row gutter={16} style={{ marginBottom: 16 }}>
      <Col span={4}>
        <Card size="small">
          <Statistic title="评价项目数" value={coverage.total} suffix="个" />
        </Card>
      </Col>
      <Col span={4}>
        <Card size="small">
          <Statistic title="已完成评价" value={coverage.finished} suffix="个" />
        </Card>
      </Col>
      <Col span={9}>
        <Card size="small" title="评价类型覆盖" data-testid="coverage-kinds">
          {evaluationKinds.map((k) => (
            <Tag key={k} color={coverage.byKind[k] ? 'blue' : 'default'}>
              {evaluationKindLabels[k]} {coverage.byKind[k] ?? 0}
            </Tag>
          ))}
        </Card>
      </Col>
      <Col span={7}>
        <Card size="small" title="预算类型覆盖" data-testid="coverage-budget">
          {BUDGET_TYPES.map((b) => (
            <Tag key={b} color={coverage.byBudgetType[b] ? 'geekblue' : 'default'}>
              {BUDGET_TYPE_LABELS[b]} {coverage.byBudgetType[b] ?? 0}
            </Tag>
          ))}
        </Card>
      </Col>
    </Row>
  );
}
