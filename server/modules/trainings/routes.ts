import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ZTrainingCancel, ZTrainingInput, ZTrainingListQuery } from '../../../core/contracts/trainings';
import { z, zIdParams, zYear } from '../../../core/zod';
import { readUpload, sendFile } from '../../platform/http';
import { exportAttendance, importAttendance } from './attendance';
import * as service from './service';

const tags = ['制度体系'];

export async function trainingRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/trainings',
    { schema: { tags, summary: '政策宣讲与培训列表', querystring: ZTrainingListQuery } },
    async (req) => service.listTrainings(req.ctx, req.query),
  );
  r.get(
    '/api/trainings/coverage',
    { schema: { tags, summary: '年度宣讲覆盖单位情况', querystring: z.object({ year: zYear }) } },
    async (req) => service.trainingCoverage(req.ctx, req.query.year),
  );
  r.get(
    '/api/trainings/:id',
    { schema: { tags, summary: '宣讲培训详情（含参训单位）', params: zIdParams } },
    async (req) => service.getTraining(req.ctx, req.params.id),
  );
  r.post('/api/trainings', { schema: { tags, summary: '新增宣讲培训', body: ZTrainingInput } }, async (req) =>
    service.saveTraining(req.ctx, null, req.body),
  );
  r.put(
    '/api/trainings/:id',
    { schema: { tags, summary: '修改宣讲培训', params: zIdParams, body: ZTrainingInput } },
    async (req) => service.saveTraining(req.ctx, req.params.id, req.body),
  );
  r.post(
    '/api/trainings/:id/cancel',
    { schema: { tags, summary: '取消宣讲培训（保留记录，不再计入覆盖）', params: zIdParams, body: ZTrainingCancel } },
    async (req) => service.cancelTraining(req.ctx, req.params.id, req.body),
  );
  r.get(
    '/api/trainings/:id/attendance.xlsx',
    { schema: { tags, summary: '导出签到表（xlsx，与导入模板同列）', params: zIdParams } },
    async (req, reply) => {
      const file = await exportAttendance(req.ctx, req.params.id);
      return sendFile(reply, file.filename, file.buffer, 'xlsx');
    },
  );
  r.post(
    '/api/trainings/:id/attendance/import',
    { schema: { tags, summary: '导入签到表登记参训单位（xlsx，全部成功或全部不导入）', params: zIdParams } },
    async (req) => importAttendance(req.ctx, req.params.id, (await readUpload(req)).buffer),
  );
}
