import { and, asc, count, desc, eq, type SQL, sql } from 'drizzle-orm';
import type { TPolicyListQuery } from '../../../core/contracts/policies';
import { policyDocuments } from '../../db/schema/index';
import type { DbOrTx } from '../../platform/db/client';
import { containsAny } from '../../platform/like';

const listColumns = {
  id: policyDocuments.id,
  seriesId: policyDocuments.seriesId,
  versionNo: policyDocuments.versionNo,
  isCurrent: policyDocuments.isCurrent,
  title: policyDocuments.title,
  docNo: policyDocuments.docNo,
  issuer: policyDocuments.issuer,
  issuedOn: policyDocuments.issuedOn,
  category: policyDocuments.category,
  validFrom: policyDocuments.validFrom,
  validTo: policyDocuments.validTo,
  summary: policyDocuments.summary,
  revisionNote: policyDocuments.revisionNote,
  supersededById: policyDocuments.supersededById,
  version: policyDocuments.version,
};

/** One page of documents; a search looks in title, 文号, summary and full text and returns an excerpt. */
export async function findPolicies(db: DbOrTx, regionCode: string, q: TPolicyListQuery, currentOnly: boolean) {
  const conds: SQL[] = [eq(policyDocuments.regionCode, regionCode)];
  if (currentOnly) conds.push(eq(policyDocuments.isCurrent, true));
  if (q.category) conds.push(eq(policyDocuments.category, q.category));
  if (q.q) {
    conds.push(
      containsAny(q.q, [
        policyDocuments.title,
        policyDocuments.docNo,
        policyDocuments.summary,
        policyDocuments.bodyText,
      ]),
    );
  }
  const where = and(...conds);
  const pos = q.q ? sql`strpos(lower(${policyDocuments.bodyText}), lower(${q.q}))` : sql`0`;
  const excerpt = sql<string>`case when ${pos} > 0 then substr(${policyDocuments.bodyText}, greatest(${pos} - 30, 1), 100) else '' end`;
  const items = await db
    .select({ ...listColumns, excerpt })
    .from(policyDocuments)
    .where(where)
    .orderBy(desc(policyDocuments.issuedOn), desc(policyDocuments.id))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  const [total] = await db.select({ n: count() }).from(policyDocuments).where(where);
  return { items: items.map((r) => ({ ...r, seriesId: r.seriesId ?? r.id })), total: total.n };
}

export async function findPolicy(db: DbOrTx, regionCode: string, id: number) {
  const [row] = await db
    .select()
    .from(policyDocuments)
    .where(and(eq(policyDocuments.regionCode, regionCode), eq(policyDocuments.id, id)));
  return row;
}

/** Every version of a document, oldest first. */
export async function findSeries(db: DbOrTx, seriesId: number) {
  return db
    .select(listColumns)
    .from(policyDocuments)
    .where(eq(policyDocuments.seriesId, seriesId))
    .orderBy(asc(policyDocuments.versionNo));
}

/** Whether a current document already carries this 文号 (other than `exceptSeries`). */
export async function docNoTaken(db: DbOrTx, regionCode: string, docNo: string, exceptSeries: number | null) {
  const rows = await db
    .select({ seriesId: policyDocuments.seriesId })
    .from(policyDocuments)
    .where(
      and(
        eq(policyDocuments.regionCode, regionCode),
        eq(policyDocuments.isCurrent, true),
        eq(policyDocuments.docNo, docNo),
      ),
    );
  return rows.some((r) => r.seriesId !== exceptSeries);
}
