// Locale helpers: times in Asia/Shanghai whatever the browser's zone, and picking the Chinese or
// English variant of server-provided names.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

const TZ = 'Asia/Shanghai';

export function isEn(lang: string): boolean {
  return lang.startsWith('en');
}

/** "2026-11-03 14:05:09" in Beijing time. */
export function formatDateTime(iso: string | null | undefined, withSeconds = false): string {
  if (!iso) return '—';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '—';
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: TZ,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: withSeconds ? '2-digit' : undefined,
    hourCycle: 'h23',
  }).formatToParts(d);
  const p = (type: string) => parts.find((x) => x.type === type)?.value ?? '';
  return `${p('year')}-${p('month')}-${p('day')} ${p('hour')}:${p('minute')}${withSeconds ? `:${p('second')}` : ''}`;
}

/** Start or end of a calendar day in Beijing time, as an ISO string with offset. */
export function shanghaiDayBound(day: string, end: boolean): string {
  return `${day}T${end ? '23:59:59.999' : '00:00:00.000'}+08:00`;
}

/** The English text when in English mode and one exists; the Chinese otherwise. */
export function pick(lang: string, zh: string, en?: string | null): string {
  return isEn(lang) && en ? en : zh;
}

/** Hook form of pick() bound to the current language. */
export function usePick(): (zh: string, en?: string | null) => string {
  const { i18n } = useTranslation();
  const lang = i18n.language;
  return useCallback((zh: string, en?: string | null) => pick(lang, zh, en), [lang]);
}
