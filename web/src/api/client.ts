// The one way the UI calls the API: JSON in and out, the session's CSRF token on every change, the user's language
// for the server's messages, an Idempotency-Key where the caller brings one (one per form, so a double submit is
// applied once), and every refusal as an ApiError carrying the API's error body.
import type { ErrorBody } from '../../../api/http.ts';
import { currentLang } from '../i18n/i18n.tsx';

export type { ErrorBody };

export class ApiError extends Error {
  readonly status: number;
  readonly body: ErrorBody;
  constructor(status: number, body: ErrorBody) {
    super(body.message);
    this.status = status;
    this.body = body;
  }
  /** The message of the violation about `field`, if the server named one. */
  fieldMessage(field: string): string | undefined {
    return this.body.violations.find((v) => v.field === field || v.field?.startsWith(`${field}.`))?.message;
  }
}

let csrfToken: string | null = null;
/** The session's token for changes; set by the session calls (sign-in, GET /api/session). */
export const setCsrfToken = (token: string | null) => {
  csrfToken = token;
};

/** Told when the session has ended (401 on a call other than the session's own). */
let onSignedOut: (message: string) => void = () => {};
export const whenSignedOut = (fn: (message: string) => void) => {
  onSignedOut = fn;
};

export interface CallOptions {
  body?: unknown;
  query?: Record<string, string | number | boolean | null | undefined>;
  idempotencyKey?: string;
  signal?: AbortSignal;
}

export function withQuery(path: string, query?: CallOptions['query']): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(query ?? {})) if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `${path}${path.includes('?') ? '&' : '?'}${s}` : path;
}

export async function call<T>(method: string, path: string, o: CallOptions = {}): Promise<T> {
  const file = o.body instanceof Blob;
  const res = await fetch(withQuery(path, o.query), {
    method,
    credentials: 'same-origin',
    signal: o.signal,
    headers: {
      accept: 'application/json',
      'accept-language': currentLang(),
      ...(o.body !== undefined ? { 'content-type': file ? 'application/octet-stream' : 'application/json' } : {}),
      ...(csrfToken && method !== 'GET' ? { 'X-CSRF-Token': csrfToken } : {}),
      ...(o.idempotencyKey ? { 'Idempotency-Key': o.idempotencyKey } : {}),
    },
    body: o.body === undefined ? undefined : file ? (o.body as Blob) : JSON.stringify(o.body),
  });
  const text = await res.text();
  let data: unknown = null;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch {
      data = { error: 'BAD_RESPONSE', message: text.slice(0, 300), violations: [] };
    }
  }
  if (res.ok) return data as T;
  const body: ErrorBody = {
    error: 'ERROR',
    message: `Error ${res.status}`,
    ...(data as Partial<ErrorBody>),
    violations: (data as Partial<ErrorBody> | null)?.violations ?? [],
  };
  if (res.status === 401 && !path.startsWith('/api/session')) onSignedOut(body.message);
  throw new ApiError(res.status, body);
}

export const api = {
  get: <T>(path: string, o?: CallOptions) => call<T>('GET', path, o),
  post: <T>(path: string, o?: CallOptions) => call<T>('POST', path, o),
  put: <T>(path: string, o?: CallOptions) => call<T>('PUT', path, o),
  patch: <T>(path: string, o?: CallOptions) => call<T>('PATCH', path, o),
  delete: <T>(path: string, o?: CallOptions) => call<T>('DELETE', path, o),
};

/** A fresh key for one form's submissions: retries of the same submission reuse it. */
export const newIdempotencyKey = () => crypto.randomUUID();
