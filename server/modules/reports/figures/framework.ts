import { and, eq, gte, lte, sql } from 'drizzle-orm';
import { feedbackTickets, policyDocuments } from '../../../db/schema/index';
import type { DbOrTx } from '../../../platform/db/client';
import { trainingTotals } from '../../trainings/service';

/** 制度体系 figures of a work year: documents issued or revised, trainings (not cancelled) and units reached, feedback. */
export async function frameworkFigures(db: DbOrTx, regionCode: string, year: number) {
  const [docs] = await db
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(policyDocuments)
    .where(
      and(
        eq(policyDocuments.regionCode, regionCode),
        eq(policyDocuments.isCurrent, true),
        gte(policyDocuments.issuedOn, `${year}-01-01`),
        lte(policyDocuments.issuedOn, `${year}-12-31`),
      ),
    );
  const train = await trainingTotals(db, regionCode, year);
  const [fb] = await db
    .select({
      total: sql<number>`count(*)`.mapWith(Number),
      answered: sql<number>`count(*) filter (where ${feedbackTickets.status} <> 'open')`.mapWith(Number),
    })
    .from(feedbackTickets)
    .where(and(eq(feedbackTickets.regionCode, regionCode), eq(feedbackTickets.year, year)));
  return {
    policyDocuments: docs?.n ?? 0,
    trainingSessions: train.sessions,
    trainingUnits: train.units,
    feedbackTickets: fb?.total ?? 0,
    feedbackAnswered: fb?.answered ?? 0,
  };
}
