// Control characters are refused at the edge (issue 11, finding 8; 等保 level 3 入侵防范: 数据有效性检验).
// A NUL cannot be stored in PostgreSQL text (`GET /projects?q=%00` was a 500), and the other C0
// controls and DEL have no place in a name, a search or a form field: they hide text, break CSV and
// logs, and confuse terminals. TAB, LF and CR stay allowed — multi-line text fields need them.
import { AppError } from '../errors.js';

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is refused
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** The path (dots, like VALIDATION_FAILED's `field`) of the first string or key holding a control character. */
export function findControlCharacter(root: unknown): string | null {
  // Iterative: a 1 MB JSON body can nest deeper than the call stack.
  const stack: { value: unknown; path: string }[] = [{ value: root, path: '' }];
  while (stack.length) {
    const { value, path } = stack.pop()!;
    if (typeof value === 'string') {
      if (FORBIDDEN.test(value)) return path;
    } else if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], path: join(path, String(i)) });
    } else if (value !== null && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) {
        if (FORBIDDEN.test(k)) return join(path, k.replace(FORBIDDEN, '?'));
        stack.push({ value: v, path: join(path, k) });
      }
    }
  }
  return null;
}

const join = (path: string, key: string) => (path ? `${path}.${key}` : key);

/** Refuses a request whose query, path parameters or JSON body hold a control character. */
export function refuseControlCharacters(input: { query?: unknown; params?: unknown; body?: unknown }): void {
  for (const part of [input.params, input.query, input.body]) {
    const field = findControlCharacter(part);
    if (field === null) continue;
    throw new AppError(
      400,
      'CONTROL_CHARACTER',
      `请求中含有不允许的控制字符（如 NUL），请删除后重试${field ? `：${field}` : ''}`,
      {
        messageEn: `The request holds a control character (such as NUL) that is not allowed${field ? `: ${field}` : ''}`,
        field: field || undefined,
      },
    );
  }
}
