// Addresses and pages: the page shown is always the one the address names, because both come from one place
// (the browser's location); a page's data loads for its address and a late answer for an old address is dropped.
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode, type MouseEvent } from 'react';

export interface Location {
  path: string;
  query: URLSearchParams;
}

const read = (): Location => ({ path: window.location.pathname, query: new URLSearchParams(window.location.search) });

const Ctx = createContext<Location>(read());

/** A page holding unsaved work: asked before the user goes to another address (R-ES-10). */
interface LeaveGuard {
  path: string;
  ask(leave: () => void): void;
}
let guard: LeaveGuard | null = null;

/** Leaving the address asks `ask` first while it is set; a reload or a closed tab gets the browser's own question. */
export function useLeaveGuard(ask: ((leave: () => void) => void) | null): void {
  useEffect(() => {
    if (!ask) return;
    const mine: LeaveGuard = { path: window.location.pathname, ask };
    guard = mine;
    const onUnload = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', onUnload);
    return () => {
      if (guard === mine) guard = null;
      window.removeEventListener('beforeunload', onUnload);
    };
  }, [ask]);
}

/** Whether going to `path` must first be agreed to; if so the guard is asked, and agreeing goes on with `leave`. */
function held(path: string, leave: () => void): boolean {
  const g = guard;
  if (!g || path === g.path) return false;
  g.ask(() => {
    if (guard === g) guard = null;
    leave();
  });
  return true;
}

export function navigate(to: string, opts: { replace?: boolean } = {}): void {
  if (to === `${window.location.pathname}${window.location.search}`) return;
  if (held(new URL(to, window.location.href).pathname, () => navigate(to, opts))) return;
  if (opts.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  window.dispatchEvent(new PopStateEvent('popstate'));
  window.scrollTo(0, 0);
}

export function RouterProvider({ children }: { children: ReactNode }) {
  const [location, setLocation] = useState(read);
  useEffect(() => {
    let shown = `${window.location.pathname}${window.location.search}`;
    const onPop = () => {
      // The browser's Back already changed the address: put the guarded page back until the user agrees to leave.
      const to = `${window.location.pathname}${window.location.search}`;
      if (held(window.location.pathname, () => navigate(to))) return window.history.pushState(null, '', shown);
      shown = to;
      setLocation(read());
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  return <Ctx.Provider value={location}>{children}</Ctx.Provider>;
}

export const useLocation = () => useContext(Ctx);

/** Matches a pattern such as /cases/:caseId against a path; the parameters, or null. */
export function match(pattern: string, path: string): Record<string, string> | null {
  const p = pattern.split('/').filter(Boolean);
  const s = path.split('/').filter(Boolean);
  if (p.length !== s.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < p.length; i++) {
    if (p[i].startsWith(':')) params[p[i].slice(1)] = decodeURIComponent(s[i]);
    else if (p[i] !== s[i]) return null;
  }
  return params;
}

/** Changes one query parameter of the current address (search terms, page, tab), keeping the others. */
export function useQueryParam(name: string): [string | null, (value: string | null) => void] {
  const { path, query } = useLocation();
  return useMemo(
    () => [
      query.get(name),
      (value: string | null) => {
        const next = new URLSearchParams(query);
        if (value === null || value === '') next.delete(name);
        else next.set(name, value);
        const q = next.toString();
        navigate(`${path}${q ? `?${q}` : ''}`, { replace: true });
      },
    ],
    [name, path, query],
  );
}

/** Changes several query parameters at once (null or empty removes one), keeping the others: filters, sort and page. */
export function changeQuery(changes: Record<string, string | null>): void {
  const next = new URLSearchParams(window.location.search);
  for (const [name, value] of Object.entries(changes)) {
    if (value === null || value === '') next.delete(name);
    else next.set(name, value);
  }
  const q = next.toString();
  navigate(`${window.location.pathname}${q ? `?${q}` : ''}`, { replace: true });
}

export function Link(props: { to: string; children: ReactNode; className?: string; 'aria-current'?: 'page' }) {
  const onClick = (e: MouseEvent<HTMLAnchorElement>) => {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    navigate(props.to);
  };
  return (
    <a href={props.to} onClick={onClick} className={props.className} aria-current={props['aria-current']}>
      {props.children}
    </a>
  );
}
