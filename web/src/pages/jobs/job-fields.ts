/** Chinese labels of the payload and result fields the product's job kinds use. */
export const JOB_FIELD_LABELS: Record<string, string> = {
  year: '年度',
  rounds: '监控轮次（轮）',
  entries: '监控表（张）',
  changedEntries: '预警改变的监控表（张）',
  changedIndicators: '预警改变的指标（个）',
  batches: '复核批次（个）',
  samples: '在审样本（个）',
  findings: '生成待确认问题（条）',
};

export type JobFields =
  | { kind: 'empty' }
  | { kind: 'labelled'; rows: { label: string; value: string }[] }
  | { kind: 'json'; text: string };

/**
 * How a job's payload or result reads on the detail drawer: labelled rows when every field is a known one with a
 * plain value, the JSON (indented) otherwise, so nothing is hidden or mislabelled.
 */
export function jobFields(value: unknown): JobFields {
  if (value === null || value === undefined) return { kind: 'empty' };
  if (typeof value === 'object' && !Array.isArray(value)) {
    const entries = Object.entries(value);
    if (entries.length === 0) return { kind: 'empty' };
    const plain = (v: unknown) => typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean';
    if (entries.every(([k, v]) => k in JOB_FIELD_LABELS && plain(v)))
      return { kind: 'labelled', rows: entries.map(([k, v]) => ({ label: JOB_FIELD_LABELS[k], value: String(v) })) };
  }
  return { kind: 'json', text: JSON.stringify(value, null, 2) };
}
