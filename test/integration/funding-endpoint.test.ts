// The local funding system used in development and tests: it can be told to fail, hang, lose its answer after
// doing the work, or succeed, and it answers a repeated Idempotency-Key with the first answer, restarts included.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startFundingEndpoint, type FundingEndpoint } from '../../scripts/services/funding-endpoint.ts';

let endpoint: FundingEndpoint;
beforeAll(async () => {
  endpoint = await startFundingEndpoint();
});
afterAll(() => endpoint.stop());

const create = (key: string, signal?: AbortSignal) =>
  fetch(`${endpoint.url}/agreements`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': key },
    body: JSON.stringify({ packageId: 1, caseId: 2, program: 'SDA(LAE-ENS)' }),
    signal,
  });

test(
  'X-02 the same Idempotency-Key never creates a second ' + 'agreement, even when the first answer was lost',
  async () => {
    endpoint.setMode('fail-after-success', 1);
    expect((await create('agreement:1')).status).toBe(502);
    const again = await create('agreement:1');
    expect(again.status).toBe(201);
    expect(endpoint.agreements.filter((a) => a.packageId === 1)).toHaveLength(1);
    expect((await again.json()).agreementId).toBe(endpoint.agreements[0].agreementId);
  },
);

test(
  'told to fail it answers 503 and does nothing; told ' + 'to hang it never answers; then it succeeds again',
  async () => {
    const before = endpoint.agreements.filter((a) => a.agreementId && a.packageId === 1).length;
    endpoint.setMode('fail');
    expect((await create('agreement:9')).status).toBe(503);
    endpoint.setMode('hang');
    await expect(create('agreement:9', AbortSignal.timeout(300))).rejects.toThrow();
    endpoint.setMode('succeed');
    expect((await create('agreement:9')).status).toBe(201);
    expect(endpoint.agreements.filter((a) => a.agreementId && a.packageId === 1)).toHaveLength(before + 1);
  },
);

test('restarted on the same data folder it never hands out an agreement number it gave before', async () => {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'funding-system-'));
  try {
    const first = await startFundingEndpoint({ dataDir });
    const made = (url: string, key: string) =>
      fetch(`${url}/agreements`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': key },
        body: JSON.stringify({ packageId: 7, caseId: 8, program: 'SDA(LAE-ENS)' }),
      }).then(async (r) => (await r.json()) as { agreementId: number });
    const before = await made(first.url, 'agreement:7');
    await first.stop();

    const second = await startFundingEndpoint({ dataDir });
    try {
      const after = await made(second.url, 'agreement:70');
      expect(after.agreementId).toBe(before.agreementId + 1);
      // What it made and answered is kept too: the same key still gets its first answer.
      expect((await made(second.url, 'agreement:7')).agreementId).toBe(before.agreementId);
      expect(second.agreements.map((a) => a.agreementId)).toEqual([before.agreementId, after.agreementId]);
    } finally {
      await second.stop();
    }
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
});
