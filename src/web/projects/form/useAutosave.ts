// Autosave of the declaration (debounced ~1.5 s after the last edit): PATCH with the version the
// form was loaded at. A 409 stops saving and asks for a reload — never a silent overwrite.
import { useCallback, useEffect, useRef, useState } from 'react';
import { patch, ProblemError } from '../../api/client';
import type { Project } from '../../api/plan-types';
import { isConflict } from '../../app/useNotify';
import type { Payload } from './formModel';

export type SaveStatus =
  | { kind: 'idle' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  | { kind: 'invalid'; fields: string[] }
  | { kind: 'error'; error: unknown }
  | { kind: 'conflict' };

const DELAY = 1500;

interface Options {
  projectId: string;
  version: number;
  build: () => { payload: Payload; invalid: string[] };
  onSaved: (p: Project) => void;
  onFieldError: (e: ProblemError) => void;
}

export function useAutosave({ projectId, version, build, onSaved, onFieldError }: Options) {
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });
  const versionRef = useRef(version);
  const timer = useRef<number | undefined>(undefined);
  const running = useRef<Promise<number | null> | null>(null);
  const dirty = useRef(false);
  const conflicted = useRef(false);
  const opts = useRef({ build, onSaved, onFieldError });
  opts.current = { build, onSaved, onFieldError };
  // The page's own actions (submit, withdraw, …) move the version too; others' edits never reach here.
  useEffect(() => {
    if (!running.current) versionRef.current = version;
  }, [version]);

  const save = useCallback(async (): Promise<number | null> => {
    if (running.current) {
      await running.current;
      if (!dirty.current) return versionRef.current;
    }
    if (conflicted.current) return null;
    const { payload, invalid } = opts.current.build();
    if (invalid.length) {
      setStatus({ kind: 'invalid', fields: invalid });
      return null;
    }
    dirty.current = false;
    setStatus({ kind: 'saving' });
    const run = (async () => {
      try {
        const p = await patch<Project>(`/projects/${projectId}`, { ...payload, version: versionRef.current });
        versionRef.current = p.version;
        opts.current.onSaved(p);
        setStatus(dirty.current ? { kind: 'pending' } : { kind: 'saved', at: new Date() });
        return p.version;
      } catch (e) {
        if (isConflict(e)) {
          conflicted.current = true;
          setStatus({ kind: 'conflict' });
          return null;
        }
        dirty.current = true; // not saved: a later flush tries again
        if (e instanceof ProblemError && e.field) opts.current.onFieldError(e);
        setStatus({ kind: 'error', error: e });
        return null;
      }
    })();
    running.current = run;
    try {
      return await run;
    } finally {
      running.current = null;
    }
  }, [projectId]);

  /** Called on every edit: (re)starts the debounce. */
  const schedule = useCallback(() => {
    if (conflicted.current) return;
    dirty.current = true;
    setStatus((s) => (s.kind === 'saving' ? s : { kind: 'pending' }));
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => {
      timer.current = undefined;
      void save();
    }, DELAY);
  }, [save]);

  /** Saves now if anything is waiting; resolves to the current version, or null when it could not save. */
  const flush = useCallback(async (): Promise<number | null> => {
    if (conflicted.current) return null;
    window.clearTimeout(timer.current);
    timer.current = undefined;
    if (running.current) await running.current;
    if (dirty.current) return save();
    return versionRef.current;
  }, [save]);

  // Leaving the page: save what is waiting (fire and forget) and warn before closing the tab.
  useEffect(() => {
    const warn = (e: BeforeUnloadEvent) => {
      if (dirty.current && !conflicted.current) e.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => {
      window.removeEventListener('beforeunload', warn);
      if (timer.current !== undefined) {
        window.clearTimeout(timer.current);
        void save();
      }
    };
  }, [save]);
  return { status, schedule, flush, conflicted: () => conflicted.current };
}
