import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  ZIndicatorDerive,
  ZIndicatorInput,
  ZIndicatorListQuery,
  ZIndicatorPromote,
  ZIndicatorReview,
  ZIndicatorUpdate,
} from '../../../core/contracts/indicators';
import { z, zIdParams, zYear } from '../../../core/zod';
import { assertNoRowErrors, readSheet, writeSheet } from '../../platform/excel';
import { readUpload, sendFile } from '../../platform/http';
import { assertRole } from '../../platform/policy';
import { fieldMap } from '../projects/refs';
import { GENERAL_FIELD_LABEL, indicatorColumns, indicatorImportSchema } from './excel';
import { deriveYear, importIndicators, promoteIndicator } from './library-ops';
import * as repo from './repo';
import * as service from './service';

const tags = ['指标库'];

export async function indicatorRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const columnsFor = async (regionCode: string, db: Parameters<typeof fieldMap>[0]) => {
    const names = await fieldMap(db, regionCode);
    return { names, columns: indicatorColumns((c) => (c ? (names.get(c) ?? c) : GENERAL_FIELD_LABEL)) };
  };

  r.get(
    '/api/indicators',
    { schema: { tags, summary: '指标检索（领域、层级、级次、关键字）', querystring: ZIndicatorListQuery } },
    async (req) => service.listIndicators(req.ctx, req.query),
  );
  r.get(
    '/api/indicators/export',
    {
      schema: {
        tags,
        summary: '导出指标库（xlsx，与导入同列）',
        querystring: ZIndicatorListQuery.omit({ page: true, pageSize: true }),
      },
    },
    async (req, reply) => {
      const where = repo.listWhere(req.ctx.actor.regionCode, req.query, service.visibility(req.ctx.actor));
      const rows = await repo.allIndicators(req.ctx.db, where);
      const { columns } = await columnsFor(req.ctx.actor.regionCode, req.ctx.db);
      return sendFile(reply, `${req.query.year}年度指标库.xlsx`, await writeSheet('指标库', columns, rows), 'xlsx');
    },
  );
  r.post(
    '/api/indicators/import',
    { schema: { tags, summary: '导入指标库（xlsx，全部成功或全部不导入）', querystring: z.object({ year: zYear }) } },
    async (req) => {
      assertRole(req.ctx.actor, ['finance', 'admin'], '导入指标库'); // before reading the file
      const { buffer } = await readUpload(req);
      const { names, columns } = await columnsFor(req.ctx.actor.regionCode, req.ctx.db);
      const byName = new Map([...names].map(([code, name]) => [name, code]));
      const { rows, errors } = await readSheet(buffer, columns, indicatorImportSchema(byName));
      assertNoRowErrors(errors);
      req.log.info({ rows: rows.length }, 'indicator import: rows valid, writing');
      return importIndicators(req.ctx, req.query.year, rows);
    },
  );
  r.post(
    '/api/indicators/derive',
    { schema: { tags, summary: '由上年度指标库生成新年度指标库', body: ZIndicatorDerive } },
    async (req) => deriveYear(req.ctx, req.body.fromYear, req.body.toYear),
  );
  r.post(
    '/api/indicators/promote',
    { schema: { tags, summary: '将项目目标中的指标纳入指标库', body: ZIndicatorPromote } },
    async (req) => promoteIndicator(req.ctx, req.body),
  );
  r.get('/api/indicators/:id', { schema: { tags, summary: '指标详情', params: zIdParams } }, async (req) =>
    service.getIndicator(req.ctx, req.params.id),
  );
  r.post(
    '/api/indicators',
    { schema: { tags, summary: '新增指标（财政直接启用；主管部门提出待审核）', body: ZIndicatorInput } },
    async (req) => service.createIndicator(req.ctx, req.body),
  );
  r.put(
    '/api/indicators/:id',
    { schema: { tags, summary: '修改指标', params: zIdParams, body: ZIndicatorUpdate } },
    async (req) => service.updateIndicator(req.ctx, req.params.id, req.body),
  );
  r.post(
    '/api/indicators/:id/review',
    { schema: { tags, summary: '财政审核部门提出的指标（通过/退回）', params: zIdParams, body: ZIndicatorReview } },
    async (req) => service.setIndicatorStatus(req.ctx, req.params.id, req.body.decision, req.body.comment),
  );
  r.post(
    '/api/indicators/:id/status',
    {
      schema: {
        tags,
        summary: '启用或停用指标',
        params: zIdParams,
        body: z.object({ action: z.enum(['enable', 'disable']) }),
      },
    },
    async (req) => service.setIndicatorStatus(req.ctx, req.params.id, req.body.action),
  );
}
