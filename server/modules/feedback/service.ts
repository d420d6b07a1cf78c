import { and, count, desc, eq, type SQL, sql } from 'drizzle-orm';
import { businessDate } from '../../../core/business-time';
import type { TFeedbackAnswer, TFeedbackListQuery } from '../../../core/contracts/feedback';
import type { LoopStage } from '../../../core/enums';
import { feedbackTickets, orgUnits } from '../../db/schema/index';
import { audit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import { registerDocument } from '../../platform/documents';
import { AppError, found } from '../../platform/errors';
import { closeTasks, openTask } from '../../platform/inbox';
import { containsAny } from '../../platform/like';
import { assertRole } from '../../platform/policy';
import { scopeWhere } from '../../platform/scope';
import { assertVersion, write } from '../../platform/tx';
import { canAnswer, FEEDBACK_TRANSITIONS, feedbackActions } from './policy';

const ENTITY = 'feedbackTicket';

const scope = (ctx: Ctx) =>
  scopeWhere(ctx.actor, {
    region: feedbackTickets.regionCode,
    department: feedbackTickets.departmentId,
    unit: feedbackTickets.unitId,
  });

const responseHours = sql<
  number | null
>`case when ${feedbackTickets.answeredAt} is null then null else round(extract(epoch from (${feedbackTickets.answeredAt} - ${feedbackTickets.raisedAt})) / 3600.0, 1) end`.mapWith(
  (v) => (v === null ? null : Number(v)),
);

const columns = {
  id: feedbackTickets.id,
  year: feedbackTickets.year,
  unitId: feedbackTickets.unitId,
  unitName: orgUnits.name,
  stage: feedbackTickets.stage,
  title: feedbackTickets.title,
  question: feedbackTickets.question,
  status: feedbackTickets.status,
  answer: feedbackTickets.answer,
  answeredAt: feedbackTickets.answeredAt,
  answeredByName: feedbackTickets.answeredByName,
  published: feedbackTickets.published,
  ruleChange: feedbackTickets.ruleChange,
  ruleChangeNote: feedbackTickets.ruleChangeNote,
  raisedByName: feedbackTickets.raisedByName,
  raisedAt: feedbackTickets.raisedAt,
  responseHours,
  version: feedbackTickets.version,
};

async function findTicket(ctx: Ctx, id: number) {
  const [row] = await ctx.db
    .select(columns)
    .from(feedbackTickets)
    .innerJoin(orgUnits, eq(orgUnits.id, feedbackTickets.unitId))
    .where(and(scope(ctx), eq(feedbackTickets.id, id)));
  return row;
}

registerDocument(ENTITY, {
  label: '难点堵点反馈',
  canRead: async (ctx, id) => !!(await findTicket(ctx, id)),
  canAttach: async (ctx, id) => !!(await findTicket(ctx, id)) && ctx.actor.role !== 'leader',
});

export async function listFeedback(ctx: Ctx, q: TFeedbackListQuery) {
  const conds: (SQL | undefined)[] = [scope(ctx)];
  if (q.year) conds.push(eq(feedbackTickets.year, q.year));
  if (q.status) conds.push(eq(feedbackTickets.status, q.status));
  if (q.stage) conds.push(eq(feedbackTickets.stage, q.stage));
  if (q.q) conds.push(containsAny(q.q, [feedbackTickets.title, feedbackTickets.question, orgUnits.name]));
  const where = and(...conds);
  const items = await ctx.db
    .select(columns)
    .from(feedbackTickets)
    .innerJoin(orgUnits, eq(orgUnits.id, feedbackTickets.unitId))
    .where(where)
    .orderBy(desc(feedbackTickets.raisedAt), desc(feedbackTickets.id))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  const [total] = await ctx.db
    .select({ n: count() })
    .from(feedbackTickets)
    .innerJoin(orgUnits, eq(orgUnits.id, feedbackTickets.unitId))
    .where(where);
  const [stats] = await ctx.db
    .select({
      open: sql<number>`count(*) filter (where ${feedbackTickets.status} = 'open')`.mapWith(Number),
      avgResponseHours: sql<
        number | null
      >`round(avg(extract(epoch from (${feedbackTickets.answeredAt} - ${feedbackTickets.raisedAt})) / 3600.0), 1)`.mapWith(
        (v) => (v === null ? null : Number(v)),
      ),
      ruleChanges: sql<number>`count(*) filter (where ${feedbackTickets.ruleChange})`.mapWith(Number),
    })
    .from(feedbackTickets)
    .innerJoin(orgUnits, eq(orgUnits.id, feedbackTickets.unitId))
    .where(where);
  return { items, total: total.n, stats };
}

export async function getFeedback(ctx: Ctx, id: number) {
  const row = found(await findTicket(ctx, id), '反馈');
  return { ...row, allowedActions: feedbackActions(ctx.actor, row) };
}

/** A unit raises a difficulty; finance gets a to-do. */
export async function raiseFeedback(ctx: Ctx, input: { stage: LoopStage; title: string; question: string }) {
  assertRole(ctx.actor, ['unit'], '提交难点堵点反馈');
  const unitId = found(ctx.actor.unitId, '所属预算单位');
  return write(ctx, async (tx) => {
    const [row] = await tx
      .insert(feedbackTickets)
      .values({
        ...input,
        regionCode: ctx.actor.regionCode,
        year: Number(businessDate().slice(0, 4)),
        unitId,
        departmentId: ctx.actor.departmentId ?? unitId,
        raisedBy: ctx.actor.userId,
        raisedByName: ctx.actor.displayName,
      })
      .returning({ id: feedbackTickets.id });
    await openTask(tx, {
      regionCode: ctx.actor.regionCode,
      kind: 'feedbackAnswer',
      title: `答复难点堵点反馈：${input.title}`,
      entity: ENTITY,
      entityId: row.id,
      link: `/framework/feedback?id=${row.id}`,
      assigneeRole: 'finance',
    });
    await audit(tx, ctx, { entity: ENTITY, entityId: row.id, action: 'create', after: input });
    return row;
  });
}

function assertTransition(action: keyof typeof FEEDBACK_TRANSITIONS, status: string) {
  const t = FEEDBACK_TRANSITIONS[action];
  if (!(t.from as readonly string[]).includes(status))
    throw new AppError('INVALID_TRANSITION', '当前状态不能执行该操作');
  return t.to;
}

/** Finance answers (or amends an answer); may publish it to the FAQ and record a rule change. */
export async function answerFeedback(ctx: Ctx, id: number, input: TFeedbackAnswer) {
  if (!canAnswer(ctx.actor)) throw new AppError('FORBIDDEN', '只有财政部门可以答复反馈');
  const before = found(await findTicket(ctx, id), '反馈');
  const to = assertTransition('answer', before.status);
  assertVersion(before.version, input.version);
  return write(ctx, async (tx) => {
    const after = {
      status: to,
      answer: input.answer,
      published: input.publish,
      ruleChange: input.ruleChange,
      ruleChangeNote: input.ruleChange ? input.ruleChangeNote : null,
    };
    await tx
      .update(feedbackTickets)
      .set({
        ...after,
        answeredAt: before.answeredAt ?? new Date().toISOString(),
        answeredBy: ctx.actor.userId,
        answeredByName: ctx.actor.displayName,
        version: before.version + 1,
        updatedAt: new Date().toISOString(),
      })
      .where(eq(feedbackTickets.id, id));
    await closeTasks(tx, { entity: ENTITY, entityId: id, kind: 'feedbackAnswer' }, ctx.actor.userId);
    await audit(tx, ctx, { entity: ENTITY, entityId: id, action: 'answer', before, after });
    return { id, ...after };
  });
}

export async function closeFeedback(ctx: Ctx, id: number, version?: number) {
  if (!canAnswer(ctx.actor)) throw new AppError('FORBIDDEN', '只有财政部门可以关闭反馈');
  const before = found(await findTicket(ctx, id), '反馈');
  const to = assertTransition('close', before.status);
  assertVersion(before.version, version);
  return write(ctx, async (tx) => {
    await tx
      .update(feedbackTickets)
      .set({ status: to, version: before.version + 1, updatedAt: new Date().toISOString() })
      .where(eq(feedbackTickets.id, id));
    await audit(tx, ctx, {
      entity: ENTITY,
      entityId: id,
      action: 'close',
      before: { status: before.status },
      after: { status: to },
    });
    return { id, status: to };
  });
}

export async function publishFeedback(ctx: Ctx, id: number, published: boolean, version?: number) {
  if (!canAnswer(ctx.actor)) throw new AppError('FORBIDDEN', '只有财政部门可以发布问答');
  const before = found(await findTicket(ctx, id), '反馈');
  if (before.status === 'open') throw new AppError('INVALID_TRANSITION', '答复后才能发布到常见问题');
  assertVersion(before.version, version);
  return write(ctx, async (tx) => {
    await tx
      .update(feedbackTickets)
      .set({ published, version: before.version + 1, updatedAt: new Date().toISOString() })
      .where(eq(feedbackTickets.id, id));
    await audit(tx, ctx, { entity: ENTITY, entityId: id, action: published ? 'publish' : 'unpublish' });
    return { id, published };
  });
}

/** Published answers of the region: the FAQ every unit can search (no unit names shown). */
export async function listFaq(ctx: Ctx, q: { q?: string; stage?: LoopStage; page: number; pageSize: number }) {
  const where = and(
    eq(feedbackTickets.regionCode, ctx.actor.regionCode),
    eq(feedbackTickets.published, true),
    q.stage ? eq(feedbackTickets.stage, q.stage) : undefined,
    q.q ? containsAny(q.q, [feedbackTickets.title, feedbackTickets.question, feedbackTickets.answer]) : undefined,
  );
  const items = await ctx.db
    .select({
      id: feedbackTickets.id,
      stage: feedbackTickets.stage,
      title: feedbackTickets.title,
      question: feedbackTickets.question,
      answer: feedbackTickets.answer,
      answeredAt: feedbackTickets.answeredAt,
    })
    .from(feedbackTickets)
    .where(where)
    .orderBy(feedbackTickets.stage, desc(feedbackTickets.answeredAt))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  const [total] = await ctx.db.select({ n: count() }).from(feedbackTickets).where(where);
  return { items, total: total.n };
}
