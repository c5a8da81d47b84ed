// The load generator: a small keep-alive HTTP/JSON client on node:http (cheaper per request than fetch, which
// matters when the client shares two cores with the service) and a closed-loop runner: C clients, each sending
// its next request when the previous one answered, bounded by a request count and by wall time.
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { summarise, type Summary } from './stats.ts';

export interface Reply {
  status: number;
  body: unknown;
  /** The answer's Set-Cookie headers (the session token comes in one). */
  cookies: string[];
}

export class HttpClient {
  readonly base: URL;
  private readonly agent: http.Agent;

  constructor(baseUrl: string, maxSockets = 64) {
    this.base = new URL(baseUrl);
    this.agent = new http.Agent({ keepAlive: true, maxSockets, maxFreeSockets: maxSockets });
  }

  request(
    method: string,
    path: string,
    opts: { token?: string; body?: unknown; timeoutMs?: number } = {},
  ): Promise<Reply> {
    const payload = opts.body === undefined ? undefined : Buffer.from(JSON.stringify(opts.body));
    const headers: Record<string, string | number> = { accept: 'application/json' };
    if (payload) Object.assign(headers, { 'content-type': 'application/json', 'content-length': payload.length });
    if (opts.token) headers.authorization = `Bearer ${opts.token}`;
    return new Promise((resolve, reject) => {
      const req = http.request(
        {
          host: this.base.hostname,
          port: this.base.port,
          method,
          path,
          headers,
          agent: this.agent,
          timeout: opts.timeoutMs ?? 60_000,
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            let body: unknown = text;
            if ((res.headers['content-type'] ?? '').includes('json')) {
              try {
                body = JSON.parse(text);
              } catch {
                // keep the text
              }
            }
            resolve({ status: res.statusCode ?? 0, body, cookies: res.headers['set-cookie'] ?? [] });
          });
          res.on('error', reject);
        },
      );
      req.on('timeout', () =>
        req.destroy(new Error(`${method} ${path}: no answer within ${opts.timeoutMs ?? 60_000} ms`)),
      );
      req.on('error', reject);
      req.end(payload);
    });
  }

  close(): void {
    this.agent.destroy();
  }
}

export interface LoadOptions {
  concurrency: number;
  /** Upper bound on requests sent (all clients together). */
  maxRequests: number;
  /** Upper bound on wall time; no new request starts after it. */
  maxMs: number;
  /** Sends request number `seq` for client `client`. */
  send: (client: number, seq: number) => Promise<Reply>;
  /** Statuses that count as success. */
  ok: (status: number) => boolean;
}

export interface LoadResult extends Summary {
  concurrency: number;
  firstError?: string;
}

/** Runs a closed loop and summarises every successful request's latency; failures are counted, not timed. */
export async function runLoad(o: LoadOptions): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  let firstError: string | undefined;
  let next = 0;
  const started = performance.now();
  const deadline = started + o.maxMs;
  const client = async (c: number) => {
    while (next < o.maxRequests && performance.now() < deadline) {
      const seq = next++;
      const t0 = performance.now();
      try {
        const reply = await o.send(c, seq);
        if (o.ok(reply.status)) latencies.push(performance.now() - t0);
        else {
          errors++;
          firstError ??= `HTTP ${reply.status} ${JSON.stringify(reply.body).slice(0, 300)}`;
        }
      } catch (e) {
        errors++;
        firstError ??= (e as Error).message;
      }
    }
  };
  await Promise.all(Array.from({ length: o.concurrency }, (_, c) => client(c)));
  const elapsed = performance.now() - started;
  return {
    concurrency: o.concurrency,
    ...summarise(latencies, errors, elapsed),
    ...(firstError ? { firstError } : {}),
  };
}
