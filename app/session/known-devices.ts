// A device that signed in to an account before: the sign-in gives it a random name and an HMAC of that name under the
// user's password hash. Nothing is stored, nobody else can make one, and a new password forgets every device.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

const macOf = (userId: number, passwordHash: string, device: string) =>
  createHmac('sha256', passwordHash).update(`pathway device v1|${userId}|${device}`).digest();

/** The proof a device keeps (its cookie's value) that it signed in to this account. */
export function deviceProof(userId: number, passwordHash: string, device = randomBytes(16).toString('base64url')) {
  return `${device}.${macOf(userId, passwordHash, device).toString('base64url')}`;
}

/** The device's name when `proof` shows it signed in to this account before; null otherwise. */
export function knownDevice(proof: string | undefined, userId: number, passwordHash: string): string | null {
  const [device, mac] = proof?.split('.') ?? [];
  if (!device || !mac) return null;
  const sent = Buffer.from(mac, 'base64url');
  const expected = macOf(userId, passwordHash, device);
  return sent.length === expected.length && timingSafeEqual(sent, expected) ? device : null;
}
