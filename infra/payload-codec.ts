// Encrypts every Temporal payload (workflow inputs, Update arguments, activity arguments and results) with
// AES-256-GCM, so the Temporal server and its histories never hold case data in clear. Each payload names the key
// that encrypted it, so keys can rotate: new payloads use the current key, old ones still decrypt. Each payload is
// bound to the workflow it belongs to (its id is authenticated data of the cipher), so it cannot be moved to another
// case, and the codec endpoint can tell whose it is. A payload that is not encrypted, or not for this workflow, is
// refused (domain/untrusted-input.ts): nothing reaches a workflow except through Pathway's own clients.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { Payload, PayloadCodec, SerializationContext } from '@temporalio/common';
import { METADATA_ENCODING_KEY, ValueError } from '@temporalio/common';
import proto from '@temporalio/proto';
import { REFUSED_PAYLOAD } from '../domain/untrusted-input.ts';

const { temporal } = proto;

const ENCODING = 'binary/encrypted';
const KEY_ID = 'encryption-key-id';
/** The workflow a payload belongs to, in clear but authenticated: decrypting fails if it was changed. */
export const BOUND_TO = 'pathway-workflow-id';
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

/** The workflow whose payload this is, from the SDK's serialization context (the target workflow, or the workflow
 * that scheduled the activity). */
const ownerOf = (context?: SerializationContext): string | undefined => context?.workflowId;

const aad = (owner: string) => encoder.encode(`pathway:${owner}`);

/** What a payload says about itself: its key, and the workflow it is bound to (absent on payloads written before
 * payloads were bound). */
export function describePayload(payload: Payload): { encrypted: boolean; keyId?: string; boundTo?: string } {
  const meta = payload.metadata ?? {};
  const encrypted =
    meta[METADATA_ENCODING_KEY] !== undefined && decoder.decode(meta[METADATA_ENCODING_KEY]) === ENCODING;
  return {
    encrypted,
    keyId: meta[KEY_ID] && decoder.decode(meta[KEY_ID]),
    boundTo: meta[BOUND_TO] && decoder.decode(meta[BOUND_TO]),
  };
}

/** In place of a payload that did not come through Pathway: the workflow refuses what it stands for. */
function refused(reason: string): Payload {
  return {
    metadata: { [METADATA_ENCODING_KEY]: encoder.encode('json/plain') },
    data: encoder.encode(JSON.stringify({ [REFUSED_PAYLOAD]: reason })),
  };
}

export class EncryptionCodec implements PayloadCodec {
  readonly #keys: PayloadKeys;
  constructor(keys: PayloadKeys) {
    this.#keys = keys;
  }

  async encode(payloads: Payload[], context?: SerializationContext): Promise<Payload[]> {
    const key = this.#keys.keys.get(this.#keys.current)!;
    const owner = ownerOf(context) ?? '';
    return payloads.map((payload) => {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      cipher.setAAD(aad(owner));
      const plain = temporal.api.common.v1.Payload.encode(payload).finish();
      const data = Buffer.concat([iv, cipher.update(plain), cipher.final(), cipher.getAuthTag()]);
      return {
        metadata: {
          [METADATA_ENCODING_KEY]: encoder.encode(ENCODING),
          [KEY_ID]: encoder.encode(this.#keys.current),
          [BOUND_TO]: encoder.encode(owner),
        },
        data,
      };
    });
  }

  async decode(payloads: Payload[], context?: SerializationContext): Promise<Payload[]> {
    const expected = ownerOf(context);
    return payloads.map((payload) => {
      const { encrypted, keyId, boundTo } = describePayload(payload);
      if (!encrypted) return refused('the payload was not encrypted.');
      // A payload moved from the workflow it was written for is refused.
      if (boundTo !== undefined && expected && boundTo !== expected)
        return refused(`the payload was written for workflow ${boundTo}, not ${expected}.`);
      const key = this.#keys.keys.get(keyId ?? '');
      if (!key) throw new ValueError(`No payload key "${keyId}": add it to PAYLOAD_KEYS to read this payload`);
      const data = Buffer.from(payload.data ?? new Uint8Array());
      const decipher = createDecipheriv('aes-256-gcm', key, data.subarray(0, 12));
      // Payloads written before they were bound carry no workflow id and were encrypted without authenticated data.
      if (boundTo !== undefined) decipher.setAAD(aad(boundTo));
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
