/** The project sheet both ways: the list export (with period columns) and the empty 项目库导入 template. */
import type { TProjectListQuery, TProjectRow } from '../../../core/contracts/projects';
import type { TProjectSheetRow } from '../../../core/contracts/projects-import';
import type { Ctx } from '../../platform/context';
import { writeSheet } from '../../platform/excel';
import { assertRole } from '../../platform/policy';
import { projectColumns } from './excel';
import { periodsOf } from './import-repo';
import { PROJECT_EDITORS } from './policy';
import { fieldMap } from './refs';
import { listProjects } from './repo';

async function columnsFor(ctx: Ctx) {
  const names = await fieldMap(ctx.db, ctx.actor.regionCode);
  return projectColumns((c) => names.get(c) ?? c);
}

/** The scoped, filtered project list as xlsx (amounts in 万元), in the columns the import reads. */
export async function exportProjects(ctx: Ctx, q: TProjectListQuery) {
  const { items } = await listProjects(ctx.db, ctx.actor, q, true);
  const list = items as TProjectRow[];
  const periods = await periodsOf(
    ctx.db,
    list.map((r) => r.id),
  );
  const rows: TProjectSheetRow[] = list.map((r) => {
    const p = periods.get(r.id);
    return { ...r, startYear: p?.startYear ?? r.year, endYear: p?.endYear ?? r.year, totalAmount: p?.totalAmount ?? 0 };
  });
  return writeSheet('项目库', await columnsFor(ctx), rows);
}

/** The import template: the export's header row without rows. */
export async function projectImportTemplate(ctx: Ctx) {
  assertRole(ctx.actor, PROJECT_EDITORS, '导入项目');
  return writeSheet('项目库', await columnsFor(ctx), []);
}
