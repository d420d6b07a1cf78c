import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  ZAssignInput,
  ZBatchReopenInput,
  ZBulkPassInput,
  ZDecisionInput,
  ZFeedbackQuery,
  ZFindingInput,
  ZFindingListQuery,
  ZFindingUpdate,
  ZReviewBatchInput,
  ZReviewBatchListQuery,
  ZSampleListQuery,
  ZSamplingInput,
  ZScreeningQuery,
  ZScreeningRunInput,
  ZWorkpaperInput,
} from '../../../core/contracts/reviews';
import { z, zId, zIdParams, zYear } from '../../../core/zod';
import { sendFile } from '../../platform/http';
import './documents';
import { bulkPass, closeBatch, reopenBatch } from './batch-close';
import { samplesXlsx } from './batch-export';
import * as batches from './batches';
import { feedbackDocx, feedbackOf, feedbackXlsx } from './feedback';
import { findingsXlsx, listFindings } from './findings-list';
import * as samples from './samples';
import { checkForm, listScreening, runScreening, screeningXlsx } from './screening';
import { unitProfile, yearStats } from './stats';

const tags = ['自评复核'];

export async function reviewRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/reviews/batches',
    { schema: { tags, summary: '复核批次列表', querystring: ZReviewBatchListQuery } },
    async (req) => batches.listBatches(req.ctx, req.query),
  );
  r.post('/api/reviews/batches', { schema: { tags, summary: '新建复核批次', body: ZReviewBatchInput } }, async (req) =>
    batches.createBatch(req.ctx, req.body),
  );
  r.get(
    '/api/reviews/batches/:id',
    { schema: { tags, summary: '复核批次详情（样本、统计）', params: zIdParams, querystring: ZSampleListQuery } },
    async (req) => batches.getBatch(req.ctx, req.params.id, req.query),
  );
  r.post(
    '/api/reviews/batches/:id/sample',
    { schema: { tags, summary: '抽取样本（随机种子+规则）并自动检查', params: zIdParams, body: ZSamplingInput } },
    async (req) => batches.sampleBatch(req.ctx, req.params.id, req.body),
  );
  r.post(
    '/api/reviews/batches/:id/assign',
    { schema: { tags, summary: '分配复核人员或第三方机构', params: zIdParams, body: ZAssignInput } },
    async (req) => batches.assignSamples(req.ctx, req.params.id, req.body),
  );
  r.post(
    '/api/reviews/batches/:id/close',
    { schema: { tags, summary: '办结复核批次（全部样本已办结，冻结统计数）', params: zIdParams } },
    async (req) => closeBatch(req.ctx, req.params.id),
  );
  r.post(
    '/api/reviews/batches/:id/reopen',
    {
      schema: {
        tags,
        summary: '重新打开已办结的复核批次（系统管理员，须说明理由）',
        params: zIdParams,
        body: ZBatchReopenInput,
      },
    },
    async (req) => reopenBatch(req.ctx, req.params.id, req.body.reason),
  );
  r.post(
    '/api/reviews/batches/:id/pass',
    { schema: { tags, summary: '批量通过（无待确认复核发现的样本）', params: zIdParams, body: ZBulkPassInput } },
    async (req) => bulkPass(req.ctx, req.params.id, req.body),
  );
  r.get(
    '/api/reviews/batches/:id/feedback',
    { schema: { tags, summary: '复核意见反馈单（按单位）', params: zIdParams, querystring: ZFeedbackQuery } },
    async (req) => feedbackOf(req.ctx, req.params.id, req.query.unitId),
  );
  r.get(
    '/api/reviews/batches/:id/feedback.docx',
    { schema: { tags, summary: '导出复核意见反馈单（Word）', params: zIdParams, querystring: ZFeedbackQuery } },
    async (req, reply) => {
      const { buffer, batch } = await feedbackDocx(req.ctx, req.params.id, req.query.unitId);
      return sendFile(reply, `${batch.name}-复核意见反馈单.docx`, buffer, 'docx');
    },
  );
  r.get(
    '/api/reviews/batches/:id/feedback.xlsx',
    { schema: { tags, summary: '导出复核意见反馈单（Excel）', params: zIdParams, querystring: ZFeedbackQuery } },
    async (req, reply) => {
      const { buffer, batch } = await feedbackXlsx(req.ctx, req.params.id, req.query.unitId);
      return sendFile(reply, `${batch.name}-复核意见反馈单.xlsx`, buffer, 'xlsx');
    },
  );
  r.get(
    '/api/reviews/batches/:id/samples.xlsx',
    { schema: { tags, summary: '导出自评复核结果汇总表（Excel，抽查样本及复核得分）', params: zIdParams } },
    async (req, reply) => {
      const { buffer, batch } = await samplesXlsx(req.ctx, req.params.id);
      return sendFile(reply, `${batch.name}-自评复核结果汇总表.xlsx`, buffer, 'xlsx');
    },
  );
  r.get(
    '/api/reviews/findings',
    {
      schema: {
        tags,
        summary: '复核建议台账（按年度、复核要点、等级、状态、单位筛选）',
        querystring: ZFindingListQuery,
      },
    },
    async (req) => listFindings(req.ctx, req.query),
  );
  r.get(
    '/api/reviews/findings.xlsx',
    {
      schema: {
        tags,
        summary: '导出复核建议台账（Excel，按当前筛选）',
        querystring: ZFindingListQuery.omit({ page: true, pageSize: true }),
      },
    },
    async (req, reply) => sendFile(reply, '复核建议台账.xlsx', await findingsXlsx(req.ctx, req.query), 'xlsx'),
  );
  r.post(
    '/api/reviews/screening/run',
    { schema: { tags, summary: '运行自评全覆盖筛查（对当年全部已提交自评表运行自动检查）', body: ZScreeningRunInput } },
    async (req) => runScreening(req.ctx, req.body.year),
  );
  r.get(
    '/api/reviews/screening',
    {
      schema: {
        tags,
        summary: '自评全覆盖筛查结果（按单位、问题等级、检查规则筛选）',
        querystring: ZScreeningQuery,
      },
    },
    async (req) => listScreening(req.ctx, req.query),
  );
  r.post(
    '/api/reviews/screening/forms/:id',
    {
      schema: {
        tags,
        summary: '一份自评表的自动检查明细（即时计算，含问题描述和改进建议；不保存）',
        params: zIdParams,
      },
    },
    async (req) => checkForm(req.ctx, req.params.id),
  );
  r.get(
    '/api/reviews/screening.xlsx',
    {
      schema: {
        tags,
        summary: '导出自评全覆盖筛查结果（Excel，按当前筛选）',
        querystring: ZScreeningQuery.omit({ page: true, pageSize: true }),
      },
    },
    async (req, reply) =>
      sendFile(reply, `${req.query.year}年度自评全覆盖筛查结果.xlsx`, await screeningXlsx(req.ctx, req.query), 'xlsx'),
  );
  r.get(
    '/api/reviews/stats',
    { schema: { tags, summary: '年度复核统计', querystring: z.object({ workYear: zYear }) } },
    async (req) => yearStats(req.ctx.db, req.ctx.actor, req.query.workYear),
  );
  r.get(
    '/api/reviews/units/:unitId/profile',
    { schema: { tags, summary: '单位画像', params: z.object({ unitId: zId }) } },
    async (req) => unitProfile(req.ctx.db, req.ctx.actor, req.params.unitId),
  );
  r.get('/api/reviews/samples/:id', { schema: { tags, summary: '复核底稿', params: zIdParams } }, async (req) =>
    samples.getSample(req.ctx, req.params.id),
  );
  r.put(
    '/api/reviews/samples/:id/workpaper',
    { schema: { tags, summary: '保存复核底稿（复核值与复核得分）', params: zIdParams, body: ZWorkpaperInput } },
    async (req) => samples.saveWorkpaper(req.ctx, req.params.id, req.body),
  );
  r.post(
    '/api/reviews/samples/:id/run-checks',
    { schema: { tags, summary: '重新运行自动检查', params: zIdParams } },
    async (req) => samples.rerunChecks(req.ctx, req.params.id),
  );
  r.post(
    '/api/reviews/samples/:id/findings',
    { schema: { tags, summary: '新增复核意见', params: zIdParams, body: ZFindingInput } },
    async (req) => samples.addFinding(req.ctx, req.params.id, req.body),
  );
  r.put(
    '/api/reviews/findings/:id',
    { schema: { tags, summary: '采纳、修改或剔除复核发现', params: zIdParams, body: ZFindingUpdate } },
    async (req) => samples.updateFinding(req.ctx, req.params.id, req.body),
  );
  r.post(
    '/api/reviews/samples/:id/decide',
    { schema: { tags, summary: '复核结论：通过或退回整改', params: zIdParams, body: ZDecisionInput } },
    async (req) => samples.decideSample(req.ctx, req.params.id, req.body),
  );
}
