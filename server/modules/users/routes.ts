import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { type TUser, ZUserImportRow, ZUserInput, ZUserListQuery, ZUserUpdate } from '../../../core/contracts/users';
import { ROLE_LABELS } from '../../../core/enums';
import { zIdParams } from '../../../core/zod';
import { assertNoRowErrors, readSheet, type SheetColumn, writeSheet } from '../../platform/excel';
import { readUpload, sendFile } from '../../platform/http';
import { assertRole } from '../../platform/policy';
import * as service from './service';

const tags = ['用户与权限'];

const columns: SheetColumn<TUser>[] = [
  { key: 'username', header: '用户名', value: (u) => u.username },
  { key: 'displayName', header: '姓名', value: (u) => u.displayName },
  { key: 'roleLabel', header: '角色', value: (u) => ROLE_LABELS[u.role] },
  { key: 'orgCode', header: '所属机构编码', value: (u) => u.orgCode },
  { key: 'phone', header: '手机号', value: (u) => u.phone ?? '' },
  { key: 'statusLabel', header: '状态', value: (u) => (u.status === 'active' ? '正常' : '停用') },
];

export async function userRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/api/users', { schema: { tags, summary: '用户列表', querystring: ZUserListQuery } }, async (req) =>
    service.listUsers(req.ctx, req.query),
  );
  r.get('/api/users/:id', { schema: { tags, summary: '用户详情', params: zIdParams } }, async (req) =>
    service.getUser(req.ctx, req.params.id),
  );
  r.post('/api/users', { schema: { tags, summary: '新增用户（返回一次性临时密码）', body: ZUserInput } }, async (req) =>
    service.createUser(req.ctx, req.body),
  );
  r.put(
    '/api/users/:id',
    { schema: { tags, summary: '修改用户', params: zIdParams, body: ZUserUpdate } },
    async (req) => service.updateUser(req.ctx, req.params.id, req.body),
  );
  r.post(
    '/api/users/:id/reset-password',
    { schema: { tags, summary: '重置密码并解锁', params: zIdParams } },
    async (req) => service.resetPassword(req.ctx, req.params.id),
  );
  r.get('/api/users/export', { schema: { tags, summary: '导出用户（xlsx，与导入模板同列）' } }, async (req, reply) => {
    const { items } = await service.listUsers(req.ctx, { page: 1, pageSize: 100_000 });
    return sendFile(reply, '用户.xlsx', await writeSheet('用户', columns, items), 'xlsx');
  });
  r.post('/api/users/import', { schema: { tags, summary: '导入用户（xlsx，全部成功或全部不导入）' } }, async (req) => {
    assertRole(req.ctx.actor, ['admin'], '导入用户'); // before reading the file
    const { buffer } = await readUpload(req);
    const { rows, errors } = await readSheet(buffer, columns, ZUserImportRow);
    assertNoRowErrors(errors);
    return service.importUsers(req.ctx, rows);
  });
}
