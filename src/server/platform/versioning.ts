// Optimistic concurrency: a write that changes a record names the version it read, either as
// `If-Match: "<version>"` (→ 412 when stale) or a `version` field in the body (→ 409 when stale).
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError, conflict, preconditionFailed } from '../errors.js';

export function expectedVersion(
  req: FastifyRequest,
  bodyVersion: number | undefined,
): { version: number; via: 'if-match' | 'body' } {
  const header = req.headers['if-match'];
  if (typeof header === 'string' && header.trim()) {
    const m = /^(?:W\/)?"?(\d+)"?$/.exec(header.trim());
    if (!m)
      throw new AppError(400, 'BAD_IF_MATCH', 'If-Match 格式无效，应为 "版本号"', {
        messageEn: 'If-Match must be "<version>"',
      });
    return { version: Number(m[1]), via: 'if-match' };
  }
  if (bodyVersion !== undefined) return { version: bodyVersion, via: 'body' };
  throw new AppError(
    428,
    'VERSION_REQUIRED',
    '修改记录须提供版本号（If-Match 请求头或 version 字段），以免覆盖他人的修改',
    {
      messageEn: 'Send If-Match or a version field so that no one else’s change is overwritten',
    },
  );
}

export function staleError(via: 'if-match' | 'body') {
  return via === 'if-match' ? preconditionFailed() : conflict();
}

export function setEtag(reply: FastifyReply, version: number) {
  reply.header('etag', `"${version}"`);
}
