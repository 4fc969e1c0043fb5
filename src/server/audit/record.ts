// Audit helpers bound to the request (actor, organisation, source IP, request id).
import type { FastifyRequest } from 'fastify';
import type { Tx } from '../../db/client.js';
import { appendAudit, type AuditInput } from '../../db/audit-repo.js';

type RequestAudit = Omit<AuditInput, 'ip' | 'requestId'> & Partial<Pick<AuditInput, 'ip' | 'requestId'>>;

function withRequest(req: FastifyRequest, input: RequestAudit): AuditInput {
  const a = req.auth;
  return {
    actorUserId: a?.user.id ?? null,
    actorUsername: a?.user.username ?? null,
    actorOrgId: a?.org.id ?? null,
    ip: req.ip,
    requestId: req.id,
    ...input,
  };
}

/** Write the audit row inside the action's own transaction: both commit, or neither. */
export function auditTx(tx: Tx, req: FastifyRequest, input: RequestAudit): Promise<void> {
  return appendAudit(tx, withRequest(req, input), req.now);
}

/** An audit row that stands alone (a refusal, a failed sign-in): its own short transaction. */
export function audit(req: FastifyRequest, input: RequestAudit): Promise<void> {
  return req.server.services.db.transaction((tx) => appendAudit(tx, withRequest(req, input), req.now));
}
