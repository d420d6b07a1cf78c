import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ZAnnualReportQuery, ZReportTemplateUpdate } from '../../../core/contracts/reports';
import { sendFile } from '../../platform/http';
import { reportDocx, reportXlsx } from './files';
import * as service from './service';

const tags = ['驾驶舱与报告'];

export async function reportRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/reports/annual',
    {
      schema: {
        tags,
        summary: '年度预算绩效工作开展情况说明（format=json 结构化数据 / docx Word / xlsx 数据表）',
        querystring: ZAnnualReportQuery,
      },
    },
    async (req, reply) => {
      const report = await service.annualReport(req.ctx, req.query.year);
      if (req.query.format === 'docx') return sendFile(reply, `${report.title}.docx`, await reportDocx(report), 'docx');
      if (req.query.format === 'xlsx') {
        return sendFile(reply, `${report.title}（数据表）.xlsx`, await reportXlsx(report.figures), 'xlsx');
      }
      return report;
    },
  );
  r.put(
    '/api/reports/templates',
    { schema: { tags, summary: '编辑年度工作说明段落模板', body: ZReportTemplateUpdate } },
    async (req) => service.saveTemplates(req.ctx, req.body.year, req.body.paragraphs),
  );
}
