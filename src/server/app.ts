// Builds the Fastify application: security plugins, the API under /api/v1, the OpenAPI document
// generated from the same zod schemas that validate requests, and the web UI.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../project-root.js';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import {
  hasZodFastifySchemaValidationErrors,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { resolveAuth } from './auth/context.js';
import { auditDownload, auditRefusedId } from './auth/access-audit.js';
import { AppError, problemBody } from './errors.js';
import { refuseControlCharacters } from './platform/input-guard.js';
import { isStorageFull, storageFull } from './platform/storage.js';
import type { Services } from './services.js';
import { runObligationsJob } from './obligations/job.js';
import { openApiTransform, openApiTransformObject, PROBLEM_RESPONSES, PROBLEM_SCHEMA } from './platform/openapi.js';
import { contractSerializer, ResponseContractError } from './platform/response-contract.js';
import { installIdempotency } from './platform/idempotency.js';

const REMINDER_EVERY_MS = 10 * 60_000;
/** The longest a request body may take to arrive (a 50 MB upload at ~60 KB/s). */
const REQUEST_TIMEOUT_MS = 15 * 60_000;
import { apiRoutes } from './routes.js';
import { checkCsrf } from './auth/csrf.js';

declare module 'fastify' {
  interface FastifyInstance {
    services: Services;
  }
  interface FastifyRequest {
    /** The services' clock read once when the request arrived: one instant for the whole request. */
    now: Date;
  }
}

const webRoot = path.join(projectRoot(), 'dist/web');

export async function buildApp(services: Services) {
  const { config } = services;
  const app = Fastify({
    logger: {
      level: config.logLevel,
      redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
    },
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[\w-]{8,64}$/.test(given) ? given : randomUUID();
    },
    trustProxy: config.trustProxy,
    bodyLimit: 1024 * 1024,
    // Backstop for a body that never completes (uploads also time out by themselves, in seconds,
    // documents/receive.ts): Node answers 408 and closes the connection.
    requestTimeout: REQUEST_TIMEOUT_MS,
  }).withTypeProvider<ZodTypeProvider>();

  app.decorate('services', services);
  // Deadline reminders (SPEC §5) and their e-mails every ten minutes while the server runs (issue 10).
  const reminderTimer = setInterval(() => {
    runObligationsJob(services).catch((err: unknown) => app.log.error({ err }, 'deadline reminders failed'));
  }, REMINDER_EVERY_MS);
  reminderTimer.unref();
  app.addHook('onClose', async () => clearInterval(reminderTimer));
  app.decorateRequest('auth', null);
  app.decorateRequest('now', null as unknown as Date);
  app.addHook('onRequest', async (req) => {
    req.now = services.clock.now();
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(contractSerializer(config.responseCheck, app.log));

  app.addHook('onSend', async (req, reply) => {
    reply.header('x-request-id', req.id);
  });

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // antd renders CSS-in-JS into <style> tags.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
    // HSTS only where the platform is actually served over TLS.
    hsts: config.cookieSecure ? { maxAge: 31_536_000, includeSubDomains: true } : false,
  });
  await app.register(cookie);
  await app.register(rateLimit, { global: false });

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'GovIT 宿城区信息化项目管理平台 API',
        description:
          '宿城区信息化项目管理平台的开放接口。错误以 problem+json (RFC 9457) 返回，规则拒绝附带规则编号与条款。',
        version: '1.0.0',
        license: { name: 'MIT', identifier: 'MIT' },
      },
      servers: [{ url: '/', description: '本平台 (this platform)' }],
      components: {
        schemas: { Problem: PROBLEM_SCHEMA as never },
        responses: PROBLEM_RESPONSES as never,
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'govit_sid' },
          bearer: { type: 'http', scheme: 'bearer' },
        },
      },
      security: [{ session: [] }, { bearer: [] }],
    },
    transform: openApiTransform,
    transformObject: openApiTransformObject,
  });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  await app.register(swaggerUi, {
    routePrefix: '/api/docs',
    staticCSP: true,
    uiConfig: { url: '/api/openapi.json' } as never,
  });

  app.addHook('onRequest', async (req) => {
    if (!req.url.startsWith('/api/v1/')) return;
    checkCsrf(req, config.publicUrl);
    req.auth = await resolveAuth(services.db, req, config.initialPolicy, req.now);
  });
  // Before zod validates: NUL and other control characters in the query, the path or a JSON body.
  app.addHook('preValidation', async (req) => {
    if (!req.url.startsWith('/api/')) return;
    refuseControlCharacters({ query: req.query, params: req.params, body: req.body });
  });
  // Downloads that must leave an audit row (auth/access-audit.ts), written before the bytes go.
  app.addHook('onSend', async (req, reply) => {
    await auditDownload(req, reply);
  });

  app.setErrorHandler(async (err: FastifyError, req, reply) => {
    if (isStorageFull(err)) {
      req.log.error({ err }, 'storage full');
      return reply
        .status(507)
        .type('application/problem+json')
        .send(problemBody(storageFull(), req.id, req.url));
    }
    if (err instanceof AppError) {
      await auditRefusedId(req, err);
      return reply
        .status(err.status)
        .type('application/problem+json')
        .send(problemBody(err, req.id, req.url));
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const details = err.validation.map((v) => ({
        field: v.instancePath.replace(/^\//, '').replace(/\//g, '.'),
        message: v.message,
      }));
      const e = new AppError(
        400,
        'VALIDATION_FAILED',
        `请求参数无效：${details.map((d) => `${d.field || '请求'} ${d.message}`).join('；')}`,
        { messageEn: 'Invalid request', details, field: details[0]?.field },
      );
      return reply
        .status(400)
        .type('application/problem+json')
        .send(problemBody(e, req.id, req.url));
    }
    if (err.statusCode === 429) {
      const e = new AppError(429, 'RATE_LIMITED', '请求过于频繁，请稍后再试', {
        messageEn: 'Too many requests; try again later',
      });
      return reply
        .status(429)
        .type('application/problem+json')
        .send(problemBody(e, req.id, req.url));
    }
    if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
      const e = new AppError(err.statusCode, err.code ?? 'BAD_REQUEST', `请求无效：${err.message}`, {
        messageEn: err.message,
      });
      return reply
        .status(err.statusCode)
        .type('application/problem+json')
        .send(problemBody(e, req.id, req.url));
    }
    if (err instanceof ResponseContractError) req.log.error({ route: err.route, problems: err.problems }, err.message);
    else req.log.error({ err }, 'unhandled error');
    const e = new AppError(500, 'INTERNAL_ERROR', '服务器内部错误，请联系管理员并提供请求编号', {
      messageEn: 'Internal error; quote the request id',
    });
    return reply
      .status(500)
      .type('application/problem+json')
      .send(problemBody(e, req.id, req.url));
  });

  // Idempotency-Key on POSTs (issue 12): a retry gets the first answer instead of a second creation.
  installIdempotency(app as unknown as FastifyInstance, services);
  await app.register(apiRoutes, { prefix: '/api/v1' });

  app.setNotFoundHandler((req, reply) => {
    if (req.url.startsWith('/api/') || !fs.existsSync(path.join(webRoot, 'index.html'))) {
      const e = new AppError(404, 'NOT_FOUND', '接口不存在', { messageEn: 'No such endpoint' });
      return reply
        .status(404)
        .type('application/problem+json')
        .send(problemBody(e, req.id, req.url));
    }
    // The web UI is a single-page app: unknown paths render it and its router takes over.
    return reply.type('text/html').sendFile('index.html');
  });
  if (fs.existsSync(webRoot)) {
    await app.register(fastifyStatic, { root: webRoot, prefix: '/', wildcard: true, index: 'index.html' });
  }
  return app;
}

export type App = Awaited<ReturnType<typeof buildApp>>;
