import { describe, expect, it } from 'vitest';
import { auditChanges, formatAuditValue } from './audit-diff';

describe('formatAuditValue', () => {
  it.each([
    ['requestedAmount', 12_345_678, undefined, '123,456.78 元'],
    ['amount', '500000', undefined, '5,000.00 元'],
    ['budgetAfter', 0, undefined, '0.00 元'],
    ['paid', 150, undefined, '1.50 元'],
    ['weight', 20, undefined, '20'],
    ['keyProject', true, undefined, '是'],
    ['active', false, undefined, '否'],
    ['name', null, undefined, '—'],
    ['note', '', undefined, '—'],
    ['deadline', '2025-10-15', undefined, '2025-10-15'],
    ['status', 'submitted', 'target', '待主管部门审核'],
    ['status', 'nonsense', 'target', 'nonsense'],
    ['role', 'finance', undefined, '财政局'],
    ['experts', [3, 5, 8], undefined, '3、5、8'],
    ['scores', { a: 1, b: 2 }, undefined, '{"a":1,"b":2}'],
  ])('%s = %j (%s) → %s', (key, value, entity, text) => {
    expect(formatAuditValue(key, value, entity)).toBe(text);
  });

  it('shows an instant in local time without seconds and cuts long nested values', () => {
    expect(formatAuditValue('submittedAt', '2025-03-20T02:00:00.000Z')).toMatch(/^2025-03-2\d \d\d:00$/);
    const long = formatAuditValue('framework', { items: Array.from({ length: 50 }, (_, i) => ({ code: `k${i}` })) });
    expect(long.length).toBe(160);
    expect(long.endsWith('…')).toBe(true);
  });
});

describe('auditChanges', () => {
  it('lists only the keys that changed, labelled in Chinese, in their order', () => {
    const before = { id: 7, name: '旧名称', status: 'draft', requestedAmount: 100_00, tags: ['a'], version: 1 };
    const after = { id: 7, name: '新名称', status: 'submitted', requestedAmount: 100_00, tags: ['a'], version: 2 };
    expect(auditChanges(before, after, 'target')).toEqual([
      { key: 'name', label: '名称', before: '旧名称', after: '新名称' },
      { key: 'status', label: '状态', before: '草稿', after: '待主管部门审核' },
      { key: 'version', label: '版本', before: '1', after: '2' },
    ]);
  });

  it('compares nested values deeply, whatever their key order', () => {
    const same = auditChanges({ scores: { a: 1, b: { c: 2 } } }, { scores: { b: { c: 2 }, a: 1 } });
    expect(same).toEqual([]);
    const changed = auditChanges({ scores: { a: 1 } }, { scores: { a: 2 } });
    expect(changed).toEqual([{ key: 'scores', label: 'scores', before: '{"a":1}', after: '{"a":2}' }]);
  });

  it('shows a created document with an empty before and skips fields empty on both sides', () => {
    expect(auditChanges(null, { name: '项目', note: null, keyProject: false })).toEqual([
      { key: 'name', label: '名称', before: '—', after: '项目' },
      { key: 'keyProject', label: '重点项目', before: '—', after: '否' },
    ]);
    expect(auditChanges({ name: '项目' }, null)).toEqual([{ key: 'name', label: '名称', before: '项目', after: '—' }]);
    expect(auditChanges(null, undefined)).toEqual([]);
  });

  it('says a field was not recorded when one side only records some fields', () => {
    expect(auditChanges({ status: 'draft' }, { status: 'submitted', annualGoal: '目标' }, 'target')).toEqual([
      { key: 'status', label: '状态', before: '草稿', after: '待主管部门审核' },
      { key: 'annualGoal', label: '年度绩效目标', before: '（未记录）', after: '目标' },
    ]);
  });

  it('treats a value that is not an object as one change named 内容', () => {
    expect(auditChanges([1, 2], [1, 3])).toEqual([{ key: '', label: '内容', before: '1、2', after: '1、3' }]);
    expect(auditChanges([1, 2], [1, 2])).toEqual([]);
  });
});
