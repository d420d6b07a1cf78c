import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { defaultRuleSet, type RuleArea } from '../../../core/rules/rule-set';
import { z, zText, zYear } from '../../../core/zod';
import { getRules, listRuleVersions, saveRules } from './service';

const tags = ['规则配置'];
const zArea = z.enum(Object.keys(defaultRuleSet) as [RuleArea, ...RuleArea[]]);

export async function ruleSetRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/rule-sets/:area',
    {
      schema: {
        tags,
        summary: '当前生效的规则（区划 × 年度）',
        params: z.object({ area: zArea }),
        querystring: z.object({ year: zYear }),
      },
    },
    async (req) => getRules(req.ctx.db, req.ctx.actor.regionCode, req.query.year, req.params.area),
  );
  r.get(
    '/api/rule-sets/:area/versions',
    {
      schema: {
        tags,
        summary: '规则版本历史',
        params: z.object({ area: zArea }),
        querystring: z.object({ year: zYear }),
      },
    },
    async (req) => listRuleVersions(req.ctx, req.query.year, req.params.area),
  );
  r.put(
    '/api/rule-sets/:area',
    {
      schema: {
        tags,
        summary: '保存新版本规则',
        params: z.object({ area: zArea }),
        body: z.object({ year: zYear, data: z.record(z.string(), z.unknown()), note: zText(500) }),
      },
    },
    async (req) => saveRules(req.ctx, req.body.year, req.params.area, req.body.data, req.body.note),
  );
}
