// Encrypts every Temporal payload (workflow inputs, Update arguments, activity arguments and results) with
// AES-256-GCM, so the Temporal server and its histories never hold case data in clear. Each payload names
// the key that encrypted it, so keys can rotate: new payloads use the current key, old ones still decrypt.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { Payload, PayloadCodec } from '@temporalio/common';
import { METADATA_ENCODING_KEY, ValueError } from '@temporalio/common';
import proto from '@temporalio/proto';

const { temporal } = proto;

const ENCODING = 'binary/encrypted';
const KEY_ID = 'encryption-key-id';
const encoder = new TextEncoder();
const decoder = new TextDecoder();

export interface PayloadKeys {
  /** Key id → 32-byte key. */
  keys: Map<string, Buffer>;
  /** The id of the key new payloads are encrypted with. */
  current: string;
}

/** Parses `id:base64key[,id:base64key…]`; `current` must be one of the ids. */
export function parsePayloadKeys(spec: string, current: string): PayloadKeys {
  const keys = new Map<string, Buffer>();
  for (const part of spec
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const [id, b64] = part.split(':');
    const key = Buffer.from(b64 ?? '', 'base64');
    if (!id || key.length !== 32)
      throw new Error(`PAYLOAD_KEYS: "${id ?? part}" expects id:base64 of 32 random bytes (openssl rand -base64 32)`);
    keys.set(id, key);
  }
  if (!keys.has(current))
    throw new Error(
      `PAYLOAD_KEY_ID=${current}: expects one of the ids in PAYLOAD_KEYS (${[...keys.keys()].join(', ')})`,
    );
  return { keys, current };
}

export class EncryptionCodec implements PayloadCodec {
  readonly #keys: PayloadKeys;
  constructor(keys: PayloadKeys) {
    this.#keys = keys;
  }

  async encode(payloads: Payload[]): Promise<Payload[]> {
    const key = this.#keys.keys.get(this.#keys.current)!;
    return payloads.map((payload) => {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const plain = temporal.api.common.v1.Payload.encode(payload).finish();
      const data = Buffer.concat([iv, cipher.update(plain), cipher.final(), cipher.getAuthTag()]);
      return {
        metadata: { [METADATA_ENCODING_KEY]: encoder.encode(ENCODING), [KEY_ID]: encoder.encode(this.#keys.current) },
        data,
      };
    });
  }

  async decode(payloads: Payload[]): Promise<Payload[]> {
    return payloads.map((payload) => {
      if (!payload.metadata || decoder.decode(payload.metadata[METADATA_ENCODING_KEY]) !== ENCODING) return payload;
      const keyId = decoder.decode(payload.metadata[KEY_ID]);
      const key = this.#keys.keys.get(keyId);
      if (!key) throw new ValueError(`No payload key "${keyId}": add it to PAYLOAD_KEYS to read this payload`);
      const data = Buffer.from(payload.data ?? new Uint8Array());
      const decipher = createDecipheriv('aes-256-gcm', key, data.subarray(0, 12));
      decipher.setAuthTag(data.subarray(data.length - 16));
      const plain = Buffer.concat([decipher.update(data.subarray(12, data.length - 16)), decipher.final()]);
      return temporal.api.common.v1.Payload.decode(plain);
    });
  }
}

/** The data converter of every Temporal client and worker of the process; plain when no keys are configured. */
export function dataConverterFor(keys: PayloadKeys | null) {
  return keys ? { payloadCodecs: [new EncryptionCodec(keys)] } : undefined;
}

/** The keys from PAYLOAD_KEYS / PAYLOAD_KEY_ID, or null when payload encryption is not configured. */
export function payloadKeysFromConfig(config: { PAYLOAD_KEYS?: string; PAYLOAD_KEY_ID?: string }): PayloadKeys | null {
  if (!config.PAYLOAD_KEYS) return null;
  return parsePayloadKeys(config.PAYLOAD_KEYS, config.PAYLOAD_KEY_ID ?? config.PAYLOAD_KEYS.split(':')[0]);
}

/** Temporal Web UI's codec server protocol: {"payloads":[{metadata:{k:base64},data:base64}]} in and out. */
export async function codecRequest(
  codec: PayloadCodec,
  direction: 'encode' | 'decode',
  body: unknown,
): Promise<unknown> {
  const { payloads } = temporal.api.common.v1.Payloads.fromObject(body as Record<string, unknown>);
  const out = await codec[direction](payloads as Payload[]);
  return temporal.api.common.v1.Payloads.toObject(temporal.api.common.v1.Payloads.create({ payloads: out }), {
    bytes: String,
  });
}
