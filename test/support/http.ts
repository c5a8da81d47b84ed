// Talks to the running API as a browser would: sign in, then JSON requests with the session cookie, and with every
// change the session's CSRF token.
import type { TestOrg } from './fixtures.ts';
import { TEST_PASSWORD } from './fixtures.ts';

export interface Reply<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

export const apiUrl = () => process.env.API_URL!;

export async function request<T = any>(
  method: string,
  path: string,
  opts: { token?: string; body?: unknown; headers?: Record<string, string>; timeoutMs?: number; base?: string } = {},
): Promise<Reply<T>> {
  const res = await fetch(`${opts.base ?? apiUrl()}${path}`, {
    method,
    signal: opts.timeoutMs ? AbortSignal.timeout(opts.timeoutMs) : undefined,
    headers: {
      ...(opts.body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}),
      ...opts.headers,
    },
    body: opts.body === undefined ? undefined : typeof opts.body === 'string' ? opts.body : JSON.stringify(opts.body),
  });
  const text = await res.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON (HTML document)
  }
  return { status: res.status, body: body as T, headers: res.headers };
}

export type Client = {
  get<T = any>(path: string): Promise<Reply<T>>;
  post<T = any>(path: string, body?: unknown, headers?: Record<string, string>): Promise<Reply<T>>;
  patch<T = any>(path: string, body?: unknown, headers?: Record<string, string>): Promise<Reply<T>>;
  put<T = any>(path: string, body?: unknown): Promise<Reply<T>>;
  del<T = any>(path: string): Promise<Reply<T>>;
};

/** The session token a sign-in answer sets in its HttpOnly cookie (the body never carries it). */
export const sessionTokenOf = (reply: Reply): string => {
  const cookie = reply.headers.getSetCookie().find((c) => c.startsWith('pathway_session='));
  if (!cookie) throw new Error(`no session cookie: ${reply.status} ${JSON.stringify(reply.body)}`);
  return cookie.slice('pathway_session='.length).split(';')[0];
};

/** A session token for a Bearer header (scripts, the funding system's callbacks), from a fresh sign-in. */
export async function bearerToken(org: TestOrg, who: keyof TestOrg['users'] | (string & {})): Promise<string> {
  return sessionTokenOf(
    await request('POST', '/api/session', {
      body: { organisationCode: org.code, loginId: who, password: TEST_PASSWORD, acceptTerms: true },
    }),
  );
}

export async function signIn(org: TestOrg, who: keyof TestOrg['users'] | (string & {})): Promise<Client> {
  const res = await request('POST', '/api/session', {
    body: { organisationCode: org.code, loginId: who, password: TEST_PASSWORD, acceptTerms: true },
  });
  if (res.status !== 201) throw new Error(`sign-in failed: ${res.status} ${JSON.stringify(res.body)}`);
  const cookie = `pathway_session=${sessionTokenOf(res)}`;
  const change = { cookie, 'X-CSRF-Token': res.body.csrfToken as string };
  return {
    get: (path) => request('GET', path, { headers: { cookie } }),
    post: (path, body = {}, headers) => request('POST', path, { body, headers: { ...change, ...headers } }),
    patch: (path, body = {}, headers) => request('PATCH', path, { body, headers: { ...change, ...headers } }),
    put: (path, body = {}) => request('PUT', path, { body, headers: change }),
    del: (path) => request('DELETE', path, { headers: change }),
  };
}

/** Polls until `check` returns a value (a case's projection and emails arrive a moment after the action). */
export async function eventually<T>(
  check: () => Promise<T | undefined | null | false>,
  timeoutMs = 15_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 100));
  }
}
