import { eq } from 'drizzle-orm';
import type { TAnnualFigures } from '../../../../core/contracts/reports';
import { regions } from '../../../db/schema/index';
import type { DbOrTx } from '../../../platform/db/client';
import { stampCached } from '../../../platform/stamp-cache';
import { frameworkFigures } from './framework';
import { exAnteFigures, indicatorFigures, monitoringFigures, rectificationFigures, reviewFigures } from './loop';
import { keyEvaluationSummary, recoveryFen, resultsCutFen } from './owned';

/**
 * Every figure of the annual report for a region and work year, computed from rows: once per change of the
 * region's rows (stamp-cache), the region's name (table region, not stamped) read each time.
 */
export async function annualFigures(db: DbOrTx, regionCode: string, year: number): Promise<TAnnualFigures> {
  const [region] = await db.select({ name: regions.name }).from(regions).where(eq(regions.code, regionCode));
  const figures = await stampCached(db, regionCode, null, `annual|${year}`, () => rowFigures(db, regionCode, year));
  return { ...figures, regionName: region?.name ?? regionCode };
}

async function rowFigures(db: DbOrTx, regionCode: string, year: number): Promise<Omit<TAnnualFigures, 'regionName'>> {
  const fw = await frameworkFigures(db, regionCode, year);
  const exAnte = await exAnteFigures(db, regionCode, year);
  const review = await reviewFigures(db, regionCode, year);
  const monitoring = await monitoringFigures(db, regionCode, year);
  const key = await keyEvaluationSummary(db, regionCode, year);
  const indicators = await indicatorFigures(db, regionCode, year);
  const rect = await rectificationFigures(db, regionCode, year);
  return {
    year,
    ...fw,
    exAnteProjects: exAnte.projects,
    exAnteCutFen: exAnte.cut,
    reviewUnits: review.units,
    reviewSuggestions: review.suggestions,
    reviewReturned: review.returnedUnits,
    monitoredProjects: monitoring.projects,
    monitoringRounds: monitoring.rounds,
    recoveryFen: await recoveryFen(db, regionCode, year),
    keyEvaluations: key.total,
    keyEvaluationKinds: key.kinds,
    keyEvaluationBudgetTypes: key.budgetTypes,
    indicatorFields: indicators.fields,
    indicatorCount: indicators.indicators,
    nextYear: year + 1,
    rectificationTotal: rect.total,
    rectificationClosed: rect.closed,
    resultsCutFen: await resultsCutFen(db, regionCode, year),
  };
}
