import { Space, Tag, Typography } from 'antd';
import {
  type ReviewCheckCode,
  reviewCheckCodes,
  reviewCheckLabels,
} from '../../../../../../core/rules/review/review-rules';

/** 各检查规则发现问题的自评表数: the checks that fired in the filtered set; clicking one narrows the list to it. */
export function CheckCounts({
  byCode,
  selected,
  onPick,
}: {
  byCode: Partial<Record<ReviewCheckCode, number>>;
  selected: ReviewCheckCode | undefined;
  onPick: (code: ReviewCheckCode | undefined) => void;
}) {
  const fired = reviewCheckCodes.filter((c) => (byCode[c] ?? 0) > 0);
  if (fired.length === 0) return null;
  return (
    <Space wrap size={[4, 8]} style={{ marginBottom: 12 }} data-testid="screening-by-code">
      <Typography.Text type="secondary">各检查规则发现问题的自评表数：</Typography.Text>
      {fired.map((c) => (
        <Tag.CheckableTag key={c} checked={selected === c} onChange={(on) => onPick(on ? c : undefined)}>
          {reviewCheckLabels[c]} {byCode[c]}
        </Tag.CheckableTag>
      ))}
    </Space>
  );
}
