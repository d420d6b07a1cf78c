import { useEffect, useState } from 'react';
import { api } from '../api/request';

/** The 12 key fields (code → name) for labels and filters. */
export function useFields() {
  const [fields, setFields] = useState<{ code: string; name: string }[]>([]);
  useEffect(() => void api.get<typeof fields>('/api/org/fields').then(setFields, () => undefined), []);
  return fields;
}
