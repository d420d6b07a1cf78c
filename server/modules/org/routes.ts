import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ZFieldInput, ZOrgImportRow, ZOrgListQuery, ZOrgUnitInput, ZOrgUnitUpdate } from '../../../core/contracts/org';
import { z, zIdParams, zYear } from '../../../core/zod';
import { assertNoRowErrors, readSheet, writeSheet } from '../../platform/excel';
import { readUpload, sendFile } from '../../platform/http';
import { assertRole } from '../../platform/policy';
import { orgColumns } from './excel';
import * as service from './service';

const tags = ['机构与基础数据'];

export async function orgRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/org/units', { schema: { tags, summary: '机构列表', querystring: ZOrgListQuery } }, async (req) =>
    service.listOrgUnits(req.ctx, req.query),
  );
  r.get('/api/org/units/:id', { schema: { tags, summary: '机构详情', params: zIdParams } }, async (req) =>
    service.getOrgUnit(req.ctx, req.params.id),
  );
  r.post('/api/org/units', { schema: { tags, summary: '新增机构', body: ZOrgUnitInput } }, async (req) =>
    service.createOrgUnit(req.ctx, req.body),
  );
  r.put(
    '/api/org/units/:id',
    { schema: { tags, summary: '修改机构', params: zIdParams, body: ZOrgUnitUpdate } },
    async (req) => service.updateOrgUnit(req.ctx, req.params.id, req.body),
  );

  r.get('/api/org/export', { schema: { tags, summary: '导出机构树（xlsx，与导入模板同列）' } }, async (req, reply) => {
    const rows = (await service.listOrgUnits(req.ctx, {})).filter(
      (u) => u.kind === 'department' || u.kind === 'budgetUnit',
    );
    const codes = new Map(rows.map((u) => [u.id, u.code]));
    const buf = await writeSheet(
      '机构',
      orgColumns((id) => (id ? (codes.get(id) ?? '') : '')),
      rows,
    );
    return sendFile(reply, '机构树.xlsx', buf, 'xlsx');
  });
  r.post('/api/org/import', { schema: { tags, summary: '导入机构树（xlsx，全部成功或全部不导入）' } }, async (req) => {
    assertRole(req.ctx.actor, ['admin'], '导入机构'); // before reading the file: a refused caller learns nothing of it
    const { buffer } = await readUpload(req);
    const { rows, errors } = await readSheet(
      buffer,
      orgColumns(() => ''),
      ZOrgImportRow,
    );
    assertNoRowErrors(errors);
    return service.importOrgTree(req.ctx, rows);
  });

  r.get('/api/org/fields', { schema: { tags, summary: '重点领域' } }, async (req) => service.listFields(req.ctx));
  r.post('/api/org/fields', { schema: { tags, summary: '新增重点领域', body: ZFieldInput } }, async (req) =>
    service.saveField(req.ctx, null, req.body),
  );
  r.put(
    '/api/org/fields/:id',
    { schema: { tags, summary: '修改重点领域', params: zIdParams, body: ZFieldInput } },
    async (req) => service.saveField(req.ctx, req.params.id, req.body),
  );

  r.get('/api/org/fiscal-years', { schema: { tags, summary: '财政年度' } }, async (req) =>
    service.listFiscalYears(req.ctx),
  );
  r.post(
    '/api/org/fiscal-years',
    { schema: { tags, summary: '新增财政年度', body: z.object({ year: zYear }) } },
    async (req) => service.createFiscalYear(req.ctx, req.body.year),
  );
}
