import { eq } from 'drizzle-orm';
import type { TAnnualFigures } from '../../../../core/contracts/reports';
import { regions } from '../../../db/schema/index';
import type { DbOrTx } from '../../../platform/db/client';
import { stampCached } from '../../../platform/stamp-cache';
import { frameworkFrom, frameworkParts } from './framework';
import { loopParts } from './loop';
import { num, oneRowEach } from './one-row';
import { keyEvaluationsFrom, ownedParts } from './owned';

/**
 * Every figure of the annual report for a region and work year, computed from rows: once per change of the
 * region's rows (stamp-cache), the region's name (table region, not stamped) read each time.
 */
export async function annualFigures(db: DbOrTx, regionCode: string, year: number): Promise<TAnnualFigures> {
  const [region] = await db.select({ name: regions.name }).from(regions).where(eq(regions.code, regionCode));
  const figures = await stampCached(db, regionCode, null, `annual|${year}`, () => rowFigures(db, regionCode, year));
  return { ...figures, regionName: region?.name ?? regionCode };
}

/** One prepared statement: every part a one-row subquery (twelve round trips before, each planned every time). */
async function rowFigures(db: DbOrTx, regionCode: string, year: number): Promise<Omit<TAnnualFigures, 'regionName'>> {
  const r = await oneRowEach(
    db,
    { ...frameworkParts(regionCode, year), ...loopParts(regionCode, year), ...ownedParts(regionCode, year) },
    'annual_figures',
  );
  const key = keyEvaluationsFrom(r.keyEvaluations);
  return {
    year,
    ...frameworkFrom(r),
    exAnteProjects: num(r.exAnte, 'projects'),
    exAnteCutFen: num(r.exAnte, 'cut'),
    reviewUnits: num(r.findings, 'units'),
    reviewSuggestions: num(r.findings, 'suggestions'),
    reviewReturned: num(r.samples, 'returnedUnits'),
    monitoredProjects: num(r.monitoring, 'projects'),
    monitoringRounds: num(r.monitoring, 'rounds'),
    recoveryFen: num(r.recovered, 'total'),
    keyEvaluations: key.total,
    keyEvaluationKinds: key.kinds,
    keyEvaluationBudgetTypes: key.budgetTypes,
    indicatorFields: num(r.indicators, 'fields'),
    indicatorCount: num(r.indicators, 'indicators'),
    nextYear: year + 1,
    rectificationTotal: num(r.rectification, 'total'),
    rectificationClosed: num(r.rectification, 'closed'),
    resultsCutFen: num(r.resultsCut, 'cut'),
  };
}
