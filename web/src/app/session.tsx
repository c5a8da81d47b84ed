// Who is signed in: read once from the API, changed by signing in and out. What they may do comes from the same
// permission matrix the API enforces (domain/permissions.ts); the UI only hides what would be refused.
import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import type { SessionUser } from '../../../app/context.ts';
import type { Action } from '../../../domain/permissions.ts';
import { ApiError, api, setCsrfToken, whenSignedOut } from '../api/client.ts';
import { navigate } from './router.tsx';

export type { SessionUser };

interface SessionAnswer {
  user: SessionUser;
  csrfToken: string;
}

export interface Session {
  /** undefined while the first answer is awaited; null when nobody is signed in. */
  user: SessionUser | null | undefined;
  can(action: Action): boolean;
  signIn(input: { organisationCode: string; loginId: string; password: string; acceptTerms: true }): Promise<void>;
  signOut(): Promise<void>;
  /** Why the last session ended, shown on the sign-in page. */
  notice: string | null;
}

const Ctx = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<SessionUser | null | undefined>(undefined);
  const [notice, setNotice] = useState<string | null>(null);

  const accept = (a: SessionAnswer) => {
    setCsrfToken(a.csrfToken);
    setUser(a.user);
    setNotice(null);
  };

  useEffect(() => {
    whenSignedOut((message) => {
      setCsrfToken(null);
      setUser(null);
      setNotice(message);
      navigate(`/sign-in?next=${encodeURIComponent(window.location.pathname + window.location.search)}`);
    });
    api
      .get<SessionAnswer>('/api/session')
      .then(accept)
      .catch((e) => {
        if (!(e instanceof ApiError)) throw e;
        setUser(null);
      });
  }, []);

  const signIn = useCallback(async (input: Parameters<Session['signIn']>[0]) => {
    accept(await api.post<SessionAnswer>('/api/session', { body: input }));
  }, []);

  const signOut = useCallback(async () => {
    await api.delete('/api/session').catch(() => {});
    setCsrfToken(null);
    setUser(null);
    navigate('/sign-in');
  }, []);

  const can = useCallback((action: Action) => Boolean(user?.permissions.includes(action)), [user]);

  return <Ctx.Provider value={{ user, can, signIn, signOut, notice }}>{children}</Ctx.Provider>;
}

export function useSession(): Session {
  const s = useContext(Ctx);
  if (!s) throw new Error('useSession outside SessionProvider');
  return s;
}

/** The signed-in user, on a page that is only shown to one. */
export function useUser(): SessionUser {
  const { user } = useSession();
  if (!user) throw new Error('useUser on a signed-out page');
  return user;
}
