// The API process of the benchmark: the service's own Express app (createApp, wired exactly as api/main.ts's
// startApi wires it) inside an outer app that adds one benchmark-only route and listens on 127.0.0.1 only.
//
//   POST /bench/cases/:caseId/notes — the same user action as POST /api/cases/:caseId/notes, minus Temporal:
//   same session check, same permission, same validation, same case load, the same write (projectCaseEvents
//   with the NoteAdded event the workflow would decide: one transaction inserting the case_command and
//   case_note rows) and the same answer (the case as stored). The latency ratio of the two routes is the cost
//   of orchestration: Update → workflow task → validator → activity → projection.
import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import express, { Router } from 'express';
import { Client, Connection } from '@temporalio/client';
import { createLogger } from '../infra/logger.ts';
import { dataConverterFor, EncryptionCodec, payloadKeysFromConfig } from '../infra/payload-codec.ts';
import { createMailer } from '../infra/mailer.ts';
import { createApp } from '../api/app.ts';
import { authenticate, requirePermission, sessionLimits } from '../api/auth.ts';
import { caseDetails, loadCase } from '../app/cases/queries.ts';
import { errorHandler, idParam, parse } from '../api/http.ts';
import { Refusal } from '../domain/refusals.ts';
import { projectCaseEvents } from '../db/case-projection.ts';
import { openOrm } from '../db/orm.ts';
import type { CaseEvent } from '../domain/case-state.ts';
import { parseConfig } from '../infra/config.ts';
import { businessDate } from '../domain/dates.ts';
import { noteSchema } from '../domain/schemas/case.ts';

const config = parseConfig(process.env, ['DATABASE_URL', 'TEMPORAL_ADDRESS', 'SMTP_URL']);
const log = createLogger('api', config.LOG_LEVEL);
const orm = await openOrm(config.DATABASE_URL!, { poolMax: config.DATABASE_POOL_MAX });
const connection = await Connection.connect({ address: config.TEMPORAL_ADDRESS! });
const keys = payloadKeysFromConfig(config);
const temporal = new Client({
  connection,
  namespace: config.TEMPORAL_NAMESPACE,
  dataConverter: dataConverterFor(keys),
});
const mailer = createMailer(config.SMTP_URL!, config.MAIL_FROM);
const app = createApp({ config, orm, temporal, mailer, log, codec: keys ? new EncryptionCodec(keys) : null });

const em = () => orm.em.fork();
const bench = Router();
bench.use(express.json({ limit: '200kb' }));
bench.use(authenticate(em, sessionLimits(config)));
bench.post('/cases/:caseId/notes', async (req, res) => {
  const user = requirePermission(res, 'case.update');
  const c = await loadCase(em(), user, idParam(req, 'caseId'));
  if (c.status === 'CLOSED')
    throw new Refusal('conflict', 'E-CLOSE-01', 'This case is closed and cannot be reopened or changed.');
  const input = parse(noteSchema, req.body);
  const at = new Date();
  const events: CaseEvent[] = [
    {
      type: 'NoteAdded',
      noteId: randomUUID(),
      text: input.text,
      context: input.context ?? null,
      authorId: user.id,
      date: businessDate(at),
    },
  ];
  await projectCaseEvents(em(), {
    caseId: c.id,
    commandId: `bench:${randomUUID()}`,
    actorId: user.id,
    at: at.toISOString(),
    events,
  });
  res.json(await caseDetails(em(), await loadCase(em(), user, c.id)));
});
bench.use(errorHandler(log));

const outer = express();
outer.disable('x-powered-by');
outer.use('/bench', bench);
outer.use(app);

const server = await new Promise<Server>((resolve) => {
  const s = outer.listen(config.PORT, '127.0.0.1', () => resolve(s));
});
log.info({ port: config.PORT }, 'bench api listening');

async function stop() {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeAllConnections();
  await closed;
  mailer.close();
  await connection.close();
  await orm.close();
  process.exit(0);
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void stop());
