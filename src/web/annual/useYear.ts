// The plan year a page shows: ?year= if given, else the newest call's plan year.
import { useSearchParams } from 'react-router';
import type { Call } from '../api/plan-types';
import { useApi } from '../api/useApi';
import { shanghaiYear } from '../plan/years';

export function useYear() {
  const [params, setParams] = useSearchParams();
  const calls = useApi<{ items: Call[] }>('/calls');
  const years = [...new Set((calls.data?.items ?? []).map((c) => c.planYear))].sort((a, b) => b - a);
  const fromUrl = Number(params.get('year'));
  const year =
    Number.isInteger(fromUrl) && fromUrl > 2000 ? fromUrl : (years[0] ?? (calls.data ? shanghaiYear() + 1 : undefined));
  const setYear = (y: number) => {
    const next = new URLSearchParams(params);
    next.set('year', String(y));
    setParams(next, { replace: true });
  };
  /** ?year=all: pages that can show every plan year at once (dashboard, cockpit). */
  const all = params.get('year') === 'all';
  const setAll = () => {
    const next = new URLSearchParams(params);
    next.set('year', 'all');
    setParams(next, { replace: true });
  };
  const options = [...new Set([...years, ...(year ? [year] : [])])].sort((a, b) => b - a);
  return { year, setYear, all, setAll, years: options, params, setParams };
}
