// The OpenAPI document as a client generator needs it (issue 13): every operation has an operationId
// and says which problem answers (RFC 9457, src/server/errors.ts) it may give. Documentation only:
// what the routes validate and answer at run time is unchanged.
import { jsonSchemaTransform } from 'fastify-type-provider-zod';

type TransformInput = Parameters<typeof jsonSchemaTransform>[0];

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

const WRITE_PROBLEMS = {
  409: problem('状态或版本冲突（如阶段不允许、已办理） / Conflict: wrong stage, already done, stale version'),
  412: problem('If-Match 版本不一致 / If-Match does not match'),
  422: problem('被规则拦截，附规则编号与条款 / Refused by a rule of the Measures (rule, article)'),
  428: problem('须提供版本号 / A version is required'),
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

export function openApiTransform(input: TransformInput) {
  const out = jsonSchemaTransform(input);
  const schema = out.schema as Record<string, unknown> & { response?: Record<string, unknown>; security?: unknown[] };
  const method = String(Array.isArray(input.route.method) ? input.route.method[0] : input.route.method);
  schema.operationId ??= operationIdOf(method, input.url);
  const isPublic = Array.isArray(schema.security) && schema.security.length === 0;
  const writes = ['POST', 'PUT', 'PATCH', 'DELETE'].includes(method.toUpperCase());
  schema.response = {
    ...(schema.response ?? {}),
    400: problem('请求参数无效 / Invalid request'),
    ...(isPublic ? {} : { 401: problem('未登录 / Not signed in'), 403: problem('无权执行 / Not allowed') }),
    404: problem('不存在或无权访问 / Not found (or not visible to you)'),
    ...(writes ? WRITE_PROBLEMS : {}),
    500: problem('服务器内部错误（附请求编号） / Internal error (quote the request id)'),
  };
  return out;
}
