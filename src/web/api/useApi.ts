// A small data-loading hook: fetches a GET path, exposes loading/error/data and a reload.
// A null path means "not yet" (nothing is fetched).
import { useCallback, useEffect, useState } from 'react';
import { get, ProblemError } from './client';

export interface ApiState<T> {
  data: T | undefined;
  error: ProblemError | undefined;
  loading: boolean;
  reload: () => void;
}

export function useApi<T>(path: string | null): ApiState<T> {
  const [data, setData] = useState<T>();
  const [error, setError] = useState<ProblemError>();
  const [loading, setLoading] = useState(path !== null);
  const [tick, setTick] = useState(0);

  // `tick` is read by nothing inside: it is there so reload() runs the request again.
  // biome-ignore lint/correctness/useExhaustiveDependencies: tick triggers a reload
  useEffect(() => {
    if (path === null) return;
    const ctrl = new AbortController();
    setLoading(true);
    get<T>(path, ctrl.signal)
      .then((d) => {
        setData(d);
        setError(undefined);
      })
      .catch((e: unknown) => {
        if (e instanceof ProblemError) setError(e);
      })
      .finally(() => {
        if (!ctrl.signal.aborted) setLoading(false);
      });
    return () => ctrl.abort();
  }, [path, tick]);

  const reload = useCallback(() => setTick((n) => n + 1), []);
  return { data, error, loading, reload };
}
