// Data protection: Temporal's histories hold case data only encrypted (AES-256-GCM with a key id), and the
// codec endpoint lets users who may inspect workflows read them in Temporal's Web UI.
import { Client, Connection } from '@temporalio/client';
import proto from '@temporalio/proto';
import { openOrm, type Orm } from '../../db/orm.ts';
import { createIndividual, createOrg, REGISTRATION, type TestOrg } from '../support/fixtures.ts';
import { signIn } from '../support/http.ts';

let orm: Orm;
let org: TestOrg;
let connection: Connection;

beforeAll(async () => {
  orm = await openOrm(process.env.DATABASE_URL!);
  org = await createOrg(orm, 'Privacy First Employment');
  connection = await Connection.connect({ address: process.env.TEMPORAL_ADDRESS! });
});
afterAll(async () => {
  await connection?.close();
  await orm?.close();
});

test(
  'a raw history holds no client name, SIN or note text; ' + 'the codec endpoint decrypts it for supervisors only',
  async () => {
    const person = await createIndividual(orm, org, { firstName: 'Rosalie', lastName: 'Gallant' });
    const manager = await signIn(org, 'manager');
    const opened = await manager.post('/api/cases', { individualId: person.id, registration: REGISTRATION });
    const secret = `Rosalie Gallant, SIN ${person.sin}, disclosed a health condition`;
    expect((await manager.post(`/api/cases/${opened.body.id}/notes`, { text: secret })).status).toBe(200);

    // A client without the codec sees what the Temporal server stores.
    const raw = new Client({ connection });
    const history = await raw.workflow.getHandle(`case-${opened.body.id}`).fetchHistory();
    const json = JSON.stringify(
      proto.temporal.api.history.v1.History.toObject(proto.temporal.api.history.v1.History.create(history), {
        bytes: String,
      }),
    );
    for (const personal of ['Rosalie', 'Gallant', person.sin!, 'health condition']) {
      expect(json).not.toContain(personal);
      expect(json).not.toContain(Buffer.from(personal).toString('base64').slice(0, 8));
    }
    const payloads = (history.events ?? []).flatMap(
      (e) => e.workflowExecutionUpdateAcceptedEventAttributes?.acceptedRequest?.input?.args?.payloads ?? [],
    );
    expect(payloads.length).toBeGreaterThan(0);
    const body = proto.temporal.api.common.v1.Payloads.toObject(
      proto.temporal.api.common.v1.Payloads.create({ payloads }),
      { bytes: String },
    );
    expect(Buffer.from(body.payloads[0].metadata.encoding, 'base64').toString()).toBe('binary/encrypted');
    expect(Buffer.from(body.payloads[0].metadata['encryption-key-id'], 'base64').toString()).toBe('test-1');

    expect((await manager.post('/api/codec/decode', body)).status).toBe(403);
    const supervisor = await signIn(org, 'supervisor');
    const decoded = await supervisor.post('/api/codec/decode', body);
    expect(decoded.status).toBe(200);
    const text = decoded.body.payloads.map((p: { data: string }) => Buffer.from(p.data, 'base64').toString()).join('');
    expect(text).toContain(secret);
  },
);

test('keys rotate: payloads name their key, old ones still decrypt, an unknown key is a clear error', async () => {
  const { EncryptionCodec, parsePayloadKeys } = await import('../../infra/payload-codec.ts');
  const { randomBytes } = await import('node:crypto');
  const a = randomBytes(32).toString('base64');
  const b = randomBytes(32).toString('base64');
  const payload = {
    metadata: { encoding: new TextEncoder().encode('json/plain') },
    data: new TextEncoder().encode('{"note":"x"}'),
  };
  const [old] = await new EncryptionCodec(parsePayloadKeys(`k1:${a}`, 'k1')).encode([payload]);
  const rotated = new EncryptionCodec(parsePayloadKeys(`k1:${a},k2:${b}`, 'k2'));
  const [fresh] = await rotated.encode([payload]);
  expect(new TextDecoder().decode(fresh.metadata!['encryption-key-id'])).toBe('k2');
  for (const p of [old, fresh])
    expect(new TextDecoder().decode((await rotated.decode([p]))[0].data!)).toBe('{"note":"x"}');
  await expect(new EncryptionCodec(parsePayloadKeys(`k2:${b}`, 'k2')).decode([old])).rejects.toThrow(
    'No payload key "k1": add it to PAYLOAD_KEYS to read this payload',
  );
  expect(() => parsePayloadKeys('k1:short', 'k1')).toThrow('expects id:base64 of 32 random bytes');
});
