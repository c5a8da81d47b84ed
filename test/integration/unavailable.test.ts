// When a dependency cannot be reached the API answers 503 with a message that says what happened, never a
// 500, and writes nothing half: an API whose Temporal is unreachable (real PostgreSQL), and the errors the
// fault run met (PostgreSQL shutting down, a broken connection, a case that did not answer an Update in time).
import type { Server } from 'node:http';
import { refusalFromUpdate } from '../../app/updates.ts';
import type { Request, Response } from 'express';
import {
  Client,
  Connection,
  WorkflowUpdateFailedError,
  WorkflowUpdateRPCTimeoutOrCancelledError,
} from '@temporalio/client';
import { ServerFailure } from '@temporalio/common';
import { createApp } from '../../api/app.ts';
import { errorHandler } from '../../api/http.ts';
import { createLogger } from '../../infra/logger.ts';
import { createMailer } from '../../infra/mailer.ts';
import { Case } from '../../db/entities.ts';
import { openOrm, type Orm } from '../../db/orm.ts';
import { parseConfig } from '../../infra/config.ts';
import { freePort } from '../../scripts/services/ports.ts';
import { createIndividual, createOrg, REGISTRATION, TEST_PASSWORD, type TestOrg } from '../support/fixtures.ts';
import { request, sessionTokenOf } from '../support/http.ts';

let orm: Orm;
let org: TestOrg;

beforeAll(async () => {
  orm = await openOrm(process.env.DATABASE_URL!);
  org = await createOrg(orm, 'Pictou County Works');
});
afterAll(() => orm.close());

test(
  'with Temporal unreachable, opening a case answers 503 within seconds saying nothing changed, and no case ' +
    'row is left',
  async () => {
    const config = parseConfig({ ...process.env, NODE_ENV: 'test' });
    const connection = Connection.lazy({ address: `127.0.0.1:${await freePort()}` }); // nothing listens there
    const mailer = createMailer(process.env.SMTP_URL!, 'pathway@localhost');
    const app = createApp({
      config,
      orm,
      temporal: new Client({ connection }),
      mailer,
      log: createLogger('api', 'silent'),
    });
    const server = await new Promise<Server>((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
    const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    const call = async (method: string, path: string, body: unknown, token?: string) => {
      const res = await fetch(`${base}${path}`, {
        method,
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify(body),
      });
      return { status: res.status, body: await res.json() };
    };
    try {
      const token = sessionTokenOf(
        await request('POST', '/api/session', {
          base,
          body: { organisationCode: org.code, loginId: 'manager', password: TEST_PASSWORD, acceptTerms: true },
        }),
      );
      const person = await createIndividual(orm, org);
      const started = Date.now();
      const open = await call('POST', '/api/cases', { individualId: person.id, registration: REGISTRATION }, token);
      expect(open).toEqual({
        status: 503,
        body: {
          error: 'UNAVAILABLE',
          message:
            'A service Pathway depends on is not reachable right now; nothing was changed. Try again in a moment.',
          violations: [],
        },
      });
      // Bounded by the start's own deadline (10 s) and the check that follows it (3 s), not by the client's retries,
      // which would take minutes; the margin is for a loaded machine.
      expect(Date.now() - started).toBeLessThan(45_000);
      expect(await orm.em.fork().count(Case, { individualId: person.id })).toBe(0);
    } finally {
      await new Promise((resolve) => server.close(resolve));
      mailer.close();
      await connection.close();
    }
  },
  60_000,
);

/** What the error handler answers for an error a route threw. */
function answerTo(err: unknown): { status: number; body: { error: string; message: string } } {
  const reply = { status: 0, body: undefined as unknown as { error: string; message: string } };
  const res = {
    status(code: number) {
      reply.status = code;
      return this;
    },
    json(body: { error: string; message: string }) {
      reply.body = body;
    },
  } as unknown as Response;
  errorHandler(createLogger('api', 'silent'))(
    err,
    { path: '/api/cases/1/notes', method: 'POST', acceptsLanguages: () => 'en' } as unknown as Request,
    res,
    () => {},
  );
  return reply;
}

test.each([
  [
    'PostgreSQL shutting down (57P01)',
    Object.assign(new Error('terminating connection due to administrator command'), {
      name: 'DriverException',
      code: '57P01',
    }),
  ],
  [
    'PostgreSQL not accepting connections (57P03)',
    Object.assign(new Error('the database system is shutting down'), { name: 'DriverException', code: '57P03' }),
  ],
  ['a connection reset', Object.assign(new Error('read ECONNRESET'), { name: 'DriverException', code: 'ECONNRESET' })],
])('%s is a 503, not a 500', (_what, err) => {
  expect(answerTo(err)).toMatchObject({ status: 503, body: { error: 'UNAVAILABLE' } });
});

test.each([
  [
    'did not answer in time',
    new WorkflowUpdateRPCTimeoutOrCancelledError('Deadline exceeded after 9.9s', {
      cause: new Error('4 DEADLINE_EXCEEDED: Deadline exceeded after 9.9s'),
    }),
  ],
  [
    'was turned away by the server, no worker having taken it up',
    new WorkflowUpdateFailedError(
      'Workflow Update failed',
      new ServerFailure(
        "Workflow Update is rejected because it wasn't processed by worker. Probably, Workflow Update is " +
          'not supported by the worker.',
        false,
      ),
    ),
  ],
])('an Update the case %s is a 503 that says the same request may be sent again', (_what, err) => {
  expect(answerTo(refusalFromUpdate(err))).toEqual({
    status: 503,
    body: {
      error: 'UNAVAILABLE',
      message:
        'The case did not answer in time. Send the same request again in a moment: with the same ' +
        'Idempotency-Key it is applied at most once.',
      violations: [],
    },
  });
});
