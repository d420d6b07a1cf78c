import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  ZRectificationListQuery,
  ZRectificationManualInput,
  ZRectificationProgress,
  ZRectificationReturn,
  ZRectificationStatsQuery,
  ZRectificationStep,
} from '../../../core/contracts/rectification';
import { z, zId, zIdParams, zYear } from '../../../core/zod';
import { sendFile } from '../../platform/http';
import { exportRectifications, unitNotice } from './export';
import { listOverdue, remindOverdue } from './reminders';
import * as service from './service';
import { rectificationStats } from './stats';

const tags = ['整改清单'];
const zYearQuery = z.object({ year: zYear.optional() });

export async function rectificationRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/rectifications',
    {
      schema: {
        tags,
        summary: '整改清单（按单位/部门/来源/状态筛选；sourceEntity+sourceId 查询关联事项）',
        querystring: ZRectificationListQuery,
      },
    },
    async (req) => service.listRectifications(req.ctx, req.query),
  );
  r.get(
    '/api/rectifications/stats',
    { schema: { tags, summary: '整改统计：销号率、逾期数、月度趋势', querystring: ZRectificationStatsQuery } },
    async (req) => rectificationStats(req.ctx, req.query.year),
  );
  r.get(
    '/api/rectifications/overdue',
    { schema: { tags, summary: '逾期整改事项（催办清单）', querystring: zYearQuery } },
    async (req) => listOverdue(req.ctx, req.query.year),
  );
  r.post(
    '/api/rectifications/remind',
    { schema: { tags, summary: '对逾期事项发送催办待办（幂等）', body: zYearQuery } },
    async (req) => remindOverdue(req.ctx, req.body.year),
  );
  r.get(
    '/api/rectifications/export',
    { schema: { tags, summary: '导出整改清单（xlsx）', querystring: ZRectificationListQuery.partial() } },
    async (req, reply) => sendFile(reply, '整改清单.xlsx', await exportRectifications(req.ctx, req.query), 'xlsx'),
  );
  r.get(
    '/api/rectifications/notice',
    { schema: { tags, summary: '单位整改通知书（Word）', querystring: z.object({ unitId: zId, year: zYear }) } },
    async (req, reply) => {
      const { filename, buffer } = await unitNotice(req.ctx, req.query.unitId, req.query.year);
      return sendFile(reply, filename, buffer, 'docx');
    },
  );
  r.post(
    '/api/rectifications',
    { schema: { tags, summary: '财政录入审计整改事项', body: ZRectificationManualInput } },
    async (req) => service.createManualRectification(req.ctx, req.body),
  );
  r.get(
    '/api/rectifications/:id',
    { schema: { tags, summary: '整改事项详情（含进展与可执行操作）', params: zIdParams } },
    async (req) => service.getRectification(req.ctx, req.params.id),
  );
  r.post(
    '/api/rectifications/:id/progress',
    { schema: { tags, summary: '单位记录整改进展（开始整改）', params: zIdParams, body: ZRectificationProgress } },
    async (req) => service.stepRectification(req.ctx, req.params.id, 'progress', req.body),
  );
  r.post(
    '/api/rectifications/:id/submit',
    { schema: { tags, summary: '单位提交销号申请（须有佐证材料）', params: zIdParams, body: ZRectificationStep } },
    async (req) => service.stepRectification(req.ctx, req.params.id, 'submit', req.body),
  );
  r.post(
    '/api/rectifications/:id/close',
    {
      schema: { tags, summary: '财政审核销号（须有佐证材料，不可重复）', params: zIdParams, body: ZRectificationStep },
    },
    async (req) => service.stepRectification(req.ctx, req.params.id, 'close', req.body),
  );
  r.post(
    '/api/rectifications/:id/return',
    { schema: { tags, summary: '财政退回重新整改（须填写原因）', params: zIdParams, body: ZRectificationReturn } },
    async (req) =>
      service.stepRectification(req.ctx, req.params.id, 'return', { note: req.body.reason, version: req.body.version }),
  );
}
