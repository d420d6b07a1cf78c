import fs from 'node:fs';
import path from 'node:path';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Config } from './config';
import { modules } from './modules/index';
import { authPlugin } from './platform/auth/plugin';
import type { Database } from './platform/db/client';
import { registerErrorHandler } from './platform/error-handler';

const webDist = path.join(import.meta.dirname, '../web/dist');

/** Builds the Fastify app around an open database; used by the server, tests and benches alike. */
export async function buildApp({
  database,
  config,
  logger = false,
}: {
  database: Database;
  config: Config;
  logger?: boolean;
}) {
  const app = Fastify({
    logger: logger ? { level: config.logLevel } : false,
    bodyLimit: config.bodyLimitBytes,
    // Only a proxy on the listed addresses may name the client: otherwise X-Forwarded-For would dodge the login limit.
    trustProxy: config.trustProxy,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandler(app);

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // antd's CSS-in-JS injects style tags; no inline scripts are allowed anywhere.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
      },
    },
  });
  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  await app.register(multipart, { limits: { fileSize: config.uploadLimitBytes, files: 1, fields: 10 } });
  await app.register(swagger, {
    openapi: {
      info: { title: '绩效 Jixiao API', description: '全过程预算绩效管理平台接口', version: '0.1.0' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'jx_sid' } } },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', uiConfig: { docExpansion: 'list' } });
  await app.register(authPlugin, { db: database.db, config });

  app.get('/api/health', { schema: { tags: ['系统'], summary: '健康检查' }, config: { public: true } }, async () => {
    await database.pool.query('select 1');
    return { status: 'ok', database: database.driver };
  });
  app.get('/api/openapi.json', { schema: { hide: true }, config: { public: true } }, async () => app.swagger());

  for (const mod of modules) await app.register(mod, { db: database.db, config });

  const spa = fs.existsSync(webDist);
  if (spa) await app.register(fastifyStatic, { root: webDist, prefix: '/', wildcard: true });
  // Unknown /api routes answer in the error format; other GETs get the web app (client-side routing).
  app.setNotFoundHandler((req, reply) => {
    if (spa && req.method === 'GET' && !req.url.startsWith('/api/') && !/\.[a-z0-9]+$/i.test(req.url.split('?')[0])) {
      return reply.sendFile('index.html');
    }
    return reply.status(404).send({ code: 'NOT_FOUND', message: `接口不存在：${req.method} ${req.url.split('?')[0]}` });
  });
  return app;
}
