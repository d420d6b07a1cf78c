import { describe, expect, it } from 'vitest';
import { fieldOptions } from './useFields';

describe('fieldOptions', () => {
  const fields = [
    { code: 'edu', name: '教育', active: true },
    { code: 'old', name: '已停用领域', active: false },
    { code: 'road', name: '交通' },
  ];
  it('offers every field for filters and edits of existing records', () => {
    expect(fieldOptions(fields).map((o) => o.value)).toEqual(['edu', 'old', 'road']);
  });
  it('leaves a field the admin disabled out of the choices for a new record', () => {
    expect(fieldOptions(fields, true)).toEqual([
      { value: 'edu', label: '教育' },
      { value: 'road', label: '交通' },
    ]);
  });
});
