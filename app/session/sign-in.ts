// Signing in with organisation, user ID and password: a new session whose token only the caller ever holds.
import { Organisation, User, UserSession } from '../../db/entities.ts';
import { escapeLike } from '../../db/sql.ts';
import { refuseAccess, validateActiveOrganisation } from '../../domain/access.ts';
import { Refusal } from '../../domain/refusals.ts';
import { sessionExpiry } from '../../domain/sessions.ts';
import { type SignInInput } from '../../domain/schemas/access.ts';
import { verifyPassword } from '../../infra/passwords.ts';
import type { AppContext, SessionUser } from '../context.ts';
import { toSessionUser } from './session-user.ts';
import { newToken, tokenHash } from './tokens.ts';

/** Failed sign-ins per organisation+login in the current window; 5 lock the login for 15 minutes. */
const failures = new Map<string, { count: number; until: number }>();
const MAX_FAILURES = 5;
const LOCK_MS = 15 * 60_000;

/** Nobody is signed in yet: the request's entity manager is all it needs. */
export async function signIn(
  ctx: Pick<AppContext, 'em'>,
  input: SignInInput,
  idleMinutes: number,
): Promise<{ token: string; user: SessionUser; expiresAt: Date }> {
  const { em } = ctx;
  const key = `${input.organisationCode.toLowerCase()}|${input.loginId.toLowerCase()}`;
  const now = Date.now();
  const f = failures.get(key);
  if (f && f.count >= MAX_FAILURES && f.until > now) {
    throw new Refusal(
      'too-many',
      'TOO_MANY_ATTEMPTS',
      `Too many failed sign-ins. Try again after ${new Date(f.until).toISOString()}.`,
    );
  }
  const org = await em.findOne(Organisation, { code: input.organisationCode });
  const user = org
    ? await em.findOne(
        User,
        { organisationId: org.id, loginId: { $ilike: escapeLike(input.loginId) }, active: true },
        { populate: ['passwordHash'] },
      )
    : null;
  if (!org || !user || !user.passwordHash || !(await verifyPassword(input.password, user.passwordHash))) {
    const entry = f && f.until > now ? f : { count: 0, until: now + LOCK_MS };
    entry.count += 1;
    failures.set(key, entry);
    throw new Refusal('unauthenticated', 'SIGN_IN_FAILED', 'The organisation, user ID or password is not correct.');
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
