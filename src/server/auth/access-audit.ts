// Reads that leave a record (等保 level 3 安全审计, issue 11 finding 8), applied to every route from
// app.ts so that no route can forget them:
// - an id probe: a signed-in person asks for a record by an id it may not see. The answer is 404,
//   exactly as for an id that does not exist (so nothing leaks), and both are audited as
//   `access.denied` with the route and the ids: repeated probes show in the audit trail.
// - the downloads in AUDITED_DOWNLOADS whose routes do not audit themselves: the row is written
//   before the file is sent, so there is no download without its audit row.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AuditAction } from '../../domain/audit/events.js';
import { audit } from '../audit/record.js';
import { AppError } from '../errors.js';

/** `${method} ${route}` → the event, the target type and the path parameter holding its id. */
const AUDITED_DOWNLOADS: Record<string, { action: AuditAction; targetType: string; idParam: string; format: string }> =
  {
    'GET /api/v1/projects/:id/declaration-form.docx': {
      action: 'project.declaration_form_exported',
      targetType: 'project',
      idParam: 'id',
      format: 'docx',
    },
  };

const routeOf = (req: FastifyRequest) => `${req.method} ${req.routeOptions.url}`;

function paramsOf(req: FastifyRequest): Record<string, string> {
  const p = req.params;
  return p && typeof p === 'object' ? (p as Record<string, string>) : {};
}

/** A 404 for a route addressed by id, asked by a signed-in person: an id probe (or a stale link). */
export async function auditRefusedId(req: FastifyRequest, err: unknown): Promise<void> {
  if (!(err instanceof AppError) || err.status !== 404 || !req.auth || !req.routeOptions.url) return;
  const params = paramsOf(req);
  if (Object.keys(params).length === 0) return;
  try {
    await audit(req, {
      action: 'access.denied',
      outcome: 'denied',
      targetType: 'route',
      targetId: routeOf(req),
      detail: { status: 404, code: err.code, params },
    });
  } catch (auditErr) {
    // The refusal stands either way; a failed audit write is an operations alarm, not a 500 here.
    req.log.error({ err: auditErr }, 'could not audit a refused id');
  }
}

/** onSend: the audit row of a listed download, before its bytes leave. */
export async function auditDownload(req: FastifyRequest, reply: FastifyReply): Promise<void> {
  const entry = AUDITED_DOWNLOADS[routeOf(req)];
  if (!entry || reply.statusCode !== 200) return;
  await audit(req, {
    action: entry.action,
    outcome: 'success',
    targetType: entry.targetType,
    targetId: paramsOf(req)[entry.idParam] ?? null,
    detail: { format: entry.format },
  });
}
