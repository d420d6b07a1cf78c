import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  TEMPLATE_KINDS,
  ZApplicationInput,
  ZAssessmentListQuery,
  ZConcludeInput,
  ZCostReviewInput,
  ZCreateAssessment,
  ZEnterLibraryInput,
  ZPanelInput,
  ZReasonInput,
  ZScoreInput,
  ZTemplateInput,
} from '../../../core/contracts/ex-ante';
import { ZDrawInput } from '../../../core/contracts/experts';
import { z, zIdParams, zYear } from '../../../core/zod';
import { sendFile } from '../../platform/http';
import * as application from './application';
import { concludeAssessment, enterLibrary } from './conclusion';
import * as detail from './detail';
import { describeGate } from './gate';
import { drawPanel, formPanel, saveScores } from './panel';
import { assessmentReport } from './report';
import { assessmentStatistics } from './statistics';
import * as templates from './templates';

const tags = ['事前绩效评估'];
const zKind = z.object({ kind: z.enum(TEMPLATE_KINDS) });
const base = '/api/ex-ante/assessments';

export async function exAnteRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(base, { schema: { tags, summary: '事前评估列表', querystring: ZAssessmentListQuery } }, async (req) =>
    detail.listAssessments(req.ctx, req.query),
  );
  r.get(
    '/api/ex-ante/candidates',
    { schema: { tags, summary: '可发起评估的项目（含是否须评估）', querystring: z.object({ year: zYear }) } },
    async (req) => detail.listCandidates(req.ctx, req.query.year),
  );
  r.post(
    base,
    { schema: { tags, summary: '发起事前评估（单位申报或财政指定）', body: ZCreateAssessment } },
    async (req) => application.createAssessment(req.ctx, req.body.projectId),
  );
  r.get(
    `${base}/:id`,
    { schema: { tags, summary: '事前评估详情（含 allowedActions）', params: zIdParams } },
    async (req) => detail.getAssessment(req.ctx, req.params.id),
  );
  r.put(
    `${base}/:id/application`,
    { schema: { tags, summary: '保存申报材料', params: zIdParams, body: ZApplicationInput } },
    async (req) => application.saveApplication(req.ctx, req.params.id, req.body),
  );
  r.post(`${base}/:id/submit`, { schema: { tags, summary: '提交申报材料', params: zIdParams } }, async (req) =>
    application.submitApplication(req.ctx, req.params.id),
  );
  r.post(
    `${base}/:id/return`,
    { schema: { tags, summary: '退回申报材料', params: zIdParams, body: ZReasonInput } },
    async (req) => application.returnApplication(req.ctx, req.params.id, req.body.reason),
  );
  r.put(
    `${base}/:id/cost-review`,
    { schema: { tags, summary: '录入成本对标标准', params: zIdParams, body: ZCostReviewInput } },
    async (req) => application.reviewCost(req.ctx, req.params.id, req.body),
  );
  r.post(
    '/api/ex-ante/draw',
    { schema: { tags, summary: '随机抽取专家（可复现的种子，自动回避）', body: ZDrawInput } },
    async (req) => drawPanel(req.ctx, req.body),
  );
  r.put(
    `${base}/:id/panel`,
    { schema: { tags, summary: '组建专家组', params: zIdParams, body: ZPanelInput } },
    async (req) => formPanel(req.ctx, req.params.id, req.body),
  );
  r.put(
    `${base}/:id/scores`,
    { schema: { tags, summary: '专家评分（本人评分表）', params: zIdParams, body: ZScoreInput } },
    async (req) => saveScores(req.ctx, req.params.id, req.body),
  );
  r.post(
    `${base}/:id/conclude`,
    { schema: { tags, summary: '出具评估结论', params: zIdParams, body: ZConcludeInput } },
    async (req) => concludeAssessment(req.ctx, req.params.id, req.body),
  );
  r.post(
    `${base}/:id/enter-library`,
    {
      schema: { tags, summary: '按评估结论入库并安排预算（经项目闸门）', params: zIdParams, body: ZEnterLibraryInput },
    },
    async (req) => enterLibrary(req.ctx, req.params.id, req.body.amount),
  );
  r.get(
    `${base}/:id/report`,
    { schema: { tags, summary: '事前绩效评估报告（docx）', params: zIdParams } },
    async (req, reply) => {
      const { filename, buffer } = await assessmentReport(req.ctx, req.params.id);
      return sendFile(reply, filename, buffer, 'docx');
    },
  );
  r.get(
    '/api/ex-ante/gate/:projectId',
    {
      schema: {
        tags,
        summary: '项目事前评估闸门状态',
        params: z.object({ projectId: z.coerce.number().int().positive() }),
      },
    },
    async (req) => describeGate(req.ctx, req.params.projectId),
  );
  r.get(
    '/api/ex-ante/statistics',
    { schema: { tags, summary: '事前评估统计（按部门、领域）', querystring: z.object({ year: zYear }) } },
    async (req) => assessmentStatistics(req.ctx, req.query.year),
  );
  r.get(
    '/api/ex-ante/templates',
    { schema: { tags, summary: '现行评分模板', querystring: z.object({ year: zYear }) } },
    async (req) => templates.listCurrentTemplates(req.ctx, req.query.year),
  );
  r.get(
    '/api/ex-ante/templates/:kind/versions',
    { schema: { tags, summary: '评分模板版本历史', params: zKind } },
    async (req) => templates.listTemplateVersions(req.ctx, req.params.kind),
  );
  r.put(
    '/api/ex-ante/templates/:kind',
    { schema: { tags, summary: '保存评分模板新版本', params: zKind, body: ZTemplateInput } },
    async (req) => templates.saveTemplate(req.ctx, req.params.kind, req.body),
  );
}
