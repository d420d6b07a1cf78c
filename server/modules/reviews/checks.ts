import { groupBy } from '../../../core/group-by';
import type { Level1, Level2, Operator, QualitativeLevel } from '../../../core/rules/indicator';
import {
  buildSimilarityIndex,
  type ComparisonText,
  findSimilar,
  findSimilarToIndexed,
  type ReviewInput,
  type ReviewRules,
  runReviewChecks,
} from '../../../core/rules/review/index';
import type { Grade } from '../../../core/rules/scoring/index';
import type { reviewFindings } from '../../db/schema/index';
import type { loadCheckData } from './repo';

type CheckData = NonNullable<Awaited<ReturnType<typeof loadCheckData>>>;
type FindingInsert = typeof reviewFindings.$inferInsert;

/** The analysis a reviewer reads: conclusion, problems and measures (what units tend to copy). */
export function analysisOf(form: { conclusion: string; problems: string; measures: string }) {
  return [form.conclusion, form.problems, form.measures].filter(Boolean).join('\n');
}

type YearForm = CheckData['yearForms'][number];

/**
 * Near-duplicate candidates per field: each form's analysis is shingled once, and a sample is compared only with the
 * same-field forms that pass the exact length/prefix filters (core/rules/review/similarity-index.ts). The index
 * verifies each candidate with the exact Dice coefficient and hands the value on, so findings are the same as
 * comparing with every form and the check does not shingle the texts again.
 */
function similarTextsByField(forms: readonly YearForm[], rules: ReviewRules) {
  const opts = { threshold: rules.similarityThreshold, minLength: rules.minSimilarityLength };
  const indexes = new Map(
    [...groupBy(forms, (f) => f.fieldCode)].map(([field, list]) => [
      field,
      buildSimilarityIndex(list, analysisOf, opts),
    ]),
  );
  const byId = new Map(forms.map((f) => [f.id, f]));
  return (fieldCode: string, formId: number, text: string): ComparisonText[] => {
    const index = indexes.get(fieldCode);
    if (!index) return [];
    // The sample's own form is one of the year's forms: its shingles are in the index already (same text).
    const own = byId.get(formId);
    const found =
      (own && own.fieldCode === fieldCode && analysisOf(own) === text ? findSimilarToIndexed(index, own) : null) ??
      findSimilar(index, text);
    return found
      .filter((m) => m.item.id !== formId)
      .map(({ item: f, similarity }) => ({
        source: 'otherProject',
        label: `“${f.projectName}”（${f.unitName}）`,
        text: analysisOf(f),
        similarity,
      }));
  };
}

/**
 * Runs the 16 review checks over every sample of the loaded set (pure, in memory) and returns the finding
 * rows to insert. The unit-level check runs once per unit, on the unit's first sample of the batch (`unitFirst`).
 */
export function buildFindings(data: CheckData, rules: ReviewRules, createdBy: number | null): FindingInsert[] {
  const indicatorsOf = groupBy(data.indicators, (r) => r.selfEvaluationId);
  const filesOf = groupBy(data.files, (f) => f.ownerId);
  const keywordsOf = new Map(data.fieldRows.map((f) => [f.code, f.keywords.split(/[,，、\s]+/).filter(Boolean)]));
  const formsOfUnit = groupBy(data.yearForms, (f) => f.unitId);
  const similarTexts = similarTextsByField(data.yearForms, rules);
  const lastYearOf = new Map(data.lastYearForms.map((f) => [f.projectId, f]));
  const out: FindingInsert[] = [];
  for (const s of data.samples) {
    const rows = indicatorsOf.get(s.form.id) ?? [];
    const analysisText = analysisOf(s.form);
    const comparisons = similarTexts(s.fieldCode, s.form.id, analysisText);
    const last = s.previousProjectId === null ? undefined : lastYearOf.get(s.previousProjectId);
    if (last) comparisons.push({ source: 'lastYear', label: `（${last.year}年）`, text: analysisOf(last) });
    const input: ReviewInput = {
      projectName: s.projectName,
      framework: rules.framework,
      grade: s.form.grade as Grade,
      total: s.form.total,
      executionRate: s.form.executionRate,
      indicators: rows.map((r) => ({
        level1: r.level1 as Level1,
        level2: r.level2 as Level2,
        name: r.name,
        operator: r.operator as Operator,
        target: r.targetNumber,
        actual: r.operator === '定性' ? ((r.qualitativeLevel as QualitativeLevel | null) ?? null) : r.actualNumber,
        unit: r.unit,
        weight: r.weight,
        claimedScore: r.claimedScore ?? (r.operator === '定性' ? null : r.score),
        ruleScore: r.ruleScore,
        deviationReason: r.deviationReason,
        lastYearActual: r.lastYearActual,
      })),
      attachments: (filesOf.get(s.form.id) ?? []).map((f) => ({ name: f.filename, kind: f.slot })),
      analysisText,
      comparisonTexts: comparisons,
      fieldKeywords: keywordsOf.get(s.fieldCode) ?? [],
      unitProjects: s.unitFirst
        ? (formsOfUnit.get(s.form.unitId) ?? []).map((f) => ({ projectName: f.projectName, total: f.total }))
        : undefined,
    };
    for (const f of runReviewChecks(input, rules)) {
      out.push({
        regionCode: s.form.regionCode,
        batchId: s.batchId,
        sampleId: s.sampleId,
        unitId: s.form.unitId,
        departmentId: s.form.departmentId,
        origin: 'rule',
        code: f.code,
        area: f.area,
        severity: f.severity,
        indicatorId: f.indicatorIndex === undefined ? null : (rows[f.indicatorIndex]?.id ?? null),
        evidence: f.evidence.slice(0, 1000),
        suggestion: f.suggestion.slice(0, 1000),
        status: 'proposed',
        round: s.round,
        createdBy,
      });
    }
  }
  return out;
}
