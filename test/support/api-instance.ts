// A further API process's worth of Express app on the test run's PostgreSQL and Temporal, with its own settings
// (TRUST_PROXY, NODE_ENV=production, a low per-address sign-in limit): what two instances behind one proxy share.
import type { Server } from 'node:http';
import { Client, Connection } from '@temporalio/client';
import type { MikroORM } from '@mikro-orm/postgresql';
import { createApp } from '../../api/app.ts';
import { parseConfig } from '../../infra/config.ts';
import { createLogger } from '../../infra/logger.ts';
import { createMailer } from '../../infra/mailer.ts';
import { EncryptionCodec, payloadKeysFromConfig } from '../../infra/payload-codec.ts';

export interface ApiInstance {
  url: string;
  stop(): Promise<void>;
}

export async function startApiInstance(orm: MikroORM, env: Record<string, string>): Promise<ApiInstance> {
  const config = parseConfig({ ...process.env, NODE_ENV: 'test', ...env });
  const connection = Connection.lazy({ address: process.env.TEMPORAL_ADDRESS! });
  const mailer = createMailer(process.env.SMTP_URL!, 'pathway@localhost');
  const keys = payloadKeysFromConfig(config);
  const app = createApp({
    config,
    orm,
    temporal: new Client({ connection, namespace: process.env.TEMPORAL_NAMESPACE }),
    mailer,
    log: createLogger('api', 'silent'),
    codec: keys && new EncryptionCodec(keys),
  });
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  return {
    url: `http://127.0.0.1:${(server.address() as { port: number }).port}`,
    async stop() {
      await new Promise((resolve) => server.close(resolve));
      server.closeAllConnections();
      mailer.close();
      await connection.close();
    },
  };
}
