// Typed fetch wrapper for /api/v1. Every failure becomes a ProblemError carrying the server's
// problem JSON (code, Chinese message, English message, rule/article). Session problems are
// routed centrally: 401 → /login, 403 PASSWORD_CHANGE_REQUIRED → /change-password,
// 403 MFA_ENROLMENT_REQUIRED → /mfa-enrol.

export interface Problem {
  status: number;
  code: string;
  message: string;
  messageEn?: string;
  rule?: string;
  article?: string;
  field?: string;
  details?: unknown;
  requestId?: string;
}

export class ProblemError extends Error implements Problem {
  readonly status: number;
  readonly code: string;
  readonly messageEn?: string;
  readonly rule?: string;
  readonly article?: string;
  readonly field?: string;
  readonly details?: unknown;
  readonly requestId?: string;

  constructor(p: Problem) {
    super(p.message);
    this.name = 'ProblemError';
    this.status = p.status;
    this.code = p.code;
    this.messageEn = p.messageEn;
    this.rule = p.rule;
    this.article = p.article;
    this.field = p.field;
    this.details = p.details;
    this.requestId = p.requestId;
  }

  /** The message in the person's language; the Chinese one when no English exists. */
  localized(lang: string): string {
    return lang.startsWith('en') && this.messageEn ? this.messageEn : this.message;
  }
}

/** `from` is where the person was, so that signing in again returns there. */
type Redirect = (path: string, from?: string) => void;
let redirect: Redirect = (path) => window.location.assign(path);

/** The router registers its navigate function so redirects stay inside the single-page app. */
export function setRedirect(fn: Redirect): void {
  redirect = fn;
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  signal?: AbortSignal;
  /** Do not leave the page on 401/403 session problems (the sign-in call itself, config probes). */
  noRedirect?: boolean;
  /** The Idempotency-Key of a POST (default: a new one per call, reused by this call's own retries). */
  idempotencyKey?: string;
}

/**
 * A new Idempotency-Key (issue 12): the server does a POST once per key, so a retry after a lost
 * answer returns the first result instead of creating twice. crypto.randomUUID needs a secure context
 * (HTTPS or localhost); an intranet served over plain HTTP gets the same 122 random bits another way.
 */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** A POST is tried again, with the same key, when the answer was lost on the way (network, gateway). */
const RETRY_DELAYS_MS = [500, 1500];
const RETRY_STATUSES = new Set([502, 503, 504]);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const BASE = '/api/v1';

export async function api<T>(path: string, opts: RequestOptions = {}): Promise<T> {
  const method = opts.method ?? 'GET';
  const headers: Record<string, string> = { accept: 'application/json' };
  let body: string | FormData | undefined;
  if (opts.body instanceof FormData) {
    body = opts.body; // multipart: the browser sets the boundary
  } else if (method !== 'GET') {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(opts.body ?? {});
  }
  if (method === 'POST') headers['idempotency-key'] = opts.idempotencyKey ?? newIdempotencyKey();
  let res: Response | null = null;
  for (let attempt = 0; ; attempt++) {
    const canRetry = method === 'POST' && attempt < RETRY_DELAYS_MS.length;
    try {
      res = await fetch(BASE + path, { method, headers, body, credentials: 'same-origin', signal: opts.signal });
    } catch (e) {
      if ((e as Error).name === 'AbortError') throw e;
      if (!canRetry)
        throw new ProblemError({
          status: 0,
          code: 'NETWORK_ERROR',
          message: '无法连接服务器，请检查网络后重试',
          messageEn: 'Cannot reach the server; check the network and retry',
        });
      res = null;
    }
    if (res && !(canRetry && RETRY_STATUSES.has(res.status))) break;
    await sleep(RETRY_DELAYS_MS[attempt]);
  }
  const text = await res.text();
  let data: unknown = null;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch {
      data = null;
    }
  }
  if (res.ok) return data as T;
  const problem = toProblem(res.status, data);
  if (!opts.noRedirect) routeSessionProblem(problem);
  throw new ProblemError(problem);
}

function toProblem(status: number, data: unknown): Problem {
  const d = (data ?? {}) as Partial<Problem>;
  if (typeof d.code === 'string' && typeof d.message === 'string')
    return { ...d, status, code: d.code, message: d.message };
  return {
    status,
    code: `HTTP_${status}`,
    message: `请求失败（HTTP ${status}）`,
    messageEn: `Request failed (HTTP ${status})`,
  };
}

function routeSessionProblem(p: Problem): void {
  const here = window.location.pathname;
  const go = (path: string) => {
    if (here !== path) redirect(path, here + window.location.search);
  };
  if (p.status === 401) go('/login');
  else if (p.status === 403 && p.code === 'PASSWORD_CHANGE_REQUIRED') go('/change-password');
  else if (p.status === 403 && p.code === 'MFA_ENROLMENT_REQUIRED') go('/mfa-enrol');
}

export const get = <T>(path: string, signal?: AbortSignal) => api<T>(path, { signal });
export const post = <T>(path: string, body?: unknown) => api<T>(path, { method: 'POST', body });
export const put = <T>(path: string, body: unknown) => api<T>(path, { method: 'PUT', body });
export const patch = <T>(path: string, body: unknown) => api<T>(path, { method: 'PATCH', body });
export const del = <T>(path: string) => api<T>(path, { method: 'DELETE' });
/** multipart/form-data upload (fields first, then the file, as the server reads them in order). */
export const postForm = <T>(path: string, form: FormData) => api<T>(path, { method: 'POST', body: form });

/** Builds a query string, leaving out empty values. */
export function qs(params: Record<string, string | number | undefined | null>): string {
  const sp = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') sp.set(k, String(v));
  const s = sp.toString();
  return s ? `?${s}` : '';
}
