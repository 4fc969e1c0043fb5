// A parameter of the edition as words: 50万元 以上, 3 个工作日, 每年10月15日 23:59:59, a list of labels.
import type { TFunction } from 'i18next';
import type { Labelled } from '../api/plan-types';
import { pick } from '../i18n/format';
import { wanText } from '../plan/money';

export interface ParamValue {
  value: unknown;
  article?: string;
  note?: string;
  noteEn?: string;
  word?: string;
  unit?: string;
}

const isLabelled = (x: unknown): x is Labelled => !!x && typeof x === 'object' && 'code' in x && 'zh' in x;

export function paramText(
  key: string,
  p: ParamValue,
  t: TFunction,
  lang: string,
  label: (code: string) => string,
): string {
  const v = p.value;
  const word = p.word ? ` ${p.word}` : '';
  if (typeof v === 'number') {
    if (p.unit) return `${v} ${t(`unit.${p.unit}`, { defaultValue: p.unit })}${word}`;
    if (/Percent$/.test(key)) return `${v}%${word}`;
    if (/Line$/.test(key)) return `${wanText(v, 0)}${word}`;
    return `${v}${word}`;
  }
  if (Array.isArray(v)) return v.map((x) => (isLabelled(x) ? pick(lang, x.zh, x.en) : label(String(x)))).join('、');
  if (v && typeof v === 'object' && 'month' in v) {
    const d = v as { month: number; day: number; time: string; yearOffset?: number };
    return t(d.yearOffset === -1 ? 'rulesPage.annualDatePrev' : 'rulesPage.annualDate', {
      month: d.month,
      day: d.day,
      time: d.time,
    });
  }
  return JSON.stringify(v);
}
