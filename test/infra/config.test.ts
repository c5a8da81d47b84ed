// Configuration from environment variables: parseConfig names the wrong variable and what it expects.
import { ConfigError, parseConfig } from '../../infra/config.ts';

/** The problems parseConfig reports for `env`, or [] when it accepts it. */
function problems(env: Record<string, string | undefined>, required: Parameters<typeof parseConfig>[1] = []): string[] {
  try {
    parseConfig(env, required);
    return [];
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    return e.problems;
  }
}

describe('parseConfig', () => {
  test(
    'R-UI-02 defaults apply when nothing is set (sessions end after 20 idle minutes); empty values count as ' + 'unset',
    () => {
      expect(parseConfig({})).toEqual({
        NODE_ENV: 'development',
        LOG_LEVEL: 'info',
        PORT: 3000,
        DATABASE_POOL_MAX: 10,
        TEMPORAL_NAMESPACE: 'default',
        MAIL_FROM: 'pathway@localhost',
        PATHWAY_DATA_DIR: '.data',
        EMBEDDED_PG_PORT: 5433,
        EMBEDDED_TEMPORAL_PORT: 7233,
        EMBEDDED_TEMPORAL_UI_PORT: 8233,
        EMBEDDED_SMTP_PORT: 2525,
        EMBEDDED_FUNDING_PORT: 3100,
        SESSION_IDLE_MINUTES: 20,
        SESSION_MAX_HOURS: 12,
        SIGN_IN_FAILURES_PER_ADDRESS: 20,
        PUBLIC_ATTEMPTS_PER_MINUTE: 10,
        WORKER_MAX_CACHED_WORKFLOWS: 2000,
      });
      expect(parseConfig({ PORT: '', DATABASE_URL: '', NODE_ENV: undefined })).toMatchObject({
        PORT: 3000,
        NODE_ENV: 'development',
      });
      expect(parseConfig({}).DATABASE_URL).toBeUndefined();
    },
  );

  test('valid values are parsed: numbers become numbers, URLs and host:port are kept', () => {
    const c = parseConfig({
      NODE_ENV: 'production',
      PORT: '8080',
      DATABASE_URL: 'postgresql://pathway:secret@db:5432/pathway',
      TEMPORAL_ADDRESS: 'temporal:7233',
      SMTP_URL: 'smtps://mail.example.org:465',
      MAIL_FROM: 'pathway@example.org',
      SESSION_IDLE_MINUTES: '20',
    });
    expect(c).toMatchObject({
      NODE_ENV: 'production',
      PORT: 8080,
      DATABASE_URL: 'postgresql://pathway:secret@db:5432/pathway',
      TEMPORAL_ADDRESS: 'temporal:7233',
      SMTP_URL: 'smtps://mail.example.org:465',
      SESSION_IDLE_MINUTES: 20,
    });
  });

  test.each([
    ['PORT', 'abc', 'PORT="abc": expects a TCP port number'],
    ['PORT', '70000', 'PORT="70000": expects a TCP port number (1-65535)'],
    ['PORT', '0', 'PORT="0": expects a TCP port number (1-65535)'],
    ['EMBEDDED_PG_PORT', '5432.5', 'EMBEDDED_PG_PORT="5432.5": expects a TCP port number'],
    [
      'DATABASE_URL',
      'mysql://db/pathway',
      'DATABASE_URL="mysql://db/pathway": expects a postgres: or postgresql: URL such as ' +
        'postgres://user:password@localhost:5432/pathway',
    ],
    [
      'DATABASE_URL',
      'localhost:5432',
      'DATABASE_URL="localhost:5432": expects a postgres: or postgresql: URL such as ' +
        'postgres://user:password@localhost:5432/pathway',
    ],
    [
      'PUBLIC_URL',
      'ftp://pathway.example.org',
      'PUBLIC_URL="ftp://pathway.example.org": expects a http: or https: URL such as https://pathway.example.org',
    ],
    [
      'SMTP_URL',
      'http://mail',
      'SMTP_URL="http://mail": expects a smtp: or smtps: URL such as smtp://user:password@mail.example.org:587',
    ],
    ['TEMPORAL_ADDRESS', 'localhost', 'TEMPORAL_ADDRESS="localhost": expects host:port such as localhost:7233'],
    [
      'TEMPORAL_NAMESPACE',
      'my namespace',
      'TEMPORAL_NAMESPACE="my namespace": expects a namespace name such as default',
    ],
    ['MAIL_FROM', 'pathway', 'MAIL_FROM="pathway": expects an email address such as pathway@example.org'],
    ['NODE_ENV', 'prod', 'NODE_ENV="prod": Invalid option: expected one of "development"|"production"|"test"'],
    [
      'LOG_LEVEL',
      'loud',
      'LOG_LEVEL="loud": Invalid option: expected one of "fatal"|"error"|"warn"|"info"|"debug"|"trace"|"silent"',
    ],
    ['DATABASE_POOL_MAX', '500', 'DATABASE_POOL_MAX="500": Too big: expected number to be <=200'],
    ['SESSION_IDLE_MINUTES', '0', 'SESSION_IDLE_MINUTES="0": Too small: expected number to be >=1'],
    [
      'TRUST_PROXY',
      'true',
      'TRUST_PROXY="true": expects the proxies in front of the API, comma-separated: addresses, subnets such as ' +
        '10.0.0.0/8, or loopback',
    ],
    [
      'TRUST_PROXY',
      '10.0.0.0/33',
      'TRUST_PROXY="10.0.0.0/33": expects the proxies in front of the API, comma-separated: addresses, subnets ' +
        'such as 10.0.0.0/8, or loopback',
    ],
  ])('%s=%s is refused, naming the variable, its value and what it expects', (name, value, problem) => {
    expect(problems({ [name]: value })).toEqual([problem]);
  });

  test('TRUST_PROXY names the proxies whose X-Forwarded-For is believed; none unless set', () => {
    expect(parseConfig({}).TRUST_PROXY).toBeUndefined();
    expect(parseConfig({ TRUST_PROXY: '10.0.0.0/8, 192.0.2.10,fd00::/8, loopback' }).TRUST_PROXY).toEqual([
      '10.0.0.0/8',
      '192.0.2.10',
      'fd00::/8',
      'loopback',
    ]);
  });

  test('every wrong variable is reported at once, in one ConfigError message', () => {
    let error: unknown;
    try {
      parseConfig({ PORT: 'abc', MAIL_FROM: 'pathway', TEMPORAL_ADDRESS: 'temporal:7233' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).name).toBe('ConfigError');
    expect((error as ConfigError).message).toBe(
      'Invalid configuration:\n  - PORT="abc": expects a TCP port number\n  - MAIL_FROM="pathway": expects ' +
        'an email address such as pathway@example.org',
    );
  });

  test('a variable the process needs is named when it is missing or empty', () => {
    expect(problems({ DATABASE_URL: '' }, ['DATABASE_URL', 'TEMPORAL_ADDRESS'])).toEqual([
      'DATABASE_URL is required for this process',
      'TEMPORAL_ADDRESS is required for this process',
    ]);
    expect(
      problems({ DATABASE_URL: 'postgres://localhost/pathway', TEMPORAL_ADDRESS: 'localhost:7233' }, [
        'DATABASE_URL',
        'TEMPORAL_ADDRESS',
      ]),
    ).toEqual([]);
  });

  test('a wrong value and a missing required variable are reported together', () => {
    expect(problems({ PORT: '99999' }, ['DATABASE_URL'])).toEqual([
      'PORT="99999": expects a TCP port number (1-65535)',
      'DATABASE_URL is required for this process',
    ]);
  });

  test('SR-12 a refused connection URL is reported without the password it carries', () => {
    // Spec 04 SR-12: logs carry no tokens; a ConfigError is printed to the start-up log.
    const [problem] = problems({ DATABASE_URL: 'mysql://pathway:s3cret-pw@db:3306/pathway' });
    expect(problem).toMatch(
      /^DATABASE_URL=.*: expects a postgres: or postgresql: URL such as postgres:\/\/user:password@localhost:5432\/pathway$/,
    );
    expect(problem).not.toContain('s3cret-pw');
  });
});
