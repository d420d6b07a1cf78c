import { and, countDistinct, eq, gte, lte, sql } from 'drizzle-orm';
import { feedbackTickets, policyDocuments, trainingAttendances, trainingSessions } from '../../../db/schema/index';
import type { DbOrTx } from '../../../platform/db/client';

/** 制度体系 figures of a work year: documents issued or revised, trainings and units reached, feedback. */
export async function frameworkFigures(db: DbOrTx, regionCode: string, year: number) {
  const [[docs], [train], [fb]] = await Promise.all([
    db
      .select({ n: sql<number>`count(*)`.mapWith(Number) })
      .from(policyDocuments)
      .where(
        and(
          eq(policyDocuments.regionCode, regionCode),
          eq(policyDocuments.isCurrent, true),
          gte(policyDocuments.issuedOn, `${year}-01-01`),
          lte(policyDocuments.issuedOn, `${year}-12-31`),
        ),
      ),
    db
      .select({ sessions: countDistinct(trainingSessions.id), units: countDistinct(trainingAttendances.unitId) })
      .from(trainingSessions)
      .leftJoin(trainingAttendances, eq(trainingAttendances.sessionId, trainingSessions.id))
      .where(and(eq(trainingSessions.regionCode, regionCode), eq(trainingSessions.year, year))),
    db
      .select({
        total: sql<number>`count(*)`.mapWith(Number),
        answered: sql<number>`count(*) filter (where ${feedbackTickets.status} <> 'open')`.mapWith(Number),
      })
      .from(feedbackTickets)
      .where(and(eq(feedbackTickets.regionCode, regionCode), eq(feedbackTickets.year, year))),
  ]);
  return {
    policyDocuments: docs?.n ?? 0,
    trainingSessions: train?.sessions ?? 0,
    trainingUnits: train?.units ?? 0,
    feedbackTickets: fb?.total ?? 0,
    feedbackAnswered: fb?.answered ?? 0,
  };
}
