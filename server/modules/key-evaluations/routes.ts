import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  ZCandidateQuery,
  ZFindingInput,
  ZFramework,
  ZKeyEvaluationInput,
  ZKeyEvaluationListQuery,
  ZReportTextInput,
  ZResponseInput,
  ZScoresInput,
  ZTransitionInput,
} from '../../../core/contracts/key-evaluations';
import { z, zId, zIdParams, zYear } from '../../../core/zod';
import { sendFile } from '../../platform/http';
import * as service from './service';

const tags = ['重点绩效评价'];

export async function keyEvaluationRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/key-evaluations',
    { schema: { tags, summary: '年度重点评价计划（按权限过滤）', querystring: ZKeyEvaluationListQuery } },
    async (req) => service.listEvaluations(req.ctx, req.query),
  );
  r.get(
    '/api/key-evaluations/coverage',
    { schema: { tags, summary: '评价类型与预算类型覆盖情况', querystring: z.object({ year: zYear }) } },
    async (req) => service.coverage(req.ctx, req.query.year),
  );
  r.get(
    '/api/key-evaluations/candidates',
    { schema: { tags, summary: '按规则推荐的评价候选对象', querystring: ZCandidateQuery } },
    async (req) => service.suggestCandidates(req.ctx, req.query),
  );
  r.get(
    '/api/key-evaluations/templates',
    { schema: { tags, summary: '各评价类型的默认指标体系', querystring: z.object({ year: zYear }) } },
    async (req) => service.templates(req.ctx, req.query.year),
  );
  r.post(
    '/api/key-evaluations',
    { schema: { tags, summary: '列入年度评价计划', body: ZKeyEvaluationInput } },
    async (req) => service.createEvaluation(req.ctx, req.body),
  );
  r.get('/api/key-evaluations/:id', { schema: { tags, summary: '评价详情', params: zIdParams } }, async (req) =>
    service.getEvaluation(req.ctx, req.params.id),
  );
  r.put(
    '/api/key-evaluations/:id/framework',
    {
      schema: {
        tags,
        summary: '修改本评价的指标体系',
        params: zIdParams,
        body: z.object({ framework: ZFramework, version: z.number().int().optional() }),
      },
    },
    async (req) => service.updateFramework(req.ctx, req.params.id, req.body.framework, req.body.version),
  );
  r.post(
    '/api/key-evaluations/:id/transition',
    {
      schema: {
        tags,
        summary: '推进评价程序（通知/方案/现场/初步结论/交换意见/报告/审定/归档）',
        params: zIdParams,
        body: ZTransitionInput,
      },
    },
    async (req) => service.transition(req.ctx, req.params.id, req.body),
  );
  r.put(
    '/api/key-evaluations/:id/scores',
    { schema: { tags, summary: '逐项评分（受托机构或财政评价组）', params: zIdParams, body: ZScoresInput } },
    async (req) => service.saveScores(req.ctx, req.params.id, req.body),
  );
  r.put(
    '/api/key-evaluations/:id/report-text',
    { schema: { tags, summary: '编写报告内容', params: zIdParams, body: ZReportTextInput } },
    async (req) => service.saveReportText(req.ctx, req.params.id, req.body),
  );
  r.post(
    '/api/key-evaluations/:id/response',
    { schema: { tags, summary: '被评价单位书面反馈意见', params: zIdParams, body: ZResponseInput } },
    async (req) => service.respond(req.ctx, req.params.id, req.body.text),
  );
  r.post(
    '/api/key-evaluations/:id/findings',
    { schema: { tags, summary: '登记评价发现的问题', params: zIdParams, body: ZFindingInput } },
    async (req) => service.addFinding(req.ctx, req.params.id, req.body),
  );
  r.delete(
    '/api/key-evaluations/:id/findings/:findingId',
    { schema: { tags, summary: '删除问题（未列入整改清单前）', params: z.object({ id: zId, findingId: zId }) } },
    async (req) => service.removeFinding(req.ctx, req.params.id, req.params.findingId),
  );
  r.get(
    '/api/key-evaluations/:id/report',
    { schema: { tags, summary: '生成评价报告（Word）', params: zIdParams } },
    async (req, reply) => {
      const { buffer, filename } = await service.buildEvaluationReport(req.ctx, req.params.id);
      return sendFile(reply, filename, buffer, 'docx');
    },
  );
}
