import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  ZGenerateSelfEvaluations,
  ZReturnReason,
  ZScoreRequest,
  ZSelfEvaluationListQuery,
  ZSelfEvaluationUpdate,
  ZWorkflowReason,
} from '../../../core/contracts/self-evaluation';
import { zIdParams } from '../../../core/zod';
import { readUpload, sendFile } from '../../platform/http';
import './documents';
import { readSelfEvaluationXlsx, writeSelfEvaluationXlsx } from './excel';
import * as service from './service';

const tags = ['绩效自评'];

export async function selfEvaluationRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/api/self-evaluations/score',
    { schema: { tags, summary: '自评试算（按本区默认规则计算得分与等级，不保存）', body: ZScoreRequest } },
    async (req) => service.scoreForm(req.ctx, req.body),
  );
  r.get(
    '/api/self-evaluations',
    { schema: { tags, summary: '自评表列表', querystring: ZSelfEvaluationListQuery } },
    async (req) => service.listSelfEvaluations(req.ctx, req.query),
  );
  r.post(
    '/api/self-evaluations/generate',
    { schema: { tags, summary: '生成自评表（按已批复绩效目标预填）', body: ZGenerateSelfEvaluations } },
    async (req) => service.createSelfEvaluations(req.ctx, req.body),
  );
  r.get('/api/self-evaluations/:id', { schema: { tags, summary: '自评表详情', params: zIdParams } }, async (req) =>
    service.getSelfEvaluation(req.ctx, req.params.id),
  );
  r.put(
    '/api/self-evaluations/:id',
    { schema: { tags, summary: '保存自评表', params: zIdParams, body: ZSelfEvaluationUpdate } },
    async (req) => service.updateSelfEvaluation(req.ctx, req.params.id, req.body),
  );
  const transitions = [
    ['submit', '提交自评表', ZWorkflowReason],
    ['departmentApprove', '主管部门审核通过', ZWorkflowReason],
    ['departmentReturn', '主管部门退回', ZReturnReason],
    ['approve', '财政审核通过', ZWorkflowReason],
    ['financeReturn', '财政退回', ZReturnReason],
  ] as const;
  for (const [action, summary, body] of transitions) {
    r.post(`/api/self-evaluations/:id/${action}`, { schema: { tags, summary, params: zIdParams, body } }, async (req) =>
      service.transitionSelfEvaluation(req.ctx, req.params.id, action, req.body.reason ?? ''),
    );
  }
  r.get(
    '/api/self-evaluations/:id/export',
    { schema: { tags, summary: '导出项目支出绩效自评表（xlsx，与导入同格式）', params: zIdParams } },
    async (req, reply) => {
      const detail = await service.getSelfEvaluation(req.ctx, req.params.id);
      const buf = await writeSelfEvaluationXlsx(detail);
      return sendFile(reply, `项目支出绩效自评表-${detail.projectName}.xlsx`, buf, 'xlsx');
    },
  );
  r.post(
    '/api/self-evaluations/:id/import',
    { schema: { tags, summary: '导入项目支出绩效自评表（xlsx，全部成功或全部不导入）', params: zIdParams } },
    async (req) => {
      const { buffer } = await readUpload(req);
      const detail = await service.getSelfEvaluation(req.ctx, req.params.id);
      const input = await readSelfEvaluationXlsx(buffer, detail);
      return service.updateSelfEvaluation(req.ctx, req.params.id, ZSelfEvaluationUpdate.parse(input));
    },
  );
}
