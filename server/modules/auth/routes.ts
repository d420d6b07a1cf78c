import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ZChangePasswordBody, ZLoginBody, ZMe } from '../../../core/contracts/auth';
import { z } from '../../../core/zod';
import type { Config } from '../../config';
import { SESSION_COOKIE } from '../../platform/auth/session';
import type { Db } from '../../platform/db/client';
import { changePassword, getMe, login, logout } from './service';

export async function authRoutes(app: FastifyInstance, { db, config }: { db: Db; config: Config }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const cookie = { path: '/', httpOnly: true, sameSite: 'strict', secure: config.secureCookies } as const;

  r.post(
    '/api/auth/login',
    {
      schema: { tags: ['认证'], summary: '用户名密码登录', body: ZLoginBody },
      config: { public: true, rateLimit: { max: config.loginRatePerMinute, timeWindow: '1 minute' } },
    },
    async (req, reply) => {
      const result = await login({ db, config, body: req.body, ip: req.ip });
      reply.setCookie(SESSION_COOKIE, result.token, cookie);
      return { ok: true, mustChangePassword: result.mustChangePassword };
    },
  );

  r.post(
    '/api/auth/logout',
    { schema: { tags: ['认证'], summary: '退出登录' }, config: { allowPendingPasswordChange: true } },
    async (req, reply) => {
      await logout({ ctx: req.ctx, sessionId: req.sessionId ?? '' });
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { ok: true };
    },
  );

  r.get(
    '/api/auth/me',
    {
      schema: { tags: ['认证'], summary: '当前用户', response: { 200: ZMe } },
      config: { allowPendingPasswordChange: true },
    },
    async (req) => getMe(db, req.ctx.actor),
  );

  r.post(
    '/api/auth/change-password',
    {
      schema: {
        tags: ['认证'],
        summary: '修改密码',
        body: ZChangePasswordBody,
        response: { 200: z.object({ ok: z.boolean() }) },
      },
      config: { allowPendingPasswordChange: true },
    },
    async (req) => {
      await changePassword({ ctx: req.ctx, sessionId: req.sessionId ?? '', body: req.body });
      return { ok: true };
    },
  );
}
