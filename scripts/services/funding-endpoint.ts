// A small stand-in for ENS's funding system, for development and tests: it creates agreements, receives
// (re)submissions and payments, each keyed by the caller's Idempotency-Key so a repeated request returns the
// first answer. It can be told to fail, hang, or fail after doing the work (POST /control), which is how the
// tests show that a retried step never creates a second agreement or payment. Given a data folder it keeps its
// numbering, agreements and answers there, so a restart never hands out an agreement number it gave before.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';

export type FundingMode = 'succeed' | 'fail' | 'hang' | 'fail-after-success';

export interface Agreement {
  agreementId: number;
  packageId: number;
  caseId: number;
  program: string;
  status: string;
  statusDate: string;
  agreementManager: string;
  startDate: string | null;
  endDate: string | null;
  submissions: { submissionNo: number; at: string }[];
}

export interface Payment {
  paymentId: number;
  agreementId: number;
  amount: number;
}

export interface FundingEndpoint {
  url: string;
  port: number;
  agreements: Agreement[];
  payments: Payment[];
  setMode(mode: FundingMode, count?: number): void;
  stop(): Promise<void>;
}

/** The regional intake inbox a new agreement lands in (spec 02 §4.C10, X-04). */
export const INTAKE_INBOX = 'HRI PA Intake, ENS (1225)';

/** What the funding system keeps in the data folder: its numbering, and what it made and answered. */
interface Kept {
  nextAgreement: number;
  nextPayment: number;
  agreements: Agreement[];
  payments: Payment[];
  answered: [string, { status: number; body: unknown }][];
}

const NOTHING_YET: Kept = { nextAgreement: 101_199, nextPayment: 1, agreements: [], payments: [], answered: [] };

function keptIn(dataDir: string | undefined): { read(): Kept; write(k: Kept): void } {
  const file = dataDir && path.join(dataDir, 'funding-system.json');
  return {
    read() {
      if (!file) return structuredClone(NOTHING_YET);
      try {
        return { ...structuredClone(NOTHING_YET), ...(JSON.parse(readFileSync(file, 'utf8')) as Partial<Kept>) };
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') return structuredClone(NOTHING_YET);
        throw e;
      }
    },
    write(k) {
      if (!file) return;
      mkdirSync(path.dirname(file), { recursive: true });
      // Written before the answer goes out, by a rename: a crash leaves the old file or the new one, never half.
      writeFileSync(`${file}.tmp`, JSON.stringify(k));
      renameSync(`${file}.tmp`, file);
    },
  };
}

export async function startFundingEndpoint(opts: { port?: number; dataDir?: string } = {}): Promise<FundingEndpoint> {
  const kept = keptIn(opts.dataDir);
  const before = kept.read();
  const agreements: Agreement[] = before.agreements;
  const payments: Payment[] = before.payments;
  const answered = new Map(before.answered);
  let { nextAgreement, nextPayment } = before;
  const save = () => kept.write({ nextAgreement, nextPayment, agreements, payments, answered: [...answered] });
  // `count` requests behave as `mode`, then it succeeds again; no count: until told otherwise.
  let mode: FundingMode = 'succeed';
  let remaining = Infinity;
  const hanging = new Set<http.ServerResponse>();

  const setMode = (m: FundingMode, count?: number) => {
    mode = m;
    remaining = count ?? Infinity;
  };
  const currentMode = (): FundingMode => {
    if (mode === 'succeed') return mode;
    if (remaining <= 0) {
      mode = 'succeed';
      return mode;
    }
    remaining -= 1;
    return mode;
  };

  const server = http.createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    let body: Record<string, unknown>;
    try {
      body = chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : {};
    } catch {
      return send(res, 400, { error: 'INVALID_JSON' });
    }
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/control' && req.method === 'POST') {
      setMode((body.mode as FundingMode) ?? 'succeed', typeof body.count === 'number' ? body.count : undefined);
      // Numbering set back, as a funding system that lost its counter would: the next agreement repeats a number.
      if (typeof body.nextAgreementId === 'number') nextAgreement = body.nextAgreementId;
      return send(res, 200, { mode, remaining: Number.isFinite(remaining) ? remaining : null });
    }
    if (url.pathname === '/control' && req.method === 'GET')
      return send(res, 200, { mode, agreements: agreements.length, payments: payments.length });
    if (req.method === 'GET' && url.pathname === '/agreements') return send(res, 200, { agreements, payments });

    const behaviour = currentMode();
    if (behaviour === 'hang') {
      hanging.add(res);
      res.on('close', () => hanging.delete(res));
      return;
    }
    if (behaviour === 'fail')
      return send(res, 503, { error: 'UNAVAILABLE', message: 'The funding system is unavailable (told to fail).' });

    const key = req.headers['idempotency-key'];
    if (typeof key !== 'string' || !key) return send(res, 400, { error: 'IDEMPOTENCY_KEY_REQUIRED' });
    const answerKey = `${req.method} ${url.pathname} ${key}`;
    let answer = answered.get(answerKey);
    if (!answer) {
      answer = handle(req.method ?? 'GET', url.pathname, body);
      if (answer.status < 300) answered.set(answerKey, answer);
      save();
    }
    // The work is done and remembered, but the caller is told it failed: its retry must not do it twice.
    if (behaviour === 'fail-after-success')
      return send(res, 502, {
        error: 'LOST_RESPONSE',
        message: 'The funding system did the work but the answer was lost (told to).',
      });
    return send(res, answer.status, answer.body);
  });

  function handle(method: string, pathname: string, body: Record<string, unknown>): { status: number; body: unknown } {
    const today = new Date().toISOString().slice(0, 10);
    if (method === 'POST' && pathname === '/agreements') {
      const a: Agreement = {
        agreementId: nextAgreement++,
        packageId: Number(body.packageId),
        caseId: Number(body.caseId),
        program: String(body.program ?? ''),
        status: 'APPLICATION',
        statusDate: today,
        agreementManager: INTAKE_INBOX,
        startDate: (body.startDate as string) ?? null,
        endDate: (body.endDate as string) ?? null,
        submissions: [],
      };
      agreements.push(a);
      return { status: 201, body: a };
    }
    const sub = pathname.match(/^\/agreements\/(\d+)\/(submissions|payments)$/);
    const a = sub && agreements.find((x) => x.agreementId === Number(sub[1]));
    if (sub && !a) return { status: 404, body: { error: 'NOT_FOUND' } };
    if (method === 'POST' && sub?.[2] === 'submissions') {
      a!.submissions.push({ submissionNo: Number(body.submissionNo), at: new Date().toISOString() });
      return {
        status: 200,
        body: {
          agreementId: a!.agreementId,
          submissions: a!.submissions.length,
          agreementManager: a!.agreementManager,
        },
      };
    }
    if (method === 'POST' && sub?.[2] === 'payments') {
      const p: Payment = { paymentId: nextPayment++, agreementId: a!.agreementId, amount: Number(body.amount ?? 0) };
      payments.push(p);
      return { status: 201, body: p };
    }
    return { status: 404, body: { error: 'NOT_FOUND' } };
  }

  function send(res: http.ServerResponse, status: number, body: unknown) {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  }

  await new Promise<void>((resolve) => server.listen(opts.port ?? 0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    agreements,
    payments,
    setMode,
    async stop() {
      for (const r of hanging) r.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
