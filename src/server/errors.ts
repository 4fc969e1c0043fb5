// Problem JSON (RFC 9457) for every refusal: status, code, a Chinese message (with English), and
// for a rule refusal the rule id and its article. Never a stack trace.

export interface ProblemExtras {
  rule?: string;
  article?: string;
  messageEn?: string;
  field?: string;
  details?: unknown;
}

export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly extras: ProblemExtras = {},
  ) {
    super(message);
  }
}

export const notFound = (what = '记录', en = 'Record') =>
  new AppError(404, 'NOT_FOUND', `${what}不存在或无权访问`, { messageEn: `${en} not found` });

export const forbidden = (message = '无权执行此操作', messageEn = 'You are not allowed to do this') =>
  new AppError(403, 'FORBIDDEN', message, { messageEn });

export const unauthenticated = (message = '请先登录', messageEn = 'Sign in first', code = 'UNAUTHENTICATED') =>
  new AppError(401, code, message, { messageEn });

export const badRequest = (code: string, message: string, extras: ProblemExtras = {}) =>
  new AppError(400, code, message, extras);

export const conflict = (
  message = '记录已被他人修改，请刷新后重试',
  messageEn = 'The record was changed by someone else; reload and retry',
) => new AppError(409, 'VERSION_CONFLICT', message, { messageEn });

export const preconditionFailed = () =>
  new AppError(412, 'PRECONDITION_FAILED', '记录已被他人修改（版本不匹配），请刷新后重试', {
    messageEn: 'If-Match does not match the current version; reload and retry',
  });

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  code: string;
  message: string;
  messageEn?: string;
  rule?: string;
  article?: string;
  field?: string;
  details?: unknown;
  requestId?: string;
  instance?: string;
}

export function problemBody(err: AppError, requestId?: string, instance?: string): ProblemBody {
  return {
    type: 'about:blank',
    title: err.message,
    status: err.status,
    code: err.code,
    message: err.message,
    ...err.extras,
    requestId,
    instance,
  };
}
