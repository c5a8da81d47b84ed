// Temporal's Web UI as `npm start` serves it (the dev server's UI behind its gateway, with Pathway's codec endpoint),
// in Chromium: a signed-in supervisor reads their organisation's case in clear, another organisation's supervisor
// and a signed-out visitor read nothing decoded. The UI runs on its own origin (another port of localhost) and calls
// the codec cross-origin with the session cookie; the same calls are also made here as the browser makes them,
// preflight included. The case is opened through Pathway; its workflow's start, encrypted as Temporal keeps it, is
// copied to the dev server behind the UI.
import { randomUUID } from 'node:crypto';
import { Client as TemporalClient, Connection } from '@temporalio/client';
import proto from '@temporalio/proto';
import type { BrowserContext, Page } from 'playwright-core';
import { openOrm, type Orm } from '../../db/orm.ts';
import { freePort } from '../../scripts/services/ports.ts';
import { startTemporalDevServer, type RunningDevServer } from '../../scripts/services/temporal.ts';
import { startApiInstance, type ApiInstance } from '../support/api-instance.ts';
import { openBrowser, screenshots } from '../support/browser.ts';
import { createIndividual, hclnAndCbcc, REGISTRATION, TEST_PASSWORD, type TestOrg } from '../support/fixtures.ts';
import { bearerToken, request, signIn } from '../support/http.ts';

let orm: Orm;
let hcln: TestOrg;
let cbcc: TestOrg;
let api: ApiInstance;
let devServer: RunningDevServer;
let uiConnection: Connection;
let browser: Awaited<ReturnType<typeof openBrowser>>;
/** The UI's origin, and the API's as the browser reaches it: two ports of one site (localhost). */
let uiOrigin: string;
let apiOrigin: string;
let workflowId: string;
let runId: string;
/** The start's payloads as the UI sends them to the codec. */
let codecBody: { payloads: { metadata?: Record<string, string>; data?: string }[] };

const { Payloads } = proto.temporal.api.common.v1;
/** What the case's workflow input holds in clear, and never in its encrypted form. */
const CLEAR_TEXT = 'INTAKE';

beforeAll(async () => {
  orm = await openOrm(process.env.DATABASE_URL!);
  [hcln, cbcc] = await hclnAndCbcc(orm);
  const uiPort = await freePort();
  uiOrigin = `http://localhost:${uiPort}`;
  api = await startApiInstance(orm, { TEMPORAL_UI_URL: uiOrigin });
  apiOrigin = api.url.replace('127.0.0.1', 'localhost');
  devServer = await startTemporalDevServer({
    port: await freePort(),
    uiPort,
    uiCodecEndpoint: `${apiOrigin}/api/codec`,
  });
  uiConnection = await Connection.connect({ address: devServer.address });

  const person = await createIndividual(orm, hcln);
  const manager = await signIn(hcln, 'manager');
  const opened = await manager.post('/api/cases', { individualId: person.id, registration: REGISTRATION });
  expect(opened.status).toBe(201);
  workflowId = `case-${opened.body.id}`;
  const connection = await Connection.connect({ address: process.env.TEMPORAL_ADDRESS! });
  try {
    const raw = new TemporalClient({ connection, namespace: process.env.TEMPORAL_NAMESPACE });
    const [started] = (await raw.workflow.getHandle(workflowId).fetchHistory()).events ?? [];
    const attrs = started.workflowExecutionStartedEventAttributes!;
    codecBody = Payloads.toObject(Payloads.create({ payloads: attrs.input?.payloads ?? [] }), { bytes: String }) as {
      payloads: [];
    };
    // No worker polls this queue: the run stays as it started, which is all the UI is asked to show.
    const copy = await uiConnection.workflowService.startWorkflowExecution({
      namespace: 'default',
      workflowId,
      workflowType: attrs.workflowType,
      taskQueue: { name: 'temporal-web-ui-test' },
      input: attrs.input,
      userMetadata: started.userMetadata,
      requestId: randomUUID(),
    });
    runId = copy.runId!;
  } finally {
    await connection.close();
  }
  browser = await openBrowser();
});

afterAll(async () => {
  await browser?.close();
  await uiConnection?.close();
  await devServer?.stop();
  await api?.stop();
  await orm?.close();
});

/** The codec call as the UI's page makes it: JSON, the namespace header, the UI's origin, the browser's cookies. */
const codecCall = (token?: string) =>
  request('POST', '/api/codec/decode', {
    base: api.url,
    body: codecBody,
    headers: {
      origin: uiOrigin,
      'x-namespace': 'default',
      ...(token ? { cookie: `pathway_session=${token}; _csrf=set-by-the-ui` } : {}),
    },
  });

const clearText = (reply: { body: { payloads?: { data?: string }[] } }) =>
  (reply.body.payloads ?? []).map((p) => Buffer.from(p.data ?? '', 'base64').toString()).join('');

test('the preflight of the codec call from the UI origin allows it with cookies; another origin gets no grant', async () => {
  const preflight = (origin: string) =>
    request('OPTIONS', '/api/codec/decode', {
      base: api.url,
      headers: {
        origin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type,x-namespace',
      },
    });
  const fromUi = await preflight(uiOrigin);
  expect(fromUi.status).toBe(204);
  expect(fromUi.headers.get('access-control-allow-origin')).toBe(uiOrigin);
  expect(fromUi.headers.get('access-control-allow-credentials')).toBe('true');
  expect(fromUi.headers.get('access-control-allow-methods')).toContain('POST');
  expect(fromUi.headers.get('access-control-allow-headers')).toEqual(expect.stringContaining('x-namespace'));
  expect(fromUi.headers.get('access-control-allow-headers')).toEqual(expect.stringContaining('content-type'));
  const elsewhere = await preflight('http://localhost:1');
  expect(elsewhere.headers.get('access-control-allow-origin')).toBeNull();
});

test("the codec call with the supervisor's session decodes their case; without a session it is a 401", async () => {
  const own = await codecCall(await bearerToken(hcln, 'supervisor'));
  expect(own.status).toBe(200);
  expect(own.headers.get('access-control-allow-origin')).toBe(uiOrigin);
  expect(clearText(own)).toContain(CLEAR_TEXT);

  const other = await codecCall(await bearerToken(cbcc, 'supervisor'));
  expect(other.status).toBe(200);
  expect(other.body.payloads).toEqual(codecBody.payloads);

  const signedOut = await codecCall();
  expect(signedOut.status).toBe(401);
  expect(signedOut.headers.get('access-control-allow-origin')).toBe(uiOrigin);
  expect(signedOut.body.message).toBe('Sign in first.');
});

/** Signs in to Pathway in this browser (the session cookie of localhost, as Pathway's sign-in page leaves it). */
async function signInTo(context: BrowserContext, org: TestOrg, who: string): Promise<void> {
  const reply = await context.request.post(`${apiOrigin}/api/session`, {
    data: { organisationCode: org.code, loginId: who, password: TEST_PASSWORD, acceptTerms: true },
  });
  expect(reply.status()).toBe(201);
}

/** Opens the run in Temporal's Web UI and waits for the UI's codec call; the page's text once it has answered. */
async function openRunInUi(context: BrowserContext, name: string): Promise<{ page: Page; status: number }> {
  const page = await context.newPage();
  const decoded = page.waitForResponse((r) => r.url().startsWith(`${apiOrigin}/api/codec/decode`), {
    timeout: 60_000,
  });
  await page.goto(`${uiOrigin}/namespaces/default/workflows/${workflowId}/${runId}/history`);
  const status = (await decoded).status();
  await page.getByText(workflowId).first().waitFor();
  await page.waitForTimeout(1_000); // the UI renders what the codec answered
  await screenshots(page, name);
  return { page, status };
}

const pageText = (page: Page) => page.evaluate(() => document.body.innerText);

test("in Chromium, a signed-in supervisor reads their organisation's workflow input decoded in Temporal's UI", async () => {
  const context = browser.context;
  await context.clearCookies();
  await signInTo(context, hcln, 'supervisor');
  const { page, status } = await openRunInUi(context, 'temporal-ui-supervisor');
  expect(status).toBe(200);
  await page.getByText(CLEAR_TEXT).first().waitFor();
  // The case's own line, set when Pathway started its workflow, decoded too.
  await page.getByText('User Metadata', { exact: true }).click();
  await page
    .getByText(`Case ${workflowId.slice('case-'.length)} of ${hcln.code}`)
    .first()
    .waitFor();
  await screenshots(page, 'temporal-ui-supervisor-summary');
  await page.close();
});

test("in Chromium, another organisation's supervisor and a signed-out visitor see nothing decoded", async () => {
  const context = browser.context;
  await context.clearCookies();
  await signInTo(context, cbcc, 'supervisor');
  const other = await openRunInUi(context, 'temporal-ui-other-organisation');
  expect(other.status).toBe(200);
  expect(await pageText(other.page)).not.toContain(CLEAR_TEXT);
  await other.page.close();

  await context.clearCookies();
  const visitor = await openRunInUi(context, 'temporal-ui-signed-out');
  expect(visitor.status).toBe(401);
  expect(await pageText(visitor.page)).not.toContain(CLEAR_TEXT);
  await visitor.page.close();
});
