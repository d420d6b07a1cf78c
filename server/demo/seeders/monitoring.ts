/**
 * Demo monitoring (双监控) for 2025: Q1 and Q2 closed and approved, Q3 open and mostly approved; every
 * in-scope 2025 project filled in every round (full coverage), cumulative payments growing by quarter,
 * indicator progress giving a realistic spread of warnings, and recoveries adding up to exactly 405.78万元.
 * Set-based: a few inserts and one UPDATE per table per round; warnings come from the pure rules.
 */
import { eq, sql } from 'drizzle-orm';
import type { WarningColor } from '../../../core/rules/monitoring/index';
import {
  monitoringDisposals,
  monitoringKeyRecords,
  monitoringPaymentHolds,
  monitoringRounds,
  projects,
} from '../../db/schema/index';
import { suspendPayments } from '../../modules/monitoring/payment-holds';
import { populateRound } from '../../modules/monitoring/repo';
import { calcEntry, calcIndicator } from '../../modules/monitoring/warning-calc';
import { getRules } from '../../modules/rule-sets/service';
import { seedFinanceActor } from './seed-actor';
import type { SeedContext } from './types';

const YEAR = 2025;
/** 405.78万元 in 分: the seed report's recovered total. */
export const DEMO_RECOVERY_TOTAL = 405_780_000;
/**
 * When finance disposed of the Q3 findings: after the round's deadline (10-15) and the last approvals (≤ 10-17), so
 * 处置记录 and the payment hold read as 2025 work, not as the moment the demo was loaded.
 */
const Q3_DISPOSED_AT = `${YEAR}-10-24T10:00:00+08:00`;

interface EntryRow {
  id: number;
  round_id: number;
  project_id: number;
  department_id: number;
  adjusted_budget: string;
}
interface IndicatorRow {
  id: number;
  entry_id: number;
  operator: string;
  target_number: string | null;
  unit: string;
}

const between = (r: () => number, lo: number, hi: number) => lo + r() * (hi - lo);

/** Pace factor of a project's spending relative to time progress: mostly on pace, some slow, a few stalled. */
function paceOf(r: () => number) {
  const x = r();
  if (x < 0.05) return between(r, 0.3, 0.55);
  if (x < 0.17) return between(r, 0.63, 0.78);
  return between(r, 0.85, 1.15);
}

export async function seedMonitoring(s: SeedContext) {
  const { tx, regionCode, random } = s;
  const finance = s.userIds.get('finance') ?? null;
  const rounds = await tx
    .insert(monitoringRounds)
    .values(
      [1, 2, 3].map((q) => ({
        regionCode,
        year: YEAR,
        periodKind: 'quarter',
        period: q,
        month: q * 3,
        name: `${YEAR}年第${['一', '二', '三'][q - 1]}季度`,
        deadline: `${YEAR}-${String(q * 3 + 1).padStart(2, '0')}-15`,
        status: q < 3 ? 'closed' : 'open',
        createdBy: finance,
        closedAt: q < 3 ? `${YEAR}-${String(q * 3 + 1).padStart(2, '0')}-20T09:00:00+08:00` : null,
      })),
    )
    .returning();
  for (const round of rounds) await populateRound(tx, round);
  const entries = (
    await tx.execute(sql`select e.id, e.round_id, e.project_id, e.department_id, e.adjusted_budget
      from monitoring_entry e join monitoring_round r on r.id = e.round_id
      where r.region_code = ${regionCode} and r.year = ${YEAR} order by e.project_id, r.month`)
  ).rows as unknown as EntryRow[];
  if (entries.length === 0) return;
  const indicators = (
    await tx.execute(sql`select m.id, m.entry_id, ti.operator, ti.target_number, ti.unit
      from monitoring_indicator m join target_indicator ti on ti.id = m.target_indicator_id
      join monitoring_entry e on e.id = m.entry_id join monitoring_round r on r.id = e.round_id
      where r.region_code = ${regionCode} and r.year = ${YEAR} order by m.id`)
  ).rows as unknown as IndicatorRow[];
  const monthOf = new Map(rounds.map((r) => [r.id, r.month]));
  const pace = new Map<number, number>();
  const entryOut: { id: number; fr: number; pd: number; ab: number; st: string; at: string }[] = [];
  const roundOf = new Map(entries.map((e) => [e.id, e.round_id]));
  const rules = await getRules(tx, regionCode, YEAR, 'monitoring');
  for (const e of entries) {
    if (!pace.has(e.project_id)) pace.set(e.project_id, paceOf(random));
    const month = monthOf.get(e.round_id) ?? 3;
    const budget = Number(e.adjusted_budget);
    const ratio = Math.min(1, (month / 12) * (pace.get(e.project_id) ?? 1) * between(random, 0.97, 1.03));
    const paid = Math.round((budget * ratio) / 100) * 100;
    const received = Math.min(
      budget,
      Math.max(paid, Math.round((budget * Math.min(1, month / 12 + 0.15)) / 100) * 100),
    );
    const last = month === 9;
    const x = random();
    const status = !last || x < 0.9 ? 'approved' : x < 0.96 ? 'departmentApproved' : 'submitted';
    const at = `${YEAR}-${String(month + 1).padStart(2, '0')}-${String(5 + Math.floor(random() * 8)).padStart(2, '0')}T10:00:00+08:00`;
    entryOut.push({ id: e.id, fr: received, pd: Math.min(paid, budget), ab: budget, st: status, at });
  }
  const progress = indicatorProgress(indicators, entries, monthOf, random);
  const colorsOf = new Map<number, (WarningColor | null)[]>();
  const indicatorOut = progress.map((p, i) => {
    const r = indicators[i];
    const month = monthOf.get(roundOf.get(r.entry_id) ?? 0) ?? 3;
    const target = r.target_number === null ? null : Number(r.target_number);
    const c = calcIndicator(
      { operator: r.operator, targetNumber: target, currentValue: p.cv, likelihood: p.lk },
      month,
      rules,
    );
    colorsOf.set(r.entry_id, [...(colorsOf.get(r.entry_id) ?? []), c.color]);
    return { ...p, cl: c.color, v: c.v };
  });
  for (const e of entryOut) {
    const month = monthOf.get(roundOf.get(e.id) ?? 0) ?? 3;
    Object.assign(e, calcEntry({ adjustedBudget: e.ab, paid: e.pd }, colorsOf.get(e.id) ?? [], month, rules));
  }
  await tx.execute(sql`update monitoring_entry m
    set funds_received = u.fr, paid = u.pd, status = u.st, filled_at = u.at::timestamptz, submitted_at = u.at::timestamptz,
        approved_at = case when u.st = 'approved' then u.at::timestamptz + interval '5 days' end,
        execution_color = u."executionColor", execution_v = u."executionV", indicator_color = u."indicatorColor",
        warning_color = u."warningColor"
    from jsonb_to_recordset(${JSON.stringify(entryOut)}::jsonb) as u(id int, fr bigint, pd bigint, st text, at text,
      "executionColor" text, "executionV" numeric, "indicatorColor" text, "warningColor" text)
    where m.id = u.id`);
  await tx.execute(sql`update monitoring_indicator m
    set current_value = u.cv, expected_value = u.ev, current_text = u.ct, likelihood = u.lk, reasons = u.rs, note = u.nt,
        color = u.cl, v = u.v
    from jsonb_to_recordset(${JSON.stringify(indicatorOut)}::jsonb)
      as u(id int, cv numeric, ev numeric, ct text, lk text, rs jsonb, nt text, cl text, v numeric)
    where m.id = u.id`);
  await seedRecoveries(s, rounds[2].id);
  await seedKeyRecords(s);
}

/** Progress of each indicator: on pace mostly, some lagging with reasons, a few impossible, a few over target. */
function indicatorProgress(
  rows: IndicatorRow[],
  entries: EntryRow[],
  monthOf: Map<number, number>,
  random: () => number,
) {
  const entryById = new Map(entries.map((e) => [e.id, e]));
  const lag = new Map<string, number>();
  return rows.map((r) => {
    const e = entryById.get(r.entry_id);
    const month = monthOf.get(e?.round_id ?? 0) ?? 3;
    const key = `${e?.project_id}-${r.operator}-${r.target_number}-${r.unit}-${r.id % 7}`;
    const target = r.target_number === null ? null : Number(r.target_number);
    const base = { id: r.id, ct: '', lk: 'certain', rs: [] as string[], nt: '' };
    if (r.operator === '定性' || target === null) return { ...base, cv: null, ev: null, ct: '按计划推进，进展顺利' };
    if (r.operator === '≤' || r.operator === '<') {
      const cv = Math.round(target * between(random, 0.85, 1.1) * 100) / 100;
      return { ...base, cv, ev: cv };
    }
    if (!lag.has(key)) {
      const x = random();
      lag.set(key, x < 0.015 ? 0.45 : x < 0.07 ? 0.7 : x < 0.1 ? 1.6 : between(random, 0.9, 1.15));
    }
    const factor = lag.get(key) ?? 1;
    const rate = r.unit === '%' || r.unit === '分';
    const progress = rate ? Math.min(factor, 1) : Math.min(factor * (month / 12), factor >= 1.5 ? 1.3 : 1);
    const cv = Math.round(target * (rate ? Math.max(progress, 0.6) : progress) * 100) / 100;
    const ev = Math.round(target * Math.min(factor, 1.3) * 100) / 100;
    if (factor < 0.5 && month === 9 && random() < 0.5) {
      return {
        ...base,
        cv,
        ev,
        lk: 'impossible',
        rs: ['funding', 'system'],
        nt: '项目前期手续办理滞后，资金拨付延迟，年内无法完成',
      };
    }
    if (factor < 0.8)
      return { ...base, cv, ev, lk: 'possible', rs: ['staff'], nt: '实施单位人员调整，进度有所滞后，四季度加快推进' };
    return { ...base, cv, ev };
  });
}

/** Recoveries of low-efficiency projects after Q3, exactly 405.78万元, each ≤ the unpaid balance. */
async function seedRecoveries(s: SeedContext, q3: number) {
  const { tx, regionCode } = s;
  const candidates = (
    await tx.execute(sql`select e.id, e.project_id, e.unit_id, e.department_id, p.adjusted_amount, e.paid
      from monitoring_entry e join project p on p.id = e.project_id
      where e.round_id = ${q3} and p.adjusted_amount - e.paid >= 2000000
      order by (e.execution_color = 'red') desc, (e.execution_color = 'yellow') desc, e.execution_v, e.id`)
  ).rows as unknown as {
    id: number;
    project_id: number;
    unit_id: number;
    department_id: number;
    adjusted_amount: string;
    paid: string;
  }[];
  const lowEfficiency = candidates.slice(0, 40);
  const seenDept = new Set<number>();
  const picked = lowEfficiency.filter((c) => (seenDept.has(c.department_id) ? false : seenDept.add(c.department_id)));
  const pool = [...picked, ...lowEfficiency.filter((c) => !picked.includes(c))].slice(0, 9);
  const cap = (c: (typeof candidates)[number]) =>
    Math.floor(((Number(c.adjusted_amount) - Number(c.paid)) * 0.8) / 100) * 100;
  const amounts = new Map<(typeof candidates)[number], number>();
  const shares = [0.2, 0.16, 0.14, 0.12, 0.11, 0.09, 0.08, 0.06, 0.04];
  let remaining = DEMO_RECOVERY_TOTAL;
  for (const [i, c] of pool.entries()) {
    const amount = Math.min(Math.round((DEMO_RECOVERY_TOTAL * (shares[i] ?? 0)) / 100) * 100, remaining, cap(c));
    amounts.set(c, amount);
    remaining -= amount;
  }
  // Whatever the shares could not place goes to the same projects (then any other) up to their caps.
  for (const c of [...pool, ...candidates]) {
    if (remaining <= 0) break;
    const extra = Math.min(remaining, cap(c) - (amounts.get(c) ?? 0));
    if (extra > 0) {
      amounts.set(c, (amounts.get(c) ?? 0) + extra);
      remaining -= extra;
    }
  }
  const rows: (typeof monitoringDisposals.$inferInsert)[] = [...amounts.entries()]
    .filter(([, amount]) => amount > 0)
    .map(([c, amount]) => ({
      regionCode,
      year: YEAR,
      roundId: q3,
      entryId: c.id,
      projectId: c.project_id,
      unitId: c.unit_id,
      departmentId: c.department_id,
      kind: 'recoverFunds',
      amount,
      budgetBefore: Number(c.adjusted_amount),
      budgetAfter: Number(c.adjusted_amount) - amount,
      reason: '资金使用效率偏低、执行进度严重滞后，按程序收回部分预算资金',
      approver: '区财政局党组会议',
      createdBy: s.userIds.get('finance') ?? null,
      createdByName: '财政局绩效科',
      createdAt: Q3_DISPOSED_AT,
    }));
  if (rows.length === 0) return;
  await tx.insert(monitoringDisposals).values(rows);
  for (const r of rows) {
    await tx
      .update(projects)
      .set({ adjustedAmount: sql`${projects.adjustedAmount} - ${r.amount ?? 0}` })
      .where(eq(projects.id, r.projectId));
  }
  const held = candidates.find((c) => !amounts.has(c));
  if (held) await seedPaymentHold(s, q3, held);
}

/** The most lagging project not recovered from: payments suspended pending its unit's rectification (暂停拨款). */
async function seedPaymentHold(
  s: SeedContext,
  q3: number,
  c: { id: number; project_id: number; unit_id: number; department_id: number },
) {
  const finance = await seedFinanceActor(s);
  if (!finance) return;
  const reason = '执行进度严重滞后且未说明原因，暂停拨款，待整改到位后恢复';
  const [disposal] = await s.tx
    .insert(monitoringDisposals)
    .values({
      regionCode: s.regionCode,
      year: YEAR,
      roundId: q3,
      entryId: c.id,
      projectId: c.project_id,
      unitId: c.unit_id,
      departmentId: c.department_id,
      kind: 'suspendPayments',
      reason,
      approver: '区财政局',
      createdBy: finance.actor.userId,
      createdByName: finance.actor.displayName,
      createdAt: Q3_DISPOSED_AT,
    })
    .returning();
  const hold = await suspendPayments(s.tx, finance, {
    year: YEAR,
    projectId: c.project_id,
    unitId: c.unit_id,
    departmentId: c.department_id,
    entryId: c.id,
    disposalId: disposal.id,
    reason,
  });
  await s.tx
    .update(monitoringPaymentHolds)
    .set({ createdAt: Q3_DISPOSED_AT, updatedAt: Q3_DISPOSED_AT })
    .where(eq(monitoringPaymentHolds.id, hold.id));
}

/** Monthly entries, notes and a site visit for each key project. */
async function seedKeyRecords(s: SeedContext) {
  const { tx, regionCode, random } = s;
  const keys = await tx
    .select({
      id: projects.id,
      unitId: projects.unitId,
      departmentId: projects.departmentId,
      budget: projects.adjustedAmount,
    })
    .from(projects)
    .where(sql`${projects.regionCode} = ${regionCode} and ${projects.year} = ${YEAR} and ${projects.keyProject}`);
  const rows: (typeof monitoringKeyRecords.$inferInsert)[] = [];
  for (const p of keys) {
    const base = { regionCode, projectId: p.id, year: YEAR, unitId: p.unitId, departmentId: p.departmentId };
    const pace = between(random, 0.6, 1.1);
    for (let m = 1; m <= 9; m++) {
      const paid = Math.round(((p.budget ?? 0) * Math.min(1, (m / 12) * pace)) / 100) * 100;
      rows.push({
        ...base,
        kind: 'monthly',
        month: m,
        paid,
        content: `${m}月累计支付，按合同节点推进`,
        createdByName: '预算单位',
        createdAt: `${YEAR}-${String(m + 1).padStart(2, '0')}-05T10:00:00+08:00`,
      });
    }
    const visitDate = `${YEAR}-07-${String(10 + Math.floor(random() * 15))}`;
    rows.push({
      ...base,
      kind: 'siteVisit',
      visitDate,
      participants: '财政局绩效科、主管部门',
      content: '实地查看项目现场，核对合同及支付凭证，进度与填报基本一致。',
      createdByName: '财政局绩效科',
      createdAt: `${visitDate}T17:00:00+08:00`,
    });
    rows.push({
      ...base,
      kind: 'note',
      content: '请加快支付进度，四季度前完成主要建设内容。',
      createdByName: '财政局绩效科',
      createdAt: `${YEAR}-09-20T10:00:00+08:00`,
    });
  }
  if (rows.length) await tx.insert(monitoringKeyRecords).values(rows);
}
