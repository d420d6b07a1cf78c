import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

describe('feedback (难点堵点)', () => {
  it('a unit raises a question, finance gets a to-do, answers and publishes it to the FAQ', async () => {
    const unit = await t.as('unit');
    const raised = await unit.post('/api/feedback', {
      stage: 'monitoring',
      title: '跨年合同付款如何填报监控',
      question: '跨年度合同的付款节点在次年，本年监控执行率如何填报？',
    });
    expect(raised.statusCode).toBe(200);
    const id = raised.json().id;
    const finance = await t.as('finance');
    const inbox = (await finance.get('/api/inbox?tab=todo&pageSize=200')).json();
    expect(
      inbox.items.some((x: { entityId: number; kind: string }) => x.entityId === id && x.kind === 'feedbackAnswer'),
    ).toBe(true);
    const detail = (await finance.get(`/api/feedback/${id}`)).json();
    expect(detail.allowedActions).toContain('answer');
    const ans = await finance.post(`/api/feedback/${id}/answer`, {
      answer: '按合同约定的付款节点说明，上传合同后标注合理原因。',
      publish: true,
      ruleChange: true,
      ruleChangeNote: '纳入运行监控管理办法',
      version: detail.version,
    });
    expect(ans.statusCode).toBe(200);
    const faq = (await unit.get(`/api/feedback/faq?q=${encodeURIComponent('跨年度合同')}`)).json();
    expect(faq.items.map((f: { id: number }) => f.id)).toContain(id);
    const mine = (await unit.get(`/api/feedback/${id}`)).json();
    expect(mine.status).toBe('answered');
    expect(mine.responseHours).not.toBeNull();
    const after = (await finance.get('/api/inbox?tab=todo&pageSize=200')).json();
    expect(
      after.items.some((x: { entityId: number; kind: string }) => x.entityId === id && x.kind === 'feedbackAnswer'),
    ).toBe(false);
  });

  it('unpublished and open tickets are not in the FAQ; another unit cannot see the ticket', async () => {
    const { rows } = await t.database.pool.query(
      "select count(*) filter (where published)::int as pub from feedback_ticket where region_code = '420102'",
    );
    const unit2 = await t.as('unit2');
    const faq = (await unit2.get('/api/feedback/faq?pageSize=500')).json();
    expect(faq.total).toBe(rows[0].pub);
    const { rows: own } = await t.database.pool.query(
      "select f.id from feedback_ticket f join org_unit o on o.id = f.unit_id where o.code = '104002' limit 1",
    );
    if (own[0]) expect((await unit2.get(`/api/feedback/${own[0].id}`)).statusCode).toBe(404);
  });

  it('enforces the workflow: only finance answers, a rule change needs a note, closed tickets cannot be answered', async () => {
    const unit = await t.as('unit');
    const id = (await unit.post('/api/feedback', { stage: 'targets', title: '问题', question: '问题内容' })).json().id;
    expect((await unit.post(`/api/feedback/${id}/answer`, { answer: 'x' })).statusCode).toBe(403);
    const finance = await t.as('finance');
    expect((await finance.post(`/api/feedback/${id}/close`, {})).json().code).toBe('INVALID_TRANSITION');
    expect((await finance.post(`/api/feedback/${id}/answer`, { answer: 'x', ruleChange: true })).statusCode).toBe(400);
    expect((await finance.post(`/api/feedback/${id}/answer`, { answer: '答复' })).statusCode).toBe(200);
    expect((await finance.post(`/api/feedback/${id}/close`, {})).statusCode).toBe(200);
    expect((await finance.post(`/api/feedback/${id}/answer`, { answer: '再答' })).json().code).toBe(
      'INVALID_TRANSITION',
    );
  });
});
