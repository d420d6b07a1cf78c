import { useEffect, useState } from 'react';
import { api } from '../api/request';

export interface FieldRef {
  code: string;
  name: string;
  /** false once the admin disables the field: kept for filters and old records, not offered for new entries */
  active?: boolean;
}

/** The key fields (code → name) for labels and filters. */
export function useFields() {
  const [fields, setFields] = useState<FieldRef[]>([]);
  useEffect(() => void api.get<FieldRef[]>('/api/org/fields').then(setFields, () => undefined), []);
  return fields;
}

/** Select options: every field for filters and edits of old records; only active ones for a new record. */
export function fieldOptions(fields: FieldRef[], newRecord = false) {
  return fields.filter((f) => !newRecord || f.active !== false).map((f) => ({ value: f.code, label: f.name }));
}
