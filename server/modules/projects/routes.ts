import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  ZBudgetAdjust,
  ZProjectInput,
  ZProjectListQuery,
  ZProjectTransition,
  ZProjectUpdate,
} from '../../../core/contracts/projects';
import { zIdParams } from '../../../core/zod';
import { readUpload, sendFile } from '../../platform/http';
import { importProjects } from './import';
import { exportProjects, projectImportTemplate } from './import-sheet';
import * as service from './service';
import { adjustBudget, transitionProject } from './workflow';

const tags = ['项目库'];

export async function projectRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/projects',
    { schema: { tags, summary: '项目列表（按角色范围，含金额合计）', querystring: ZProjectListQuery } },
    async (req) => service.listProjects(req.ctx, req.query),
  );
  r.get(
    '/api/projects/export',
    { schema: { tags, summary: '导出项目列表（xlsx，与导入同列）', querystring: ZProjectListQuery } },
    async (req, reply) => sendFile(reply, '项目库.xlsx', await exportProjects(req.ctx, req.query), 'xlsx'),
  );
  r.get(
    '/api/projects/import-template',
    { schema: { tags, summary: '下载项目库导入模板（xlsx）' } },
    async (req, reply) => sendFile(reply, '项目库导入模板.xlsx', await projectImportTemplate(req.ctx), 'xlsx'),
  );
  r.post(
    '/api/projects/import',
    { schema: { tags, summary: '导入项目库（xlsx，按范围，全部成功或全部不导入）' } },
    async (req) => importProjects(req.ctx, (await readUpload(req)).buffer),
  );
  r.get(
    '/api/projects/:id',
    { schema: { tags, summary: '项目详情（含状态步骤与可执行操作）', params: zIdParams } },
    async (req) => service.getProject(req.ctx, req.params.id),
  );
  r.post('/api/projects', { schema: { tags, summary: '新建项目', body: ZProjectInput } }, async (req) =>
    service.createProject(req.ctx, req.body),
  );
  r.put(
    '/api/projects/:id',
    { schema: { tags, summary: '修改项目（草稿）', params: zIdParams, body: ZProjectUpdate } },
    async (req) => service.updateProject(req.ctx, req.params.id, req.body),
  );
  r.post(
    '/api/projects/:id/transition',
    {
      schema: {
        tags,
        summary: '项目状态流转（提交、入库、退回、安排预算、下达、办结）',
        params: zIdParams,
        body: ZProjectTransition,
      },
    },
    async (req) => transitionProject(req.ctx, req.params.id, req.body),
  );
  r.post(
    '/api/projects/:id/budget-adjustment',
    { schema: { tags, summary: '调整项目预算（调整后预算）', params: zIdParams, body: ZBudgetAdjust } },
    async (req) => adjustBudget(req.ctx, req.params.id, req.body.amount, req.body.reason),
  );
}
