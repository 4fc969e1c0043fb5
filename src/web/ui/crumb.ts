// The last breadcrumb of a detail page (issue 13): the page names what it shows (a project's name)
// and the shell's breadcrumb ends with it instead of "详情". A tiny store, not a context, so the
// shell needs no provider: the page sets it while mounted.
import { useEffect, useSyncExternalStore } from 'react';

let current: { path: string; label: string } | null = null;
const listeners = new Set<() => void>();
const emit = () => {
  for (const l of listeners) l();
};

/** Called by a detail page: the breadcrumb of `path` ends with `label` while the page is shown. */
export function useCrumb(path: string, label: string | null | undefined) {
  useEffect(() => {
    if (!label) return;
    current = { path, label };
    emit();
    return () => {
      if (current?.path === path) {
        current = null;
        emit();
      }
    };
  }, [path, label]);
}

/** The label a detail page gave for `path`, if any. */
export function useCrumbLabel(path: string): string | null {
  const c = useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => current,
  );
  return c && c.path === path ? c.label : null;
}
