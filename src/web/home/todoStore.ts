// The one to-do source (GET /todo, paged with counts): the home page's 待办 list and the bell's
// count read the same answer. A page asked for twice within a few seconds (the bell and the home
// page mount together) is fetched once.
import { useEffect, useState } from 'react';
import { get, type ProblemError } from '../api/client';
import type { ProjectSummary } from '../api/plan-types';
import type { ProjectAction } from '../../domain/lifecycle/transitions';

export interface TodoItem {
  project: ProjectSummary;
  action: ProjectAction;
  actionName: string;
  actionNameEn: string;
  article: string;
  dueAt: string | null;
  overdue: boolean;
  since: string;
}
export interface TodoPage {
  items: TodoItem[];
  total: number;
  page: number;
  pageSize: number;
  overdue: number;
  byAction: { action: ProjectAction; actionName: string; actionNameEn: string; count: number }[];
}

const FRESH_MS = 15_000;
const cache = new Map<string, { at: number; answer: Promise<TodoPage> }>();

export function fetchTodo(page = 1, pageSize = 10, maxAgeMs = FRESH_MS): Promise<TodoPage> {
  const key = `${page}:${pageSize}`;
  const hit = cache.get(key);
  if (hit && performance.now() - hit.at < maxAgeMs) return hit.answer;
  const answer = get<TodoPage>(`/todo?page=${page}&pageSize=${pageSize}`);
  cache.set(key, { at: performance.now(), answer });
  answer.catch(() => cache.delete(key));
  return answer;
}

/** Forget what was fetched (after an action that may change the to-dos). */
export function invalidateTodo() {
  cache.clear();
}

export function useTodo(page: number, pageSize: number, enabled = true) {
  const [data, setData] = useState<TodoPage>();
  const [error, setError] = useState<ProblemError>();
  const [loading, setLoading] = useState(enabled);
  useEffect(() => {
    if (!enabled) return;
    let alive = true;
    setLoading(true);
    fetchTodo(page, pageSize).then(
      (d) => {
        if (!alive) return;
        setData(d);
        setError(undefined);
        setLoading(false);
      },
      (e: ProblemError) => {
        if (!alive) return;
        setError(e);
        setLoading(false);
      },
    );
    return () => {
      alive = false;
    };
  }, [page, pageSize, enabled]);
  return { data, error, loading };
}
