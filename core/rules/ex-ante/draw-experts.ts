import { checkConflict, type ExpertParty, type ProjectParty } from './conflict.ts';
import { fail, ok, type RuleResult } from './types.ts';

export interface PoolExpert extends ExpertParty {
  /** Field codes (重点领域) the expert is registered for. */
  fields: string[];
  /** Inactive experts (停用) are never drawn; defaults to active. */
  active?: boolean;
}

export interface DrawOptions {
  count: number;
  field: string;
  /** Skip experts in conflict with `project` (same unit or department); requires `project`. */
  excludeConflicts: boolean;
  project?: ProjectParty;
  /** Any integer; the same seed and pool always draw the same experts. */
  seed: number;
}

export interface DrawResult {
  experts: PoolExpert[];
  /** Eligible-by-field experts left out because of a conflict, with the reason code. */
  excluded: { id: string; code: string }[];
}

/** mulberry32: a tiny 32-bit seeded PRNG returning floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Draws `count` experts of a field with a seeded shuffle. The pool is sorted by id first, so the draw
 * depends on the seed and the pool's content, never on the order the pool was loaded in.
 */
export function drawExperts(pool: PoolExpert[], options: DrawOptions): RuleResult<DrawResult> {
  if (!Number.isInteger(options.count) || options.count < 1) return fail('DRAW_COUNT_INVALID', '抽取人数必须为正整数');
  const project = options.project;
  if (options.excludeConflicts && !project) return fail('DRAW_PROJECT_REQUIRED', '回避检查需要指定评估项目');
  const candidates = pool
    .filter((e) => e.active !== false && e.fields.includes(options.field))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const excluded: DrawResult['excluded'] = [];
  const eligible = candidates.filter((e) => {
    if (!options.excludeConflicts || !project) return true;
    const check = checkConflict(e, project);
    if (!check.ok) excluded.push({ id: e.id, code: check.code });
    return check.ok;
  });
  if (eligible.length < options.count) {
    return fail('DRAW_NOT_ENOUGH_EXPERTS', `符合条件的专家${eligible.length}人，不足抽取人数${options.count}人`);
  }
  const random = mulberry32(options.seed);
  const deck = [...eligible];
  // Partial Fisher–Yates: only the first `count` positions need to be settled.
  for (let i = 0; i < options.count; i++) {
    const j = i + Math.floor(random() * (deck.length - i));
    [deck[i], deck[j]] = [deck[j], deck[i]];
  }
  return ok({ experts: deck.slice(0, options.count), excluded });
}
