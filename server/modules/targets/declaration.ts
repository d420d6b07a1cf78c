import type { Ctx } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { assertRole } from '../../platform/policy';
import { write } from '../../platform/tx';
import { readDeclaration, writeDeclaration } from './excel';
import { TARGET_STEPS } from './policy';
import { getTarget, saveTargetContent } from './service';

export async function exportDeclaration(ctx: Ctx, id: number) {
  const t = await getTarget(ctx, id);
  const buffer = await writeDeclaration({
    year: t.year,
    projectCode: t.project.code,
    projectName: t.project.name,
    unitName: t.project.unitName,
    departmentName: t.project.departmentName,
    requestedAmount: t.project.requestedAmount,
    overallGoal: t.overallGoal,
    annualGoal: t.annualGoal,
    indicators: t.indicators.map((i) => ({ ...i, weight: Number(i.weight) })),
  });
  return { filename: `${t.project.code}绩效目标申报表.xlsx`, buffer };
}

/** Replaces goals and indicators of a draft/returned target from its declaration sheet (same project only). */
export async function importDeclaration(ctx: Ctx, id: number, buffer: Buffer) {
  // scope (404) and role (403) before the file is read; the status is checked by the save itself
  const t = await getTarget(ctx, id);
  assertRole(ctx.actor, TARGET_STEPS.edit.roles, '导入绩效目标申报表');
  const sheet = await readDeclaration(buffer);
  if (sheet.projectCode !== t.project.code) {
    throw new AppError(
      'VALIDATION_FAILED',
      `申报表中的项目编码“${sheet.projectCode}”与当前项目“${t.project.code}”不一致`,
    );
  }
  return write(ctx, (tx) =>
    saveTargetContent(tx, ctx, id, {
      overallGoal: sheet.overallGoal,
      annualGoal: sheet.annualGoal,
      indicators: sheet.indicators,
    }),
  );
}
