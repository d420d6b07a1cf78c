import type { Fixtures } from './route-fixtures';

/** The parts of a JSON schema (from the OpenAPI document) the sample generator reads. */
export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  minItems?: number;
  default?: unknown;
}

/** Body fields that name a row: filled with the fixture rows, so a valid body reaches the owner check. */
const ID_FIELDS: Record<string, string> = {
  projectId: 'project',
  unitId: 'unitA',
  orgId: 'unitA',
  departmentId: 'departmentA',
  parentId: 'departmentA',
  evaluationId: 'keyEvaluation',
  assessmentId: 'exAnte',
  expertId: 'expert',
  expertIds: 'expert',
  leaderExpertId: 'expert',
  agencyId: 'agency',
  engagementId: 'engagement',
  roundId: 'monitoringRound',
  entryId: 'monitoringEntry',
  entryIds: 'monitoringEntry',
  batchId: 'reviewBatch',
  sampleId: 'reviewSample',
  lineId: 'resultsLine',
  targetId: 'target',
  indicatorId: 'indicator',
  libraryIndicatorId: 'indicator',
  itemId: 'rectification',
  itemIds: 'rectification',
  reviewerUserId: 'financeUser',
  sampleIds: 'reviewSample',
  ids: 'rectification',
};

/** The second field of an either-or pair (reviews: a reviewer or an agency). */
const NULL_FIELDS = ['agencyOrgId'];

const typeOf = (s: JsonSchema) => (Array.isArray(s.type) ? s.type.find((t) => t !== 'null') : s.type);

/** Text fields with a pattern: values that satisfy it. */
const PATTERNED: Record<string, string> = {
  code: 'probe01',
  username: 'probe.user01',
  phone: '13800000000',
  password: 'Probe#Matrix2025',
  newPassword: 'Probe#Matrix2025',
  fieldCode: 'education',
  year: '2025',
};

const isDate = (s: JsonSchema, name: string) =>
  s.format === 'date' ||
  /\\d\{4\}-/.test(s.pattern ?? '') ||
  /^(deadline|visitDate|validFrom|validTo)$|Date$/.test(name);

function sampleString(s: JsonSchema, name: string) {
  if (isDate(s, name)) return '2025-06-30';
  if (s.format === 'date-time') return '2025-06-30T08:00:00.000Z';
  if (s.format === 'email') return 'probe@example.cn';
  if (PATTERNED[name]) return PATTERNED[name];
  const text = '权限矩阵测试';
  const min = s.minLength ?? 1;
  const out = text.repeat(Math.ceil(Math.max(min, text.length) / text.length));
  return out.slice(0, Math.max(min, Math.min(s.maxLength ?? out.length, text.length)));
}

function sampleNumber(s: JsonSchema, name: string, f: Fixtures) {
  const resource = ID_FIELDS[name];
  if (resource && f[resource] !== undefined) return f[resource];
  if (/year$/i.test(name)) return 2025;
  const low = s.minimum ?? (s.exclusiveMinimum !== undefined ? s.exclusiveMinimum + 1 : 1);
  return s.maximum !== undefined ? Math.min(Math.max(low, 1), s.maximum) : Math.max(low, 1);
}

/** A minimal valid-looking value for a JSON schema: required fields only, first enum member, fixture ids. */
export function sampleValue(s: JsonSchema, name: string, f: Fixtures, depth = 0): unknown {
  if (depth > 8) return null;
  if (s.const !== undefined) return s.const;
  if (s.enum?.length) return s.enum.find((v) => v !== null) ?? s.enum[0];
  const alt = s.anyOf ?? s.oneOf;
  if (alt?.length) return sampleValue(alt.find((a) => typeOf(a) !== 'null') ?? alt[0], name, f, depth + 1);
  if (s.allOf?.length) return sampleValue(s.allOf[0], name, f, depth + 1);
  switch (typeOf(s)) {
    case 'object': {
      const out: Record<string, unknown> = {};
      // Every field (optional ones too: some are required together by a refinement), except an optional version
      // (left out so no optimistic check fires) and the second of an either-or pair.
      for (const [key, prop] of Object.entries(s.properties ?? {})) {
        if (key === 'version' && !s.required?.includes(key)) continue;
        out[key] = NULL_FIELDS.includes(key) ? null : sampleValue(prop, key, f, depth + 1);
      }
      return out;
    }
    case 'array': {
      const count = s.minItems ?? (ID_FIELDS[name] ? 1 : 0);
      return Array.from({ length: count }, () => sampleValue(s.items ?? {}, name, f, depth + 1));
    }
    case 'string':
      return sampleString(s, name);
    case 'integer':
    case 'number':
      return sampleNumber(s, name, f);
    case 'boolean':
      return false;
    default:
      return null;
  }
}
