// Password hashing with scrypt from Node's crypto: memory-hard, no native add-on to build.
import { randomBytes, scrypt as scryptCb, timingSafeEqual, type ScryptOptions } from 'node:crypto';

const scrypt = (password: string, salt: Buffer, keylen: number, options: ScryptOptions) =>
  new Promise<Buffer>((resolve, reject) =>
    scryptCb(password, salt, keylen, options, (err, key) => (err ? reject(err) : resolve(key))),
  );

const N = 16384;
const r = 8;
const p = 1;

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scrypt(password, salt, 32, { N, r, p });
  return `scrypt$${N}$${r}$${p}$${salt.toString('base64url')}$${key.toString('base64url')}`;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, rr, pp, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !hash) return false;
  const expected = Buffer.from(hash, 'base64url');
  const key = await scrypt(password, Buffer.from(salt, 'base64url'), expected.length, { N: +n, r: +rr, p: +pp });
  return timingSafeEqual(key, expected);
}

/** A random password's hash, made at start with today's parameters: what a sign-in for nobody is checked against. */
const nobody = hashPassword(randomBytes(32).toString('base64url'));

/**
 * Checks a password against a user's hash, or, when there is no such user, against nobody's at the same cost, so how
 * long a sign-in takes does not tell whether a user ID exists.
 */
export async function verifyPasswordOrNobody(password: string, stored: string | null | undefined): Promise<boolean> {
  if (stored) return verifyPassword(password, stored);
  await verifyPassword(password, await nobody);
  return false;
}
