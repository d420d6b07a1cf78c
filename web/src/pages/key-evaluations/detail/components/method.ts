import { ratioFormulas, type ScoringMethod } from '../../../../../../core/rules/key-evaluation/index';

/** Chinese description of a scoring method (shown beside each indicator). */
export function methodLabel(m: ScoringMethod): string {
  switch (m.type) {
    case 'ratio':
      return `公式：${ratioFormulas[m.formula].label}`;
    case 'bands':
      return `分档：${m.bands.map((b) => `≥${b.min}${m.unit}得${b.percent}%`).join('，')}`;
    case 'deduction':
      return `扣分：每次扣${m.perOccurrence}分`;
    case 'survey':
      return '问卷满意度';
    case 'judgement':
      return '评价组判分';
  }
}
