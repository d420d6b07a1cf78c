import { type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../platform/db/client';
import { trainingTotalsSql } from '../../trainings/service';
import { num, oneRowEach } from './one-row';

/** 制度体系 parts, each a one-row subquery: documents issued or revised, trainings (not cancelled), feedback. */
export function frameworkParts(regionCode: string, year: number): Record<'documents' | 'trainings' | 'feedback', SQL> {
  return {
    documents: sql`select count(*) as n from policy_document
      where region_code = ${regionCode} and is_current = true
        and issued_on >= ${`${year}-01-01`} and issued_on <= ${`${year}-12-31`}`,
    trainings: trainingTotalsSql(regionCode, year),
    feedback: sql`select count(*) as total, count(*) filter (where status <> 'open') as answered
      from feedback_ticket where region_code = ${regionCode} and year = ${year}`,
  };
}

/** The 制度体系 figures from the rows of those parts. */
export function frameworkFrom(r: Record<'documents' | 'trainings' | 'feedback', Record<string, unknown>>) {
  return {
    policyDocuments: num(r.documents, 'n'),
    trainingSessions: num(r.trainings, 'sessions'),
    trainingUnits: num(r.trainings, 'units'),
    feedbackTickets: num(r.feedback, 'total'),
    feedbackAnswered: num(r.feedback, 'answered'),
  };
}

/** 制度体系 figures of a work year: documents issued or revised, trainings (not cancelled) and units reached, feedback. */
export async function frameworkFigures(db: DbOrTx, regionCode: string, year: number) {
  return frameworkFrom(await oneRowEach(db, frameworkParts(regionCode, year)));
}
