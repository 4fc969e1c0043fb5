// Keyset-paginated audit events: the first page for a filter, then "加载更多" below the last seq.
import { useCallback, useEffect, useRef, useState } from 'react';
import { get, ProblemError, qs } from '../../api/client';
import type { AuditEvent } from '../../api/types';

export interface AuditFilter {
  action?: string;
  actor?: string;
  outcome?: string;
  from?: string;
  to?: string;
}
interface Page {
  items: AuditEvent[];
  nextBeforeSeq: number | null;
}
const LIMIT = 50;

export function useAuditEvents(filter: AuditFilter) {
  const [items, setItems] = useState<AuditEvent[]>([]);
  const [next, setNext] = useState<number | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<ProblemError>();
  const generation = useRef(0);

  const fetchPage = useCallback(
    async (beforeSeq: number | undefined, append: boolean) => {
      const gen = ++generation.current;
      setLoading(true);
      try {
        const page = await get<Page>(`/audit-events${qs({ ...filter, beforeSeq, limit: LIMIT })}`);
        if (gen !== generation.current) return; // a newer filter superseded this request
        setItems((old) => (append ? [...old, ...page.items] : page.items));
        setNext(page.nextBeforeSeq);
        setError(undefined);
      } catch (e) {
        if (gen === generation.current && e instanceof ProblemError) setError(e);
      } finally {
        if (gen === generation.current) setLoading(false);
      }
    },
    [filter],
  );

  useEffect(() => {
    void fetchPage(undefined, false);
  }, [fetchPage]);

  return {
    items,
    loading,
    error,
    hasMore: next !== null,
    loadMore: () => {
      if (next !== null) void fetchPage(next, true);
    },
    reload: () => void fetchPage(undefined, false),
  };
}
