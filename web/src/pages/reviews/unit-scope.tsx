import { Select } from 'antd';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { api } from '../../api/request';
import { useAuth } from '../../app/auth';

// Finance, leaders and departments pick a unit (the unit list is scoped by the server); units see their own rows only.
const UNIT_PICKERS: readonly string[] = ['admin', 'finance', 'department', 'leader'];
/** Who reads review results by unit (单位画像, 自评全覆盖筛查): the bureau, departments and units, not reviewers. */
export const UNIT_RESULT_READERS: readonly string[] = [...UNIT_PICKERS, 'unit'];

/** What the caller does with units on a review list: pick one to filter by, open a unit's profile from its name. */
export function useUnitScope() {
  const { me } = useAuth();
  const role = me?.role ?? '';
  return { picksUnit: UNIT_PICKERS.includes(role), seesProfiles: UNIT_RESULT_READERS.includes(role) };
}

/** The clearable, searchable 预算单位 filter over the budget units the caller may see. */
export function UnitSelect({ value, onChange }: { value?: number; onChange: (unitId: number | undefined) => void }) {
  const [units, setUnits] = useState<{ id: number; name: string }[]>([]);
  useEffect(() => {
    void api.get<typeof units>('/api/org/units', { kind: 'budgetUnit' }).then(setUnits, () => undefined);
  }, []);
  return (
    <Select
      allowClear
      showSearch
      optionFilterProp="label"
      placeholder="预算单位"
      style={{ width: 220 }}
      value={value}
      onChange={(unitId?: number) => onChange(unitId)}
      options={units.map((u) => ({ value: u.id, label: u.name }))}
    />
  );
}

/** A unit's name, opening its 单位画像 when the caller may read it. */
export function UnitProfileLink({ unitId, name, linked }: { unitId: number; name: string; linked: boolean }) {
  return linked ? <Link to={`/evaluation/reviews/units/${unitId}`}>{name}</Link> : name;
}
