import { describe, expect, it } from 'vitest';
import { jobFields } from './job-fields';

describe('jobFields', () => {
  it.each([
    [null, { kind: 'empty' }],
    [{}, { kind: 'empty' }],
    [{ year: 2025 }, { kind: 'labelled', rows: [{ label: '年度', value: '2025' }] }],
    [
      { year: 2025, batches: 2, samples: 7, findings: 0 },
      {
        kind: 'labelled',
        rows: [
          { label: '年度', value: '2025' },
          { label: '复核批次（个）', value: '2' },
          { label: '在审样本（个）', value: '7' },
          { label: '生成待确认问题（条）', value: '0' },
        ],
      },
    ],
    // An unknown field or a nested value: the whole value as JSON, nothing dropped.
    [
      { year: 2025, month: 5 },
      { kind: 'json', text: '{\n  "year": 2025,\n  "month": 5\n}' },
    ],
    [{ year: { from: 2024 } }, { kind: 'json', text: '{\n  "year": {\n    "from": 2024\n  }\n}' }],
    [[1, 2], { kind: 'json', text: '[\n  1,\n  2\n]' }],
    ['text', { kind: 'json', text: '"text"' }],
  ])('%j reads as %j', (value, expected) => {
    expect(jobFields(value)).toEqual(expected);
  });
});
