import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Config } from '../../config';
import type { Ctx } from '../context';
import type { Db } from '../db/client';
import { AppError } from '../errors';
import { lookupSession, SESSION_COOKIE } from './session';

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in caller; set for every non-public route. */
    ctx: Ctx;
    sessionId: string | null;
  }
  interface FastifyContextConfig {
    /** Route needs no session. */
    public?: boolean;
    /** Route stays usable while a password change is pending. */
    allowPendingPasswordChange?: boolean;
  }
}

/** Resolves the session cookie on every /api request and refuses unauthenticated calls. */
export const authPlugin = fp(async (app: FastifyInstance, opts: { db: Db; config: Config }) => {
  app.decorateRequest('ctx', null as unknown as Ctx);
  app.decorateRequest('sessionId', null);
  app.addHook('onRequest', async (req: FastifyRequest, reply: FastifyReply) => {
    const routeConfig = req.routeOptions.config;
    if (!req.url.startsWith('/api/') || routeConfig.public) return;
    const token = req.cookies[SESSION_COOKIE];
    if (!token) throw new AppError('UNAUTHENTICATED');
    const found = await lookupSession(opts.db, token, opts.config.sessionIdleMinutes);
    if (!found) {
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      throw new AppError('UNAUTHENTICATED');
    }
    if (found.expired) {
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      throw new AppError('SESSION_EXPIRED');
    }
    if (found.mustChangePassword && !routeConfig.allowPendingPasswordChange) {
      throw new AppError('PASSWORD_CHANGE_REQUIRED');
    }
    req.ctx = { actor: found.actor, ip: req.ip, db: opts.db };
    req.sessionId = found.sessionId;
  });
});
