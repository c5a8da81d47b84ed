// The API process: validates its configuration, connects to PostgreSQL, Temporal and SMTP, and serves.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Server } from 'node:http';
import { Client, Connection } from '@temporalio/client';
import { createLogger } from '../infra/logger.ts';
import { temporalConnectionOptions } from '../infra/temporal-connection.ts';
import { createMailer } from '../infra/mailer.ts';
import { dataConverterFor, EncryptionCodec, payloadKeysFromConfig } from '../infra/payload-codec.ts';
import { openOrm } from '../db/orm.ts';
import { parseConfig, temporalProcessNeeds, type Config } from '../infra/config.ts';
import { createApp } from './app.ts';

export interface StartedApi {
  server: Server;
  url: string;
  stop(): Promise<void>;
}

export async function startApi(
  config: Config & { DATABASE_URL: string; TEMPORAL_ADDRESS: string; SMTP_URL: string },
): Promise<StartedApi> {
  const log = createLogger('api', config.LOG_LEVEL);
  const orm = await openOrm(config.DATABASE_URL, { poolMax: config.DATABASE_POOL_MAX });
  const connection = await Connection.connect(temporalConnectionOptions(config));
  const keys = payloadKeysFromConfig(config);
  const temporal = new Client({
    connection,
    namespace: config.TEMPORAL_NAMESPACE,
    dataConverter: dataConverterFor(keys),
  });
  const mailer = createMailer(config.SMTP_URL, config.MAIL_FROM);
  const app = createApp({ config, orm, temporal, mailer, log, codec: keys ? new EncryptionCodec(keys) : null });
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(config.PORT, '0.0.0.0', () => resolve(s));
  });
  const port = (server.address() as { port: number }).port;
  log.info({ port }, 'api listening');
  return {
    server,
    url: `http://localhost:${port}`,
    async stop() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      mailer.close();
      await connection.close();
      await orm.close();
    },
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const config = parseConfig(process.env, temporalProcessNeeds(process.env));
  startApi(config as Parameters<typeof startApi>[0])
    .then((api) => {
      for (const signal of ['SIGINT', 'SIGTERM'] as const)
        process.once(signal, () => void api.stop().then(() => process.exit(0)));
    })
    .catch((e) => {
      console.error(e);
      process.exit(1);
    });
}
