// Temporal's Web UI as `npm start` serves it: the dev server's UI behind a small gateway on the UI's public port.
// The dev server takes a codec endpoint (--ui-codec-endpoint) but has no flag for the UI's other codec setting,
// "include credentials", so the browser would call Pathway's codec without the session cookie and decode nothing.
// The gateway forwards every request to the dev server's UI as it is and answers the UI's settings with that
// setting on; a production UI server sets it itself (TEMPORAL_CODEC_INCLUDE_CREDENTIALS, docker-compose.yml).
import http from 'node:http';

/** Where the UI reads its settings, under the UI's public path. */
const SETTINGS_PATH = /\/api\/v1\/settings$/;

export interface TemporalUiGateway {
  stop(): Promise<void>;
}

/** The UI's settings with the codec called with the browser's credentials (the Pathway session cookie). */
export function withCredentialedCodec(settings: { Codec?: Record<string, unknown> }): object {
  return { ...settings, Codec: { ...settings.Codec, IncludeCredentials: true } };
}

export async function startTemporalUiGateway(opts: { port: number; uiPort: number }): Promise<TemporalUiGateway> {
  const server = http.createServer((req, res) => {
    const settings = SETTINGS_PATH.test(new URL(req.url ?? '/', 'http://ui').pathname);
    const headers = { ...req.headers };
    if (settings) delete headers['accept-encoding']; // the settings are rewritten, so read them uncompressed
    const upstream = http.request(
      { host: '127.0.0.1', port: opts.uiPort, path: req.url, method: req.method, headers },
      (answer) => {
        if (!settings || answer.statusCode !== 200) {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
          return;
        }
        const chunks: Buffer[] = [];
        answer.on('data', (c: Buffer) => chunks.push(c));
        answer.on('end', () => {
          const body = JSON.stringify(withCredentialedCodec(JSON.parse(Buffer.concat(chunks).toString())));
          res.writeHead(200, { ...answer.headers, 'content-length': Buffer.byteLength(body) });
          res.end(body);
        });
      },
    );
    upstream.on('error', (e) => {
      if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain' });
      res.end(`Temporal's Web UI does not answer: ${e.message}`);
    });
    req.pipe(upstream);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, '127.0.0.1', () => resolve());
  });
  return {
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
