import { describe, expect, it } from 'vitest';
import { methodLabel } from './method';

describe('methodLabel', () => {
  it.each([
    [{ type: 'ratio', formula: 'budgetExecutionRate' } as const, '公式：预算执行率'],
    [{ type: 'deduction', perOccurrence: 1.5 } as const, '扣分：每次扣1.5分'],
    [
      {
        type: 'bands',
        unit: '%',
        bands: [
          { min: 95, percent: 100 },
          { min: 90, percent: 60 },
        ],
      } as const,
      '分档：≥95%得100%，≥90%得60%',
    ],
    [{ type: 'survey' } as const, '问卷满意度'],
    [{ type: 'judgement' } as const, '评价组判分'],
  ])('%o', (m, label) => {
    expect(methodLabel(m as Parameters<typeof methodLabel>[0])).toBe(label);
  });
});
