// The OpenAPI document as a client generator needs it (issue 13): every operation has an operationId
// and says which problem answers (RFC 9457, src/server/errors.ts) it may give. Documentation only:
// what the routes validate and answer at run time is unchanged.
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';

type TransformInput = Parameters<typeof jsonSchemaTransform>[0];
type DocumentInput = Parameters<typeof jsonSchemaTransformObject>[0];

/** The problem JSON every refusal answers with (src/server/errors.ts problemBody). */
export const PROBLEM_SCHEMA = {
  type: 'object',
  required: ['type', 'title', 'status', 'code', 'message'],
  properties: {
    type: { type: 'string', example: 'about:blank' },
    title: { type: 'string' },
    status: { type: 'integer' },
    code: { type: 'string', description: '稳定的错误代码，如 RULE_BLOCKED、WRONG_STAGE、VALIDATION_FAILED' },
    message: { type: 'string', description: '中文说明' },
    messageEn: { type: 'string' },
    rule: { type: 'string', description: '规则编号，如 R-PROCURE' },
    article: { type: 'string', description: '条款，如 Art.18' },
    field: { type: 'string' },
    details: {},
    requestId: { type: 'string' },
    instance: { type: 'string' },
  },
} as const;

const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
});

/** The problem answers, once in components.responses; every operation refers to the ones it may give. */
export const PROBLEM_RESPONSES = {
  BadRequest: problem('请求参数无效 / Invalid request'),
  Unauthorized: problem('未登录 / Not signed in'),
  Forbidden: problem('无权执行 / Not allowed'),
  NotFound: problem('不存在或无权访问 / Not found (or not visible to you)'),
  Conflict: problem('状态或版本冲突（如阶段不允许、已办理） / Conflict: wrong stage, already done, stale version'),
  PreconditionFailed: problem('If-Match 版本不一致 / If-Match does not match'),
  RuleRefused: problem('被规则拦截，附规则编号与条款 / Refused by a rule of the Measures (rule, article)'),
  PreconditionRequired: problem('须提供版本号 / A version is required'),
  InternalError: problem('服务器内部错误（附请求编号） / Internal error (quote the request id)'),
} as const;

const ref = (name: keyof typeof PROBLEM_RESPONSES) => ({ $ref: `#/components/responses/${name}` });

const WRITE_PROBLEMS = {
  409: ref('Conflict'),
  412: ref('PreconditionFailed'),
  422: ref('RuleRefused'),
  428: ref('PreconditionRequired'),
};

/** `POST /api/v1/projects/:id/procurement` → `postProjectsByIdProcurement`. */
export function operationIdOf(method: string, url: string): string {
  const parts = url
    .replace(/^\/api\/v1/, '')
    .split('/')
    .filter(Boolean)
    .map((p) => (p.startsWith(':') ? `By${p.slice(1, 2).toUpperCase()}${p.slice(2)}` : p))
    .flatMap((p) => p.split(/[-_.]/))
    .map((p) => p.slice(0, 1).toUpperCase() + p.slice(1));
  return method.toLowerCase() + parts.join('');
}

/** Issue 12's safe retries (platform/idempotency.ts), a header the route schemas do not carry. */
const IDEMPOTENCY_PARAMETER = {
  in: 'header',
  name: 'Idempotency-Key',
  required: false,
  description:
    '幂等键：同一人以同一键重试同一请求，得到第一次的答复（Idempotent-Replayed: true），不会重复创建 / ' +
    'Idempotency key: a retry with the same key gets the first answer instead of a second creation',
  schema: { type: 'string', minLength: 1, maxLength: 255, pattern: '^[\\x21-\\x7e]+$' },
};

export function openApiTransform(input: TransformInput) {
  const out = jsonSchemaTransform(input);
  const schema = out.schema as Record<string, unknown> & { response?: Record<string, unknown>; security?: unknown[] };
  const method = String(Array.isArray(input.route.method) ? input.route.method[0] : input.route.method);
  schema.operationId ??= operationIdOf(method, input.url);
  const isPublic = Array.isArray(schema.security) && schema.security.length === 0;
  const writes = ['POST', 'PUT', 'PATCH', 'DELETE'].includes(method.toUpperCase());
  schema.response = {
    ...(schema.response ?? {}),
    400: ref('BadRequest'),
    ...(isPublic ? {} : { 401: ref('Unauthorized'), 403: ref('Forbidden') }),
    404: ref('NotFound'),
    ...(writes ? WRITE_PROBLEMS : {}),
    500: ref('InternalError'),
  };
  return out;
}

const RESPONSE_REF = /^#\/components\/responses\//;

/**
 * The whole document: zod's named schemas become components, the problem answers that
 * @fastify/swagger wrapped as JSON schemas become plain references to components.responses, and
 * every POST names the Idempotency-Key header.
 */
export function openApiTransformObject(input: DocumentInput) {
  const doc = jsonSchemaTransformObject(input) as { paths?: Record<string, Record<string, unknown>> };
  for (const operations of Object.values(doc.paths ?? {})) {
    const post = operations.post as { parameters?: unknown[] } | undefined;
    if (post) post.parameters = [...(post.parameters ?? []), IDEMPOTENCY_PARAMETER];
    for (const op of Object.values(operations) as { responses?: Record<string, unknown> }[]) {
      for (const [status, answer] of Object.entries(op.responses ?? {})) {
        const content = (answer as { content?: Record<string, { schema?: { $ref?: string } }> }).content;
        const target = content && Object.values(content)[0]?.schema?.$ref;
        if (target && RESPONSE_REF.test(target)) op.responses![status] = { $ref: target };
      }
    }
  }
  pruneUnusedSchemas(doc as { components?: { schemas?: Record<string, unknown> } });
  return doc;
}

const SCHEMA_REF = /^#\/components\/schemas\/(.+)$/;

function refsIn(node: unknown, found: Set<string>): void {
  if (Array.isArray(node)) for (const n of node) refsIn(n, found);
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      const m = k === '$ref' && typeof v === 'string' ? SCHEMA_REF.exec(v) : null;
      if (m) found.add(decodeURIComponent(m[1]));
      else refsIn(v, found);
    }
  }
}

/**
 * zod's registry gives every named schema twice (as answered, and as accepted: `…Input`); only the
 * ones an operation reaches, directly or through another schema, belong in the document.
 */
function pruneUnusedSchemas(doc: { components?: { schemas?: Record<string, unknown> } }): void {
  const schemas = doc.components?.schemas;
  if (!schemas) return;
  const used = new Set<string>();
  refsIn({ ...doc, components: { ...doc.components, schemas: {} } }, used);
  const queue = [...used];
  while (queue.length) {
    const inner = new Set<string>();
    refsIn(schemas[queue.pop()!], inner);
    for (const name of inner) {
      if (used.has(name)) continue;
      used.add(name);
      queue.push(name);
    }
  }
  for (const name of Object.keys(schemas)) if (!used.has(name)) delete schemas[name];
}
