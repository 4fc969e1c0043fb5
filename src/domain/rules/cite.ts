// Citations and findings. 'Art.10(1)4' = 第十条第（一）项第4点 (SPEC header).
import type { Finding, RuleMeta, Severity } from './types.js';

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1–99 in Chinese numerals: 10 → 十, 12 → 十二, 20 → 二十, 36 → 三十六. */
export function zhNumber(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 99) return String(n);
  if (n < 10) return DIGITS[n];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones ? DIGITS[ones] : ''}`;
}

const PART = /^(\d+)(?:\((\d+)\)(?:[–-]\((\d+)\))?)?(?:(\d+)(?:[–-](\d+))?)?$/;

/** An article range: 'Art.15–17' = 第十五条至第十七条 (not article 1, points 5 to 17). */
const ARTICLE_RANGE = /^(\d+)[–-](\d+)$/;
/** A paragraph: 'Art.17 ¶3' = 第十七条第三款. */
const PARAGRAPH = /^(\d+) ?¶(\d+)$/;

function partZh(part: string): string | null {
  const range = ARTICLE_RANGE.exec(part.trim());
  if (range) return `第${zhNumber(Number(range[1]))}条至第${zhNumber(Number(range[2]))}条`;
  const paragraph = PARAGRAPH.exec(part.trim());
  if (paragraph) return `第${zhNumber(Number(paragraph[1]))}条第${zhNumber(Number(paragraph[2]))}款`;
  const m = PART.exec(part.trim());
  if (!m) return null;
  const [, art, item, itemTo, point, pointTo] = m;
  let s = `第${zhNumber(Number(art))}条`;
  if (item)
    s += itemTo
      ? `第（${zhNumber(Number(item))}）至（${zhNumber(Number(itemTo))}）项`
      : `第（${zhNumber(Number(item))}）项`;
  if (point) s += pointTo ? `第${point}至${pointTo}点` : `第${point}点`;
  return s;
}

/**
 * 'Art.10(1)4' → '第十条第（一）项第4点'; 'Art.6, 10(1)4' → '第六条、第十条第（一）项第4点';
 * 'Art.12(1)–(3)' → '第十二条第（一）至（三）项'. Returns the input unchanged if it cannot parse.
 */
export function articleZh(cite: string): string {
  if (!cite.startsWith('Art.')) return cite;
  const parts = cite.slice(4).split(/,\s*/).map(partZh);
  return parts.every((p) => p !== null) ? parts.join('、') : cite;
}

/** Builds a finding of `rule`, appending the article to both messages. */
export function finding(
  rule: Pick<RuleMeta, 'id' | 'article'>,
  severity: Severity,
  zh: string,
  en: string,
  field?: string,
  article: string = rule.article,
): Finding {
  return {
    rule: rule.id,
    article,
    severity,
    message: `${zh}（${articleZh(article)}）`,
    messageEn: `${en} (${article})`,
    ...(field === undefined ? {} : { field }),
  };
}

/** The finding with the problem code a refusal built from it uses (Finding.code). */
export function withCode(f: Finding, code: string): Finding {
  return { ...f, code };
}

const PLACEHOLDERS = new Set([
  '无',
  '暂无',
  '没有',
  '/',
  '-',
  '—',
  '——',
  'none',
  'n/a',
  'na',
  'nil',
  'null',
  'tbd',
  '待定',
]);

/** Text that says something: not blank and not a placeholder such as '无' or 'N/A'. */
export function hasText(s: string | null | undefined): s is string {
  if (typeof s !== 'string') return false;
  const t = s.trim();
  return t.length > 0 && !PLACEHOLDERS.has(t.toLowerCase());
}
