import { fail, ok, type RuleResult } from './types.ts';

/** Org position of an expert (work unit and its competent department, when the expert is in the system). */
export interface ExpertParty {
  id: string;
  name?: string;
  unitId?: string | null;
  departmentId?: string | null;
}

/** Org position of the assessed project (owning budget unit and its competent department). */
export interface ProjectParty {
  unitId: string;
  departmentId: string;
}

/** Refuses an expert from the same budget unit or the same competent department as the project (回避). */
export function checkConflict(expert: ExpertParty, project: ProjectParty): RuleResult<true> {
  const who = expert.name ?? expert.id;
  if (expert.unitId && expert.unitId === project.unitId) {
    return fail('CONFLICT_SAME_UNIT', `专家${who}与项目单位属同一单位，应予回避`);
  }
  if (expert.departmentId && expert.departmentId === project.departmentId) {
    return fail('CONFLICT_SAME_DEPARTMENT', `专家${who}与项目属同一主管部门，应予回避`);
  }
  return ok(true);
}
