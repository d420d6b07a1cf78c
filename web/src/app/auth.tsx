import { createContext, type ReactNode, useCallback, useContext, useEffect, useState } from 'react';
import type { TMe } from '../../../core/contracts/auth';
import { api, request } from '../api/request';

interface AuthState {
  me: TMe | null;
  loading: boolean;
  refresh(): Promise<TMe | null>;
  logout(): Promise<void>;
}

const AuthContext = createContext<AuthState | null>(null);

/** Holds the signed-in user for the whole app. */
export function AuthProvider({ children }: { children: ReactNode }) {
  const [me, setMe] = useState<TMe | null>(null);
  const [loading, setLoading] = useState(true);
  const refresh = useCallback(async () => {
    try {
      const user = await request<TMe>('GET', '/api/auth/me', { silent: true });
      setMe(user);
      return user;
    } catch {
      setMe(null);
      return null;
    } finally {
      setLoading(false);
    }
  }, []);
  const logout = useCallback(async () => {
    await api.post('/api/auth/logout').catch(() => undefined);
    setMe(null);
  }, []);
  useEffect(() => {
    void refresh();
  }, [refresh]);
  return <AuthContext.Provider value={{ me, loading, refresh, logout }}>{children}</AuthContext.Provider>;
}

export function useAuth() {
  const ctx = useContext(AuthContext);
  if (!ctx) throw new Error('useAuth outside AuthProvider');
  return ctx;
}
