// Server-side authorisation for every call. Routes declare what they need; nothing is decided in
// the browser. A refusal is audited (等保: 越权访问记录).
import type { FastifyRequest } from 'fastify';
import type { Permission } from '../../domain/access/permissions.js';
import { AppError, forbidden, unauthenticated } from '../errors.js';
import type { AuthContext } from './context.js';
import type { SessionStage } from './session-store.js';
import { audit } from '../audit/record.js';

declare module 'fastify' {
  interface FastifyRequest {
    auth: AuthContext | null;
  }
}

/** A complete session (password changed, second factor enrolled where required). */
export function requireUser(req: FastifyRequest, allowStages: SessionStage[] = ['full']): AuthContext {
  const auth = req.auth;
  if (!auth) throw unauthenticated();
  if (!allowStages.includes(auth.stage)) {
    if (auth.stage === 'password_change') {
      throw new AppError(403, 'PASSWORD_CHANGE_REQUIRED', '请先修改初始密码或已过期的密码', {
        messageEn: 'Change your password first',
      });
    }
    throw new AppError(403, 'MFA_ENROLMENT_REQUIRED', '请先绑定双因素认证（动态口令）', {
      messageEn: 'Enrol a second factor (TOTP) first',
    });
  }
  return auth;
}

export async function requirePermission(req: FastifyRequest, ...anyOf: Permission[]): Promise<AuthContext> {
  const auth = requireUser(req);
  if (anyOf.some((p) => auth.permissions.has(p))) return auth;
  await audit(req, {
    action: 'access.denied',
    outcome: 'denied',
    targetType: 'route',
    targetId: `${req.method} ${req.routeOptions.url}`,
    detail: { needed: anyOf },
  });
  throw forbidden(`无权执行此操作：需要权限 ${anyOf.join(' 或 ')}`, `Not allowed: requires ${anyOf.join(' or ')}`);
}
