// Configuration from environment variables, validated once at start: a wrong value stops the start with
// a message naming the variable and what it expects. The same schema checks docker-compose.yml in tests.
import { isIP } from 'node:net';
import { z } from 'zod';

const url = (protocols: string[], example: string) =>
  z.string().refine(
    (v) => {
      try {
        return protocols.includes(new URL(v).protocol);
      } catch {
        return false;
      }
    },
    `expects a ${protocols.join(' or ')} URL such as ${example}`,
  );

const port = z.coerce
  .number({ message: 'expects a TCP port number' })
  .int()
  .min(1, 'expects a TCP port number (1-65535)')
  .max(65535, 'expects a TCP port number (1-65535)');
/** An address or subnet (`10.0.0.0/8`), or one of Express's names for loopback, link-local and private ranges. */
const isProxy = (entry: string) => {
  if (['loopback', 'linklocal', 'uniquelocal'].includes(entry)) return true;
  const [address, bits, ...rest] = entry.split('/');
  const family = isIP(address);
  if (!family || rest.length) return false;
  return bits === undefined || (/^\d{1,3}$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128));
};
const proxies = z
  .string()
  .transform((v) => v.split(',').map((e) => e.trim()))
  .refine(
    (entries) => entries.every(isProxy),
    'expects the proxies in front of the API, comma-separated: addresses, subnets such as 10.0.0.0/8, or loopback',
  );

const hostPort = z.string().regex(/^[A-Za-z0-9.-]+:\d{1,5}$/, 'expects host:port such as localhost:7233');

export const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** A folder for the logs, one file per process kind (api.log, worker.log), instead of standard output. */
  LOG_DIR: z.string().min(1).optional(),
  PORT: port.default(3000),
  PUBLIC_URL: url(['http:', 'https:'], 'https://pathway.example.org').optional(),
  DATABASE_URL: url(['postgres:', 'postgresql:'], 'postgres://user:password@localhost:5432/pathway').optional(),
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
  TEMPORAL_ADDRESS: hostPort.optional(),
  TEMPORAL_NAMESPACE: z
    .string()
    .regex(/^[A-Za-z0-9._-]{1,255}$/, 'expects a namespace name such as default')
    .default('default'),
  TEMPORAL_UI_URL: url(['http:', 'https:'], 'http://localhost:8233').optional(),
  TEMPORAL_CLI_PATH: z.string().min(1).optional(),
  TEMPORAL_TEST_SERVER_PATH: z.string().min(1).optional(),
  /** mTLS to the Temporal frontend: the server's CA, and this process's certificate and key (PEM files). */
  TEMPORAL_TLS_CA_FILE: z.string().min(1).optional(),
  TEMPORAL_TLS_CERT_FILE: z.string().min(1).optional(),
  TEMPORAL_TLS_KEY_FILE: z.string().min(1).optional(),
  /** The name the server's certificate carries, when it is not the host of TEMPORAL_ADDRESS. */
  TEMPORAL_TLS_SERVER_NAME: z.string().min(1).optional(),
  SMTP_URL: url(['smtp:', 'smtps:'], 'smtp://user:password@mail.example.org:587').optional(),
  MAIL_FROM: z.string().email('expects an email address such as pathway@example.org').default('pathway@localhost'),
  MAILBOX_DIR: z.string().min(1).optional(),
  PATHWAY_DATA_DIR: z.string().min(1).default('.data'),
  EMBEDDED_PG_PORT: port.default(5433),
  EMBEDDED_TEMPORAL_PORT: port.default(7233),
  EMBEDDED_TEMPORAL_UI_PORT: port.default(8233),
  EMBEDDED_SMTP_PORT: port.default(2525),
  /** The reverse proxies whose X-Forwarded-For is believed; none by default, so a client cannot forge its address. */
  TRUST_PROXY: proxies.optional(),
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(20),
  /** Failed sign-ins an address may make before each further failure doubles its wait (domain/sign-in-throttle.ts). */
  SIGN_IN_FAILURES_PER_ADDRESS: z.coerce.number().int().min(0).max(1_000_000).default(20),
  /** How long a session lasts at most after sign-in, however active; idle sessions end sooner (SESSION_IDLE_MINUTES). */
  SESSION_MAX_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(7 * 24)
    .default(12),
  /** Wrong invitation tokens an address may try per minute, and access requests it may send (R-INV-11, SR-10). */
  PUBLIC_ATTEMPTS_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(10),
  /** Payload encryption keys, `id:base64key[,id:base64key…]`; payloads are encrypted with PAYLOAD_KEY_ID. */
  PAYLOAD_KEYS: z
    .string()
    .regex(/^[A-Za-z0-9_-]+:[A-Za-z0-9+/=]+(,[A-Za-z0-9_-]+:[A-Za-z0-9+/=]+)*$/, 'expects id:base64key[,id:base64key…]')
    .optional(),
  PAYLOAD_KEY_ID: z
    .string()
    .regex(/^[A-Za-z0-9_-]+$/, 'expects a key id from PAYLOAD_KEYS')
    .optional(),
  /** ENS's funding system (agreements, submissions, payments); `npm start` runs a local one when unset. */
  FUNDING_API_URL: url(['http:', 'https:'], 'https://funding.example.org').optional(),
  EMBEDDED_FUNDING_PORT: port.default(3100),
  /** R-DOC-03: the LibreOffice command case documents are converted to PDF with; `soffice` on the PATH when unset. */
  SOFFICE_PATH: z.string().min(1).optional(),
  // 2,000: under a 50-client load a cache of 250 made busy cases replay their histories on every action, and those
  // replays outgrew the workflow task time-out (503s, npm run test:faults); 2,000 had none. It costs memory: about
  // 1 GB with 1,500 open cases (npm run bench); lower it where memory matters more than a burst of load.
  WORKER_MAX_CACHED_WORKFLOWS: z.coerce.number().int().min(0).max(100_000).default(2000),
});

export type Config = z.infer<typeof configSchema>;

export class ConfigError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
    this.problems = problems;
  }
}

/** A URL's password never reaches a log or a terminal. */
const redact = (value: string) => value.replace(/\/\/([^:/@]*):[^@/]*@/, '//$1:***@');
const SECRET_VARIABLES = new Set(['PAYLOAD_KEYS']);

/** What a process that talks to Temporal needs: in production, the payload keys too, so no case data reaches Temporal
 * in clear and the worker can refuse any payload that did not come through Pathway. */
export const temporalProcessNeeds = (env: Record<string, string | undefined>): (keyof Config)[] => [
  'DATABASE_URL',
  'TEMPORAL_ADDRESS',
  'SMTP_URL',
  ...(env.NODE_ENV === 'production' ? (['PAYLOAD_KEYS'] as const) : []),
];

/** Parses environment variables; `required` names the variables a process cannot run without. */
export function parseConfig(env: Record<string, string | undefined>, required: (keyof Config)[] = []): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const result = configSchema.safeParse(present);
  const problems = result.success
    ? []
    : result.error.issues.map((i) => {
        const name = String(i.path[0]);
        const shown = SECRET_VARIABLES.has(name) ? '(hidden)' : JSON.stringify(redact(present[name] ?? ''));
        return `${name}=${shown}: ${i.message}`;
      });
  for (const name of required) if (!present[name]) problems.push(`${name} is required for this process`);
  if (problems.length) throw new ConfigError(problems);
  return result.data!;
}
