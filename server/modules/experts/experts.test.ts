import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app';
import { applyAndSubmit, as, expertIds, fullSheet, newProject } from '../ex-ante/test-helpers';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

const EXPERT = {
  name: '孔新明',
  title: '教授',
  employer: '省财经大学',
  orgType: 'university',
  orgId: null,
  fieldCodes: ['culture'],
  phone: '',
};

async function count(sql: string, params: unknown[] = []) {
  const { rows } = await t.database.pool.query(`select count(*)::int as n from ${sql}`, params);
  return rows[0].n as number;
}

async function userId(username: string) {
  const { rows } = await t.database.pool.query('select id from app_user where username = $1', [username]);
  return rows[0].id as number;
}

describe('expert pool accounts', () => {
  it('an expert added with a new account is drawn, sits on the panel, signs in and scores', async () => {
    const finance = await as(t, 'finance');
    const created = await finance.post('/api/experts', { ...EXPERT, newAccount: { username: 'kong.xm' } });
    expect(created.statusCode).toBe(200);
    const saved = created.json();
    expect(saved.account.username).toBe('kong.xm');
    expect(saved.userId).toBe(await userId('kong.xm'));
    // one transaction: the account and the pool entry, each with its audit event
    expect(
      await count(`audit_event where entity = 'user' and entity_id = $1 and action = 'create'`, [saved.userId]),
    ).toBe(1);
    expect(
      await count(`audit_event where entity = 'expert' and entity_id = $1 and action = 'create'`, [saved.id]),
    ).toBe(1);
    const listed = (await finance.get('/api/experts')).json().find((e: { id: number }) => e.id === saved.id);
    expect(listed.username).toBe('kong.xm');

    // the draw offers every eligible expert of the field when asked for all of them
    const id = await applyAndSubmit(t, await as(t, 'unit'), (await newProject(t)).id);
    const probe = (
      await finance.post('/api/ex-ante/draw', { assessmentId: id, count: 1, fieldCode: 'culture' })
    ).json();
    const pool = (await finance.get('/api/experts?fieldCode=culture&active=true')).json() as {
      id: number;
      userId: number | null;
    }[];
    const excluded = new Set(probe.excluded.map((x: { id: string }) => Number(x.id)));
    const eligible = pool.filter((e) => e.userId !== null && !excluded.has(e.id));
    const drawn = await finance.post('/api/ex-ante/draw', {
      assessmentId: id,
      count: eligible.length,
      fieldCode: 'culture',
      seed: 7,
    });
    expect(drawn.statusCode).toBe(200);
    expect(drawn.json().experts.map((e: { id: number }) => e.id)).toContain(saved.id);

    const formed = await finance.put(`/api/ex-ante/assessments/${id}/panel`, {
      expertIds: [saved.id, ...(await expertIds(finance, ['expert2', 'expert3']))],
      templateKind: 'project',
    });
    expect(formed.statusCode).toBe(200);

    const expert = await t.as('kong.xm', saved.account.temporaryPassword);
    expect(
      (
        await expert.post('/api/auth/change-password', {
          oldPassword: saved.account.temporaryPassword,
          newPassword: 'Kong#2026score',
        })
      ).statusCode,
    ).toBe(200);
    expect(JSON.stringify((await expert.get('/api/inbox')).json())).toContain(`/ex-ante/assessments/${id}`);
    const d = (await expert.get(`/api/ex-ante/assessments/${id}`)).json();
    expect(d.allowedActions).toContain('score');
    const scored = await expert.put(`/api/ex-ante/assessments/${id}/scores`, fullSheet(d.template, 0.8));
    expect(scored.statusCode).toBe(200);
  });

  it('links an existing unlinked expert account once; other accounts and double links are refused', async () => {
    const admin = await as(t, 'admin');
    const { rows } = await t.database.pool.query(`select id from org_unit where kind = 'external' limit 1`);
    const made = await admin.post('/api/users', {
      username: 'free.expert',
      displayName: '待关联专家',
      role: 'expert',
      orgId: rows[0].id,
    });
    expect(made.statusCode).toBe(200);
    const finance = await as(t, 'finance');
    const offered = (await finance.get('/api/experts/accounts')).json() as { id: number; username: string }[];
    expect(offered.map((a) => a.username)).toContain('free.expert');
    expect(offered.map((a) => a.username)).not.toContain('expert'); // already in the pool

    const linked = await finance.post('/api/experts', { ...EXPERT, name: '关联专家', userId: made.json().id });
    expect(linked.statusCode).toBe(200);
    expect(linked.json().account).toBeNull();
    const offeredAfter = (await finance.get('/api/experts/accounts')).json() as { username: string }[];
    expect(offeredAfter.map((a) => a.username)).not.toContain('free.expert');

    const before = await count('expert');
    const twice = await finance.post('/api/experts', { ...EXPERT, name: '重复关联', userId: made.json().id });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().code).toBe('DUPLICATE');
    const notExpert = await finance.post('/api/experts', { ...EXPERT, name: '错关联', userId: await userId('unit') });
    expect(notExpert.statusCode).toBe(400);
    expect(await count('expert')).toBe(before);
    // The database holds the rule too (a racing second link cannot pass the service's check and both commit).
    await expect(
      t.database.pool.query('UPDATE expert SET user_id = $1 WHERE id = (SELECT min(id) FROM expert WHERE id <> $2)', [
        made.json().id,
        linked.json().id,
      ]),
    ).rejects.toThrow(/expert_user_uq/);

    // editing other fields keeps the link
    const e = linked.json();
    const edited = await finance.put(`/api/experts/${e.id}`, {
      ...EXPERT,
      name: '关联专家',
      title: '研究员',
      userId: e.userId,
      version: e.version,
    });
    expect(edited.statusCode).toBe(200);
    expect(edited.json().userId).toBe(e.userId);
  });

  it("refuses a field code that is not one of the region's key fields, on create and on edit", async () => {
    const finance = await as(t, 'finance');
    const before = await count('expert');
    const bad = await finance.post('/api/experts', { ...EXPERT, name: '错领域专家', fieldCodes: ['culture', 'nope'] });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ code: 'VALIDATION_FAILED', message: '重点领域编码“nope”不存在' });
    expect(await count('expert')).toBe(before);
    const made = (await finance.post('/api/experts', { ...EXPERT, name: '改领域专家' })).json();
    const edit = await finance.put(`/api/experts/${made.id}`, {
      ...EXPERT,
      name: '改领域专家',
      fieldCodes: ['nope'],
      version: made.version,
    });
    expect(edit.statusCode).toBe(400);
    expect(
      await count('expert where id = $1 and field_codes = $2::jsonb', [made.id, JSON.stringify(['culture'])]),
    ).toBe(1);
  });

  it('a taken username rolls back the whole save: no expert, no account', async () => {
    const finance = await as(t, 'finance');
    const before = { experts: await count('expert'), users: await count('app_user') };
    const res = await finance.post('/api/experts', {
      ...EXPERT,
      name: '撞名专家',
      newAccount: { username: 'finance' },
    });
    expect(res.statusCode).toBe(409);
    expect(await count('expert')).toBe(before.experts);
    expect(await count('app_user')).toBe(before.users);
    const both = await finance.post('/api/experts', {
      ...EXPERT,
      userId: await userId('expert'),
      newAccount: { username: 'another.one' },
    });
    expect(both.statusCode).toBe(400);
  });

  it('keeps the account of an expert with an unscored panel seat until the sheet is in', async () => {
    const finance = await as(t, 'finance');
    const created = (
      await finance.post('/api/experts', { ...EXPERT, name: '在评专家', newAccount: { username: 'seat.xm' } })
    ).json();
    const project = await newProject(t);
    const id = await applyAndSubmit(t, await as(t, 'unit'), project.id);
    const formed = await finance.put(`/api/ex-ante/assessments/${id}/panel`, {
      expertIds: [created.id, ...(await expertIds(finance, ['expert2', 'expert3']))],
      templateKind: 'project',
    });
    expect(formed.statusCode).toBe(200);

    const users = await count('app_user');
    const edit = { ...EXPERT, name: '在评专家', version: created.version };
    for (const change of [{ userId: null }, { userId: null, newAccount: { username: 'seat.new' } }]) {
      const res = await finance.put(`/api/experts/${created.id}`, { ...edit, ...change });
      expect(res.statusCode).toBe(409);
      expect(res.json().code).toBe('INVALID_TRANSITION');
      expect(res.json().message).toContain(project.name);
    }
    expect(await count('app_user')).toBe(users); // no account opened by the refused relink
    const kept = (await finance.get('/api/experts')).json().find((e: { id: number }) => e.id === created.id);
    expect(kept.userId).toBe(created.userId);
    // other edits still pass, keeping the link
    const retitled = await finance.put(`/api/experts/${created.id}`, {
      ...edit,
      title: '研究员',
      userId: created.userId,
    });
    expect(retitled.statusCode).toBe(200);

    // once the sheet is in, the account may be unlinked
    const expert = await t.as('seat.xm', created.account.temporaryPassword);
    await expert.post('/api/auth/change-password', {
      oldPassword: created.account.temporaryPassword,
      newPassword: 'Seat#2026score',
    });
    const d = (await expert.get(`/api/ex-ante/assessments/${id}`)).json();
    expect((await expert.put(`/api/ex-ante/assessments/${id}/scores`, fullSheet(d.template, 0.8))).statusCode).toBe(
      200,
    );
    const unlinked = await finance.put(`/api/experts/${created.id}`, {
      ...edit,
      userId: null,
      version: retitled.json().version,
    });
    expect(unlinked.statusCode).toBe(200);
    expect(unlinked.json().userId).toBeNull();
  });

  it('only finance and admin see the linkable accounts', async () => {
    expect((await (await as(t, 'expert')).get('/api/experts/accounts')).statusCode).toBe(403);
    expect((await (await as(t, 'unit')).get('/api/experts/accounts')).statusCode).toBe(403);
  });
});
