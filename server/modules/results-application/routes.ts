import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  ZResultsAccept,
  ZResultsLineQuery,
  ZResultsOverride,
  ZResultsRunInput,
  ZWhatIfQuery,
} from '../../../core/contracts/results-application';
import { z, zIdParams, zYear } from '../../../core/zod';
import { sendFile } from '../../platform/http';
import { acceptAll, acceptLine, overrideLine } from './decide';
import { exportLines, summaryDocx } from './export';
import { assertCanRead } from './policy';
import * as service from './service';
import { resultsTotals } from './totals';
import { whatIf } from './what-if';

const tags = ['结果应用'];

export async function resultsApplicationRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/results-application/runs',
    { schema: { tags, summary: '某工作年度的结果应用批次（未生成时为 null）', querystring: ZResultsRunInput } },
    async (req) => service.getRun(req.ctx, req.query.year),
  );
  r.post(
    '/api/results-application/runs',
    { schema: { tags, summary: '生成/刷新下年度预算调整建议（幂等，已确认的不变）', body: ZResultsRunInput } },
    async (req) => service.generateRun(req.ctx, req.body.year),
  );
  r.get(
    '/api/results-application/runs/:id/lines',
    { schema: { tags, summary: '调整建议清单（含证据链）', params: zIdParams, querystring: ZResultsLineQuery } },
    async (req) => service.listLines(req.ctx, req.params.id, req.query),
  );
  r.post(
    '/api/results-application/runs/:id/accept-all',
    { schema: { tags, summary: '全部采纳待确认建议（幂等）', params: zIdParams } },
    async (req) => acceptAll(req.ctx, req.params.id),
  );
  r.get(
    '/api/results-application/runs/:id/what-if',
    {
      schema: {
        tags,
        summary: '模拟测算：修改压减比例后各部门下年度预算',
        params: zIdParams,
        querystring: ZWhatIfQuery,
      },
    },
    async (req) => whatIf(req.ctx, req.params.id, req.query),
  );
  r.get(
    '/api/results-application/runs/:id/export',
    { schema: { tags, summary: '导出调整清单（xlsx）', params: zIdParams } },
    async (req, reply) => sendFile(reply, '结果应用调整清单.xlsx', await exportLines(req.ctx, req.params.id), 'xlsx'),
  );
  r.get(
    '/api/results-application/runs/:id/summary',
    { schema: { tags, summary: '结果应用情况（Word）', params: zIdParams } },
    async (req, reply) => {
      const { filename, buffer } = await summaryDocx(req.ctx, req.params.id);
      return sendFile(reply, filename, buffer, 'docx');
    },
  );
  r.get(
    '/api/results-application/lines/:id',
    { schema: { tags, summary: '调整建议详情', params: zIdParams } },
    async (req) => service.getLine(req.ctx, req.params.id),
  );
  r.post(
    '/api/results-application/lines/:id/accept',
    { schema: { tags, summary: '采纳建议并调整下年度预算（不可重复应用）', params: zIdParams, body: ZResultsAccept } },
    async (req) => acceptLine(req.ctx, req.params.id, req.body.version),
  );
  r.post(
    '/api/results-application/lines/:id/override',
    {
      schema: { tags, summary: '调整建议（须填写理由）并应用到下年度预算', params: zIdParams, body: ZResultsOverride },
    },
    async (req) => overrideLine(req.ctx, req.params.id, req.body),
  );
  r.get(
    '/api/results-application/totals',
    {
      schema: {
        tags,
        summary: '年度报告用汇总：结果应用压减、事前核减、收回、优先保障',
        querystring: z.object({ year: zYear }),
      },
    },
    async (req) => {
      assertCanRead(req.ctx.actor);
      return resultsTotals(req.ctx.db, req.ctx.actor.regionCode, req.query.year, req.ctx.actor);
    },
  );
}
