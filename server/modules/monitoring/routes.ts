import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  DISPOSAL_KINDS,
  ZDisposalInput,
  ZEntryListQuery,
  ZEntrySave,
  ZExecutionImportRow,
  ZKeyFlagInput,
  ZKeyRecordInput,
  ZPaymentHoldLift,
  ZPaymentHoldQuery,
  ZReopenInput,
  ZReviewInput,
  ZRoundInput,
  ZRoundListQuery,
  ZWarningQuery,
} from '../../../core/contracts/monitoring';
import { z, zId, zIdParams, zYear } from '../../../core/zod';
import { readSheet } from '../../platform/excel';
import { readUpload, sendFile } from '../../platform/http';
import { createDisposal, listDisposals, visibleRecoveryTotals } from './disposals';
import { getEntry, listEntries, saveEntry, submitEntry } from './entries';
import { executionColumns, exportRows, importExecution } from './execution-sheet';
import { addKeyRecord, listKeyProjects, listKeyRecords, setKeyProject } from './key-projects';
import { liftPaymentHold, listPaymentHolds } from './payment-holds';
import './policy';
import { reopenUnit, reviewEntries } from './review';
import { closeRound, getRound, listRounds, openRound, pendingUnits, remindUnits, syncRound } from './rounds';
import { getProjectCurve, heatTable, listWarnings, recomputeRoundWarnings } from './warnings';

const tags = ['运行监控'];
const P = '/api/monitoring';

export async function monitoringRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  // Rounds
  r.get(`${P}/rounds`, { schema: { tags, summary: '监控轮次列表', querystring: ZRoundListQuery } }, async (req) =>
    listRounds(req.ctx, req.query.year),
  );
  r.post(
    `${P}/rounds`,
    { schema: { tags, summary: '发起监控轮次（自动纳入全部已批复项目）', body: ZRoundInput } },
    async (req) => openRound(req.ctx, req.body),
  );
  r.get(
    `${P}/rounds/:id`,
    { schema: { tags, summary: '监控轮次详情与分部门覆盖率', params: zIdParams } },
    async (req) => getRound(req.ctx, req.params.id),
  );
  r.get(
    `${P}/rounds/:id/pending-units`,
    { schema: { tags, summary: '未填报提交的单位', params: zIdParams } },
    async (req) => pendingUnits(req.ctx, req.params.id),
  );
  r.post(
    `${P}/rounds/:id/remind`,
    { schema: { tags, summary: '催报未填报单位（发送待办）', params: zIdParams } },
    async (req) => remindUnits(req.ctx, req.params.id),
  );
  r.post(
    `${P}/rounds/:id/sync`,
    { schema: { tags, summary: '同步监控范围（纳入新批复项目）', params: zIdParams } },
    async (req) => syncRound(req.ctx, req.params.id),
  );
  r.post(`${P}/rounds/:id/close`, { schema: { tags, summary: '关闭监控轮次', params: zIdParams } }, async (req) =>
    closeRound(req.ctx, req.params.id),
  );
  r.post(
    `${P}/rounds/:id/reopen-unit`,
    { schema: { tags, summary: '管理员解锁单位填报（须填写原因）', params: zIdParams, body: ZReopenInput } },
    async (req) => reopenUnit(req.ctx, req.params.id, req.body.unitId, req.body.reason),
  );
  r.post(
    `${P}/rounds/:id/recompute`,
    { schema: { tags, summary: '按现行规则重新计算预警', params: zIdParams } },
    async (req) => recomputeRoundWarnings(req.ctx, req.params.id),
  );
  r.get(
    `${P}/rounds/:id/entries`,
    { schema: { tags, summary: '本轮监控表列表', params: zIdParams, querystring: ZEntryListQuery } },
    async (req) => listEntries(req.ctx, req.params.id, req.query),
  );
  r.get(
    `${P}/rounds/:id/export`,
    { schema: { tags, summary: '导出预算执行情况（xlsx，与导入模板同列）', params: zIdParams } },
    async (req, reply) => {
      const file = await exportRows(req.ctx, req.params.id);
      return sendFile(reply, file.name, file.buffer, 'xlsx');
    },
  );
  r.post(
    `${P}/rounds/:id/import`,
    { schema: { tags, summary: '按项目编码导入预算执行数据（全部成功或全部不导入）', params: zIdParams } },
    async (req) => {
      const { buffer } = await readUpload(req);
      const { rows, errors } = await readSheet(buffer, executionColumns, ZExecutionImportRow);
      return importExecution(req.ctx, req.params.id, rows, errors);
    },
  );

  // Entries
  r.get(`${P}/entries/:id`, { schema: { tags, summary: '监控表详情', params: zIdParams } }, async (req) =>
    getEntry(req.ctx, req.params.id),
  );
  r.put(
    `${P}/entries/:id`,
    { schema: { tags, summary: '填报预算执行与目标完成情况', params: zIdParams, body: ZEntrySave } },
    async (req) => saveEntry(req.ctx, req.params.id, req.body),
  );
  r.post(`${P}/entries/:id/submit`, { schema: { tags, summary: '提交监控表', params: zIdParams } }, async (req) =>
    submitEntry(req.ctx, req.params.id),
  );
  r.post(
    `${P}/entries/review`,
    { schema: { tags, summary: '审核通过或退回监控表（可批量）', body: ZReviewInput } },
    async (req) => reviewEntries(req.ctx, req.body),
  );
  r.post(
    `${P}/entries/:id/disposals`,
    {
      schema: {
        tags,
        summary: '预警处置（督促整改/调整目标/压减预算/暂缓拨款/收回资金）',
        params: zIdParams,
        body: ZDisposalInput,
      },
    },
    async (req) => createDisposal(req.ctx, req.params.id, req.body),
  );

  // Warnings
  r.get(`${P}/warnings`, { schema: { tags, summary: '预警清单', querystring: ZWarningQuery } }, async (req) =>
    listWarnings(req.ctx, req.query),
  );
  r.get(
    `${P}/heat`,
    {
      schema: {
        tags,
        summary: '分部门预警热力表',
        querystring: z.object({ roundId: zId.optional(), year: zYear.optional() }),
      },
    },
    async (req) => heatTable(req.ctx, req.query.roundId, req.query.year),
  );
  r.get(
    `${P}/projects/:id/curve`,
    { schema: { tags, summary: '项目执行进度曲线与序时进度', params: zIdParams } },
    async (req) => getProjectCurve(req.ctx, req.params.id),
  );

  // Disposals and recoveries
  r.get(
    `${P}/disposals`,
    {
      schema: {
        tags,
        summary: '处置记录',
        querystring: z.object({
          year: zYear.optional(),
          kind: z.enum(DISPOSAL_KINDS).optional(),
          departmentId: zId.optional(),
        }),
      },
    },
    async (req) => listDisposals(req.ctx, req.query),
  );
  r.get(
    `${P}/recoveries`,
    { schema: { tags, summary: '收回资金合计（按部门）', querystring: z.object({ year: zYear }) } },
    async (req) => visibleRecoveryTotals(req.ctx, req.query.year),
  );
  r.get(
    `${P}/payment-holds`,
    { schema: { tags, summary: '暂停拨款项目（可按状态筛选）', querystring: ZPaymentHoldQuery } },
    async (req) => listPaymentHolds(req.ctx, req.query),
  );
  r.post(
    `${P}/payment-holds/:id/lift`,
    { schema: { tags, summary: '恢复拨款（财政，须填写原因）', params: zIdParams, body: ZPaymentHoldLift } },
    async (req) => liftPaymentHold(req.ctx, req.params.id, req.body),
  );

  // Key projects
  r.get(
    `${P}/key-projects`,
    { schema: { tags, summary: '重点跟踪项目', querystring: z.object({ year: zYear }) } },
    async (req) => listKeyProjects(req.ctx, req.query.year),
  );
  r.put(
    `${P}/projects/:id/key`,
    { schema: { tags, summary: '设为/取消重点跟踪项目', params: zIdParams, body: ZKeyFlagInput } },
    async (req) => setKeyProject(req.ctx, req.params.id, req.body.keyProject),
  );
  r.get(
    `${P}/projects/:id/key-records`,
    { schema: { tags, summary: '重点项目跟踪记录', params: zIdParams } },
    async (req) => listKeyRecords(req.ctx, req.params.id),
  );
  r.post(
    `${P}/projects/:id/key-records`,
    {
      schema: { tags, summary: '新增跟踪记录（月度执行/跟踪意见/实地核查）', params: zIdParams, body: ZKeyRecordInput },
    },
    async (req) => addKeyRecord(req.ctx, req.params.id, req.body),
  );
}
