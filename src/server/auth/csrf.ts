// CSRF protection for cookie-authenticated writes: the session cookie is SameSite=Lax, and a
// write must come from our own origin (Fetch Metadata and Origin checks, OWASP's "verifying origin
// with standard headers"). Non-browser clients send neither header and are not cookie-driven.
import type { FastifyRequest } from 'fastify';
import { AppError } from '../errors.js';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

export function checkCsrf(req: FastifyRequest, publicUrl: string): void {
  if (SAFE.has(req.method)) return;
  if (req.headers.authorization?.startsWith('Bearer ')) return; // not cookie-authenticated
  const site = req.headers['sec-fetch-site'];
  if (site === 'cross-site' || site === 'same-site') throw csrfRefused();
  const origin = req.headers.origin;
  if (origin && origin !== 'null') {
    const host = req.headers.host;
    const allowed = new Set([new URL(publicUrl).origin, `http://${host}`, `https://${host}`]);
    if (!allowed.has(origin)) throw csrfRefused();
  } else if (origin === 'null') {
    throw csrfRefused();
  }
}

function csrfRefused() {
  return new AppError(403, 'CSRF_REJECTED', '跨站请求被拒绝（CSRF 防护）', {
    messageEn: 'Cross-site request refused (CSRF protection)',
  });
}
