// Signing in with organisation, user ID and password: a new session whose token only the caller ever holds. Each try
// is throttled per account and per address before its password is checked (app/session/sign-in-throttle.ts), and a
// user ID that does not exist costs the same password hashing as one that does.
import { Organisation, User, UserSession } from '../../db/entities.ts';
import { refuseAccess, validateActiveOrganisation } from '../../domain/access.ts';
import { normalLoginId } from '../../domain/login-ids.ts';
import { RuleViolationError } from '../../domain/refusals.ts';
import { sessionExpiry, signInFailed, type SessionLimits } from '../../domain/sessions.ts';
import { throttleKeys } from '../../domain/sign-in-throttle.ts';
import { type SignInInput } from '../../domain/schemas/access.ts';
import { verifyPasswordOrNobody } from '../../infra/passwords.ts';
import type { AppContext, SessionUser } from '../context.ts';
import { deviceProof, knownDevice } from './known-devices.ts';
import { toSessionUser } from './session-user.ts';
import { claimSignIn, settleSignIn } from './sign-in-throttle.ts';
import { newToken, tokenHash } from './tokens.ts';

export interface SignInOrigin {
  /** The client's address, as TRUST_PROXY allows it to be known. */
  address: string;
  /** The proof of a device that signed in before (its cookie), if it sent one. */
  device?: string;
}

export interface SignInSettings extends SessionLimits {
  /** Failed sign-ins an address may make before its waits start. */
  failuresPerAddress: number;
}

/** Nobody is signed in yet: the request's entity manager is all it needs. */
export async function signIn(
  ctx: Pick<AppContext, 'em'>,
  input: SignInInput,
  origin: SignInOrigin,
  settings: SignInSettings,
): Promise<{ token: string; user: SessionUser; expiresAt: Date; device: string }> {
  const { em } = ctx;
  const loginId = normalLoginId(input.loginId);
  // The same two look-ups whether or not the organisation exists.
  const org = await em.findOne(Organisation, { code: input.organisationCode });
  const user = await em.findOne(
    User,
    { organisationId: org?.id ?? 0, loginId, active: true },
    { populate: ['passwordHash'] },
  );
  const device = user?.passwordHash ? knownDevice(origin.device, user.id, user.passwordHash) : null;
  const keys = throttleKeys(
    {
      organisationCode: input.organisationCode,
      loginId,
      address: origin.address,
      knownDevice: user && device ? { userId: user.id, device } : null,
    },
    settings.failuresPerAddress,
  );
  const now = new Date();
  await claimSignIn(em, keys, now);
  const matches = await verifyPasswordOrNobody(input.password, user?.passwordHash);
  if (!org || !user?.passwordHash || !matches) throw new RuleViolationError([signInFailed()]);
  await settleSignIn(em, keys, now);
  refuseAccess(validateActiveOrganisation(user.profiles, org));
  user.lastSignInAt = now;
  const token = newToken();
  const expiresAt = sessionExpiry(now, now, settings);
  em.create(UserSession, { id: tokenHash(token), userId: user.id, createdAt: now, lastSeenAt: now, expiresAt });
  await em.flush();
  return {
    token,
    user: toSessionUser(user, org),
    expiresAt,
    device: deviceProof(user.id, user.passwordHash, device ?? undefined),
  };
}
