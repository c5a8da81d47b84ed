// Temporal payload encryption when no keys are configured: one key, made once and kept in the data folder beside
// the Temporal store it opens (npm start's .data/payload-keys; in a temporary folder, a fresh key per run).
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface PayloadKeySet {
  keys: string;
  keyId?: string;
}

export async function localPayloadKeys(dir: string): Promise<PayloadKeySet> {
  const file = path.join(dir, 'payload-keys');
  if (!existsSync(file)) {
    await mkdir(dir, { recursive: true });
    await writeFile(file, `local-1:${randomBytes(32).toString('base64')}\n`, { mode: 0o600 });
  }
  const keys = (await readFile(file, 'utf8')).trim();
  return { keys, keyId: keys.split(':')[0] };
}
