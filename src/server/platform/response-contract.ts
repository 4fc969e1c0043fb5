// Responses are checked against the zod schema the route declares — the same schema the OpenAPI
// document and the web's generated types come from (issue 13). A response that matches no schema
// is a server bug: it fails with a 500 problem (and a log line naming the route and the field)
// instead of handing a client something its generated types do not describe.
//
// zod drops keys a schema does not name. In `strict` mode (tests, demo) a dropped key is an error
// too, so a field a presenter adds without declaring it is caught by the first test that reaches it;
// in `strip` mode (production) the client gets the declared fields only and the log says what went.
import type { FastifyBaseLogger, FastifySerializerCompiler } from 'fastify';
import { $ZodType, safeEncode } from 'zod/v4/core';

export type ResponseCheck = 'strict' | 'strip';

export class ResponseContractError extends Error {
  constructor(
    readonly route: string,
    readonly problems: string[],
  ) {
    super(`response of ${route} does not match its schema: ${problems.slice(0, 5).join('; ')}`);
    this.name = 'ResponseContractError';
  }
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/** Paths (a.b[0].c) of keys with a value in `given` that the encoded result no longer has. */
export function droppedKeys(given: unknown, kept: unknown, at = ''): string[] {
  if (Array.isArray(given) && Array.isArray(kept)) {
    return given.flatMap((g, i) => droppedKeys(g, kept[i], `${at}[${i}]`));
  }
  if (!isPlainObject(given) || !isPlainObject(kept)) return [];
  return Object.entries(given).flatMap(([k, v]) => {
    const path = at ? `${at}.${k}` : k;
    if (v === undefined) return [];
    if (!(k in kept)) return [path];
    return droppedKeys(v, kept[k], path);
  });
}

function resolve(schema: unknown): $ZodType {
  if (schema instanceof $ZodType) return schema;
  const props = (schema as { properties?: unknown } | null)?.properties;
  if (props instanceof $ZodType) return props;
  throw new Error(`response schema is not a zod schema: ${JSON.stringify(schema)}`);
}

export function contractSerializer(mode: ResponseCheck, log: FastifyBaseLogger): FastifySerializerCompiler<unknown> {
  return ({ schema, method, url, httpStatus }) => {
    const zodSchema = resolve(schema);
    const route = `${method} ${url} → ${httpStatus}`;
    let warned = false;
    return (data) => {
      const result = safeEncode(zodSchema, data);
      if (!result.success) {
        const problems = result.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
        throw new ResponseContractError(route, problems);
      }
      // Production pays for the walk only until the route's one warning is logged (hot path).
      const dropped = mode === 'strip' && warned ? [] : droppedKeys(data, result.data);
      if (dropped.length) {
        if (mode === 'strict')
          throw new ResponseContractError(
            route,
            dropped.map((p) => `${p}: not in the schema`),
          );
        log.warn({ route, dropped: dropped.slice(0, 20) }, 'response fields not in the schema were dropped');
        warned = true;
      }
      return JSON.stringify(result.data);
    };
  };
}
