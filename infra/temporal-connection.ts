// How Pathway's processes reach the Temporal frontend: its address, and mTLS when certificates are configured, so in
// production only holders of a client certificate (the worker and the API) can talk to it at all.
import { readFileSync } from 'node:fs';
import type { TLSConfig } from '@temporalio/client';
import type { Config } from './config.ts';

export function temporalConnectionOptions(config: Config & { TEMPORAL_ADDRESS: string }): {
  address: string;
  tls?: TLSConfig;
} {
  const { TEMPORAL_TLS_CA_FILE: ca, TEMPORAL_TLS_CERT_FILE: cert, TEMPORAL_TLS_KEY_FILE: key } = config;
  if (!ca && !cert && !key) return { address: config.TEMPORAL_ADDRESS };
  if (!cert !== !key)
    throw new Error('TEMPORAL_TLS_CERT_FILE and TEMPORAL_TLS_KEY_FILE go together: set both for mTLS, or neither.');
  return {
    address: config.TEMPORAL_ADDRESS,
    tls: {
      serverNameOverride: config.TEMPORAL_TLS_SERVER_NAME,
      serverRootCACertificate: ca ? readFileSync(ca) : undefined,
      clientCertPair: cert && key ? { crt: readFileSync(cert), key: readFileSync(key) } : undefined,
    },
  };
}
