// The SHA-256 checksum kept with each stored file, so a download can be checked against what was stored.
import { createHash } from 'node:crypto';

export const sha256Of = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');
