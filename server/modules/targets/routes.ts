import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  ZTargetAdjust,
  ZTargetCreate,
  ZTargetListQuery,
  ZTargetReview,
  ZTargetSave,
} from '../../../core/contracts/targets';
import { zIdParams } from '../../../core/zod';
import { readUpload, sendFile } from '../../platform/http';
import { exportDeclaration, importDeclaration } from './declaration';
import * as service from './service';
import { adjustTarget, reviewTarget, submitTarget } from './workflow';

const tags = ['绩效目标'];

export async function targetRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/targets',
    { schema: { tags, summary: '绩效目标列表（按角色范围，最新版本）', querystring: ZTargetListQuery } },
    async (req) => service.listTargets(req.ctx, req.query),
  );
  r.get(
    '/api/targets/:id',
    { schema: { tags, summary: '绩效目标详情（指标、审核校验、版本、可执行操作）', params: zIdParams } },
    async (req) => service.getTarget(req.ctx, req.params.id),
  );
  r.post(
    '/api/targets',
    { schema: { tags, summary: '为项目新建绩效目标（草稿）', body: ZTargetCreate } },
    async (req) => service.createTarget(req.ctx, req.body.projectId),
  );
  r.put(
    '/api/targets/:id',
    { schema: { tags, summary: '保存绩效目标（草稿或退回时）', params: zIdParams, body: ZTargetSave } },
    async (req) => service.saveTarget(req.ctx, req.params.id, req.body),
  );
  r.post(
    '/api/targets/:id/submit',
    { schema: { tags, summary: '提交绩效目标（校验不通过则拒绝）', params: zIdParams } },
    async (req) => submitTarget(req.ctx, req.params.id),
  );
  r.post(
    '/api/targets/:id/review',
    {
      schema: {
        tags,
        summary: '审核绩效目标（主管部门、财政：通过或逐项退回）',
        params: zIdParams,
        body: ZTargetReview,
      },
    },
    async (req) => reviewTarget(req.ctx, req.params.id, req.body),
  );
  r.post(
    '/api/targets/:id/adjust',
    { schema: { tags, summary: '年中调整：生成新版本并说明原因', params: zIdParams, body: ZTargetAdjust } },
    async (req) => adjustTarget(req.ctx, req.params.id, req.body.reason),
  );
  r.get(
    '/api/targets/:id/export',
    { schema: { tags, summary: '导出项目支出绩效目标申报表（xlsx）', params: zIdParams } },
    async (req, reply) => {
      const { filename, buffer } = await exportDeclaration(req.ctx, req.params.id);
      return sendFile(reply, filename, buffer, 'xlsx');
    },
  );
  r.post(
    '/api/targets/:id/import',
    { schema: { tags, summary: '导入项目支出绩效目标申报表（xlsx，全部成功或全部不导入）', params: zIdParams } },
    async (req) => {
      const { buffer } = await readUpload(req);
      return importDeclaration(req.ctx, req.params.id, buffer);
    },
  );
}
