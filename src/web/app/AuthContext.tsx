// Who is signed in: /api/v1/me, loaded when a protected page first needs it and refreshed after
// sign-in, password change and enrolment.
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { api, ProblemError } from '../api/client';
import type { Me } from '../api/types';

type Status = 'unknown' | 'loading' | 'ready' | 'anonymous' | 'error';

interface AuthValue {
  me: Me | null;
  status: Status;
  error: ProblemError | null;
  refresh: () => Promise<Me | null>;
  logout: () => Promise<void>;
  can: (...anyOf: string[]) => boolean;
}

const AuthContext = createContext<AuthValue | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const [me, setMe] = useState<Me | null>(null);
  const [status, setStatus] = useState<Status>('unknown');
  const [error, setError] = useState<ProblemError | null>(null);

  const refresh = useCallback(async () => {
    setStatus((s) => (s === 'ready' ? s : 'loading'));
    try {
      // No automatic redirect: the route guard sends an anonymous person to /login with `from`.
      const m = await api<Me>('/me', { noRedirect: true });
      setMe(m);
      setError(null);
      setStatus('ready');
      return m;
    } catch (e) {
      setMe(null);
      const p = e instanceof ProblemError ? e : null;
      setError(p);
      setStatus(p?.status === 401 ? 'anonymous' : 'error');
      return null;
    }
  }, []);

  const logout = useCallback(async () => {
    try {
      await api('/auth/logout', { method: 'POST', noRedirect: true });
    } finally {
      setMe(null);
      setStatus('anonymous');
    }
  }, []);

  const value = useMemo<AuthValue>(
    () => ({
      me,
      status,
      error,
      refresh,
      logout,
      can: (...anyOf) => !!me && anyOf.some((p) => me.permissions.includes(p)),
    }),
    [me, status, error, refresh, logout],
  );

  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthValue {
  const v = useContext(AuthContext);
  if (!v) throw new Error('useAuth outside AuthProvider');
  return v;
}
