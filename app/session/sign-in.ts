// Signing in with organisation, user ID and password: a new session whose token only the caller ever holds.
import { Organisation, User, UserSession } from '../../db/entities.ts';
import { escapeLike } from '../../db/sql.ts';
import { refuseAccess, validateActiveOrganisation } from '../../domain/access.ts';
import { assertNoViolations, RuleViolationError } from '../../domain/refusals.ts';
import {
  afterFailedSignIn,
  sessionExpiry,
  signInFailed,
  validateSignInAttempt,
  type FailedSignIns,
} from '../../domain/sessions.ts';
import { type SignInInput } from '../../domain/schemas/access.ts';
import { verifyPassword } from '../../infra/passwords.ts';
import type { AppContext, SessionUser } from '../context.ts';
import { toSessionUser } from './session-user.ts';
import { newToken, tokenHash } from './tokens.ts';

/** Failed sign-ins per organisation+login, in this process. */
const failures = new Map<string, FailedSignIns>();

/** Nobody is signed in yet: the request's entity manager is all it needs. */
export async function signIn(
  ctx: Pick<AppContext, 'em'>,
  input: SignInInput,
  idleMinutes: number,
): Promise<{ token: string; user: SessionUser; expiresAt: Date }> {
  const { em } = ctx;
  const key = `${input.organisationCode.toLowerCase()}|${input.loginId.toLowerCase()}`;
  const now = Date.now();
  const failed = failures.get(key);
  assertNoViolations(validateSignInAttempt(failed, now));
  const org = await em.findOne(Organisation, { code: input.organisationCode });
  const user = org
    ? await em.findOne(
        User,
        { organisationId: org.id, loginId: { $ilike: escapeLike(input.loginId) }, active: true },
        { populate: ['passwordHash'] },
      )
    : null;
  if (!org || !user?.passwordHash || !(await verifyPassword(input.password, user.passwordHash))) {
    failures.set(key, afterFailedSignIn(failed, now));
    throw new RuleViolationError([signInFailed()]);
  }
  failures.delete(key);
  refuseAccess(validateActiveOrganisation(user.profiles, org));
  const signedInAt = new Date(now);
  user.lastSignInAt = signedInAt;
  const token = newToken();
  const expiresAt = sessionExpiry(signedInAt, idleMinutes);
  em.create(UserSession, { id: tokenHash(token), userId: user.id, lastSeenAt: signedInAt, expiresAt });
  await em.flush();
  return { token, user: toSessionUser(user, org), expiresAt };
}
