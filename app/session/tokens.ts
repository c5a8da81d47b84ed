// Session and invitation tokens: random, and stored only as their SHA-256, so the tables alone open nothing.
import { createHash, randomBytes } from 'node:crypto';

export const newToken = (): string => randomBytes(32).toString('base64url');

export const tokenHash = (token: string): string => createHash('sha256').update(token).digest('hex');
